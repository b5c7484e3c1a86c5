// UTC offsets of a time zone, fast: logging one walkout plans its calls through a few dozen wall-clock
// conversions, and each of @date-fns/tz's (an Intl format per offset, several per TZDate) cost tens of
// microseconds — some 130 µs a walkout. Offsets change only at DST and law changes, so each UTC hour whose
// offset is the same at both ends is looked up once; an hour holding a change is worked out every time.
import { tzOffset } from '@date-fns/tz';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Hours remembered per zone before starting over (a year is 8,760): bounded memory whatever is asked. */
const MAX_HOURS = 50_000;

const hours = new Map<string, Map<number, number>>();

/** @date-fns/tz's offset in ms (whole seconds, as TZDate rounds a historical offset's seconds). */
function exactOffset(t: number, timeZone: string): number {
  return Math.round(tzOffset(timeZone, new Date(t)) * 60) * 1000;
}

/** The wall clock of timeZone minus UTC at instant t, in ms (Chicago in winter: -6 h). */
export function offsetAt(t: number, timeZone: string): number {
  let zone = hours.get(timeZone);
  if (!zone) {
    zone = new Map();
    hours.set(timeZone, zone);
  }
  const hour = Math.floor(t / HOUR);
  const known = zone.get(hour);
  if (known !== undefined) return known;
  const start = hour * HOUR;
  const atStart = exactOffset(start, timeZone);
  // Not a number: not a time zone at all; TZDate answers NaN too, so no shortcut is filed for it.
  if (Number.isNaN(atStart)) return atStart;
  if (exactOffset(start + HOUR - 1, timeZone) !== atStart) return exactOffset(t, timeZone);
  if (zone.size >= MAX_HOURS) zone.clear();
  zone.set(hour, atStart);
  return atStart;
}

/**
 * The instant a wall-clock time (given as if it were UTC) names in timeZone, exactly as
 * `new TZDate(y, m, d, h, min, timeZone)` finds it, so every planned call lands where it always did: a
 * time skipped by spring-forward moves on by the gap (02:30 → 03:30 in Chicago); a time the fall-back
 * repeats takes the offset in force at the wall time read as UTC (the first 01:30 in Chicago, the second
 * in London).
 */
export function wallToInstant(wall: number, timeZone: string): number {
  const first = offsetAt(wall, timeZone);
  let t = wall - first;
  const second = offsetAt(t, timeZone);
  // Reading the wall time as UTC chose the offset on the wrong side of a change: take the other side's,
  // unless the wall time is one spring-forward skips (then the first guess already moved on by the gap).
  const skipped = second > first && offsetAt(wall - second, timeZone) !== second;
  if (second !== first && !skipped) t = wall - second;
  // TZDate's last step: a wall clock that misses by less than half an hour is pulled onto the time asked.
  const drift = wall - (t + offsetAt(t, timeZone));
  if (drift !== 0 && Math.abs(drift) < 30 * MINUTE) t += drift;
  return t;
}
