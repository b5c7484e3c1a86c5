// Reading the "when" of an agreed next step as people type it at the counter ("tomorrow 5pm", "sat 10",
// "12/8 9:30", "in 2 days") into one instant, in the store's time zone (never the PC's).
//
// Rules, in the order they apply:
// - A day part (at most one): "today", "tonight" (today, a bare hour means pm), "tomorrow" / "tmrw";
//   a weekday ("sat", "saturday", "next sat" — "next" changes nothing): the coming one, today itself
//   only while the time named is still ahead; a date "12/8", "12/8/26", "Dec 8", "8 dec": month first
//   (day first when `dayFirst`), the next time that date comes round unless a year is written;
//   "in N days / weeks": that many calendar days on, at the same wall-clock time unless one is named;
//   "in N hours / minutes": exactly that long from now (no other time allowed).
// - A time part (at most one), before or after the day: "5pm", "5:30 pm", "9a", "17:00", "noon", or a
//   bare hour "10" / "9:30".
// - A bare hour (1–12 without am/pm) is whichever of am and pm still lies ahead and falls inside the
//   store's opening hours that day ("sat 10" → 10 AM, "today 6" on a 9–19 day → 6 PM); when neither
//   falls inside them (a closed day, a late call), 1–7 means pm and 8–12 means am (12 = noon).
// - No time at all: a named day means its opening time (on a closed day, the earliest opening time of
//   the week); "in N days" keeps the current wall-clock time.
// - No day at all: today while that time is still ahead, otherwise tomorrow ("5pm" after 5 pm).
// - An explicit day whose time has passed ("today 9am" at noon) or a date written in the past is refused
//   with a message, never silently moved; so is a time a DST change skips (2:30 AM on 8 Mar 2026 in
//   Chicago). A time the fall-back change repeats (1:30 AM on 1 Nov 2026) is its first occurrence.
// - A reading on a closed day or outside store hours is kept but carries a note saying so.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Settings } from './settings';
import { addLocalDays, localDateKey } from './storeClock';

export type WhenStore = Pick<Settings, 'timeZone' | 'storeHours' | 'closedDates'>;
export type WhenReading = { ok: true; at: number; note?: string } | { ok: false; message: string };

const MINUTE = 60_000;
const MAX_DAYS_AHEAD = 400;
const EXAMPLES = 'Try "tomorrow 5pm", "sat 10" or "12/8 9:30".';
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/** A local calendar date. */
interface Ymd {
  y: number;
  m: number; // 1–12
  d: number;
}
type DayPart =
  | { kind: 'dates'; dates: Ymd[]; explicit: boolean; pm?: boolean }
  | { kind: 'days'; days: number }
  | { kind: 'elapsed'; ms: number };
type TimePart = { h: number; mi: number; meridiem: 'am' | 'pm' | null };

/** "Tue Dec 8, 9:30 AM": how a reading is shown beside the field, in store time. */
export function describeWhen(at: number, timeZone: string): string {
  return format(new TZDate(at, timeZone), 'EEE MMM d, h:mm a');
}

/** null for an empty field (BeBack then schedules the first call itself). */
export function readWhen(
  text: string,
  now: number,
  store: WhenStore,
  options: { dayFirst?: boolean } = {},
): WhenReading | null {
  let rest = text
    .toLowerCase()
    .replace(/[,@]/g, ' ')
    .replace(/\b(at|on|around|about)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!rest) return null;
  let day: DayPart | null = null;
  let time: TimePart | null = null;
  const today = ymdOf(now, store.timeZone);
  while (rest) {
    const found: Taken | null =
      (day ? null : takeDay(rest, today, options.dayFirst ?? false)) ?? (time ? null : takeTime(rest));
    if (!found) return unreadable(rest);
    if ('message' in found) return { ok: false, message: found.message };
    if ('day' in found) day = found.day;
    else time = found.time;
    rest = rest.slice(found.length).trim();
  }
  if (day?.kind === 'elapsed') {
    if (time) return { ok: false, message: `"In … hours" already says when. ${EXAMPLES}` };
    return finish(Math.round((now + day.ms) / MINUTE) * MINUTE, now, store);
  }
  if (day?.kind === 'days') {
    const at = addLocalDays(now, day.days, store.timeZone);
    if (!time) return finish(Math.floor(at / MINUTE) * MINUTE, now, store);
    day = { kind: 'dates', dates: [ymdOf(at, store.timeZone)], explicit: true };
  }
  const dates = day?.dates ?? [today, ymdOf(addLocalDays(now, 1, store.timeZone), store.timeZone)];
  return resolve(dates, time, day?.explicit ?? false, day?.pm ?? false, now, store);
}

function unreadable(rest: string): WhenReading {
  const word = rest.split(' ')[0];
  return { ok: false, message: `Cannot read "${word}". ${EXAMPLES}` };
}

type Taken = { length: number } & ({ day: DayPart } | { time: TimePart } | { message: string });

function takeDay(s: string, today: Ymd, dayFirst: boolean): Taken | null {
  let m = /^(today|tonight|tomorrow|tmrw|tmr)\b/.exec(s);
  if (m) {
    const dates = [m[1] === 'today' || m[1] === 'tonight' ? today : shift(today, 1)];
    return { length: m[0].length, day: { kind: 'dates', dates, explicit: true, pm: m[1] === 'tonight' } };
  }
  m = /^in (\d+|an?|one|two|three|four|five) (day|week|hour|hr|minute|min)s?\b/.exec(s);
  if (m) {
    const n = COUNT[m[1]] ?? Number(m[1]);
    const unit = m[2];
    if (unit === 'day' || unit === 'week') {
      const days = unit === 'week' ? n * 7 : n;
      if (days > MAX_DAYS_AHEAD) return { length: m[0].length, message: 'That is more than a year away.' };
      return { length: m[0].length, day: { kind: 'days', days } };
    }
    const ms = n * (unit === 'hour' || unit === 'hr' ? 60 : 1) * MINUTE;
    return { length: m[0].length, day: { kind: 'elapsed', ms } };
  }
  m = /^(?:next |this )?(sun|mon|tue|wed|thu|fri|sat)(?:day|s|sday|nesday|r|rs|rsday|urday)?\b/.exec(s);
  if (m) {
    const target = WEEKDAYS.indexOf(m[1]);
    const ahead = (target - weekdayOf(today) + 7) % 7;
    const dates = ahead === 0 ? [today, shift(today, 7)] : [shift(today, ahead)];
    return { length: m[0].length, day: { kind: 'dates', dates, explicit: false } };
  }
  m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?(?![\d:])/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return dateTaken(m[0].length, dayFirst ? b : a, dayFirst ? a : b, m[3], today);
  }
  m = new RegExp(`^${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?: (\\d{4}))?\\b`).exec(s);
  if (m) return dateTaken(m[0].length, MONTHS.indexOf(m[1]) + 1, Number(m[2]), m[3], today);
  m = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? ${MONTH}(?: (\\d{4}))?(?![\\d:])`).exec(s);
  if (m) return dateTaken(m[0].length, MONTHS.indexOf(m[2]) + 1, Number(m[1]), m[3], today);
  return null;
}

function dateTaken(length: number, m: number, d: number, year: string | undefined, today: Ymd): Taken {
  if (m < 1 || m > 12) return { length, message: `There is no month ${m}. Write month/day, like 12/8.` };
  const name = capital(MONTHS[m - 1]);
  if (year) {
    const y = year.length === 2 ? 2000 + Number(year) : Number(year);
    if (!isRealDate(y, m, d)) return { length, message: `There is no ${name} ${d} in ${y}.` };
    return { length, day: { kind: 'dates', dates: [{ y, m, d }], explicit: true } };
  }
  // The next time that date comes round: this year, or next year once it has passed.
  const dates = [today.y, today.y + 1].filter((y) => isRealDate(y, m, d)).map((y) => ({ y, m, d }));
  if (dates.length === 0) return { length, message: `There is no ${name} ${d}.` };
  return { length, day: { kind: 'dates', dates, explicit: false } };
}

function takeTime(s: string): Taken | null {
  let m = /^(noon|midday)\b/.exec(s);
  if (m) return { length: m[0].length, time: { h: 12, mi: 0, meridiem: 'pm' } };
  m = /^(\d{1,2})(?::(\d{2}))? ?(am|pm|a\.m\.|p\.m\.|a|p)?(?![\w/.-])/.exec(s);
  if (!m) return null;
  const h = Number(m[1]);
  const mi = m[2] ? Number(m[2]) : 0;
  const meridiem = m[3] ? (m[3].startsWith('a') ? 'am' : 'pm') : null;
  const bad = mi > 59 || h > 23 || (meridiem && (h < 1 || h > 12));
  if (bad) return { length: m[0].length, message: `"${m[0].trim()}" is not a time of day.` };
  // 13–23 and 0 are 24-hour times; so is anything written with a leading zero ("09:30").
  const fixed = meridiem ?? (h === 0 || h > 12 || m[1].startsWith('0') ? 'h24' : null);
  if (fixed === 'h24') return { length: m[0].length, time: { h, mi, meridiem: h >= 12 ? 'pm' : 'am' } };
  return { length: m[0].length, time: { h: to24(h, fixed), mi, meridiem: fixed } };
}

function to24(h: number, meridiem: 'am' | 'pm' | null): number {
  if (meridiem === 'am') return h === 12 ? 0 : h;
  if (meridiem === 'pm') return h === 12 ? 12 : h + 12;
  return h;
}

/** Picks the instant among the candidate dates and, for a bare hour, am and pm (rules above). */
function resolve(
  dates: Ymd[],
  time: TimePart | null,
  explicitDay: boolean,
  pm: boolean,
  now: number,
  store: WhenStore,
): WhenReading {
  const candidates: number[] = [];
  for (const date of dates) {
    const clocks = time
      ? clocksOf(time, pm)
      : [[pm ? 18 : (openingHour(date, store) ?? earliestOpening(store)), 0]];
    for (const [h, mi] of clocks) {
      const at = instantOf(date, h, mi, store.timeZone);
      if (at === null) {
        return { ok: false, message: `${clockText(h, mi)} does not exist that day: the clocks go forward.` };
      }
      candidates.push(at);
    }
  }
  const ahead = candidates.filter((at) => at > now);
  if (ahead.length === 0) {
    const shown = describeWhen(candidates[candidates.length - 1], store.timeZone);
    return { ok: false, message: explicitDay ? `${shown} has already passed.` : `${shown} is in the past.` };
  }
  const bare = time !== null && time.meridiem === null && !pm;
  const inside = ahead.find((at) => insideHours(at, store));
  if (!bare || inside !== undefined) return finish(inside ?? ahead[0], now, store);
  // Neither reading of a bare hour falls in store hours: 1–7 means pm, 8–12 means am.
  const wantPm = time.h <= 7 || time.h === 12;
  const conventional = ahead.find((at) => new TZDate(at, store.timeZone).getHours() >= 12 === wantPm);
  return finish(conventional ?? ahead[0], now, store);
}

/** [hour, minute] readings of a time: one, or am and pm for a bare hour. */
function clocksOf(time: TimePart, pm: boolean): [number, number][] {
  if (time.meridiem !== null) return [[time.h, time.mi]];
  if (pm) return [[to24(time.h, 'pm'), time.mi]];
  return [
    [to24(time.h, 'am'), time.mi],
    [to24(time.h, 'pm'), time.mi],
  ];
}

function finish(at: number, now: number, store: WhenStore): WhenReading {
  if (at - now > MAX_DAYS_AHEAD * 86_400_000) return { ok: false, message: 'That is more than a year away.' };
  const weekday = new TZDate(at, store.timeZone).getDay();
  if (!hoursOf(localDateKey(at, store.timeZone), weekday, store))
    return { ok: true, at, note: 'the store is closed that day' };
  if (!insideHours(at, store)) return { ok: true, at, note: 'outside store hours' };
  return { ok: true, at };
}

function insideHours(at: number, store: WhenStore): boolean {
  const local = new TZDate(at, store.timeZone);
  const hours = hoursOf(localDateKey(at, store.timeZone), local.getDay(), store);
  if (!hours) return false;
  const minutes = local.getHours() * 60 + local.getMinutes();
  return minutes >= clockMinutes(hours.open) && minutes <= clockMinutes(hours.close);
}

/** Opening hour of that date, as a whole hour; null on a closed day. */
function openingHour(date: Ymd, store: WhenStore): number | null {
  const hours = hoursOf(keyOf(date), weekdayOf(date), store);
  if (!hours) return null;
  return Math.floor(clockMinutes(hours.open) / 60);
}

function hoursOf(key: string, weekday: number, store: WhenStore) {
  return store.closedDates.includes(key) ? null : store.storeHours[weekday];
}

function earliestOpening(store: WhenStore): number {
  const opens = store.storeHours.flatMap((h) => (h ? [clockMinutes(h.open)] : []));
  return Math.floor(Math.min(...opens, 9 * 60) / 60);
}

/** The instant of a wall-clock time on a local date; null when a DST change skips that time. */
function instantOf(date: Ymd, h: number, mi: number, timeZone: string): number | null {
  const t = new TZDate(date.y, date.m - 1, date.d, h, mi, timeZone);
  if (t.getDate() !== date.d || t.getHours() !== h || t.getMinutes() !== mi) return null;
  return t.getTime();
}

function ymdOf(t: number, timeZone: string): Ymd {
  const [y, m, d] = localDateKey(t, timeZone).split('-').map(Number);
  return { y, m, d };
}

function shift(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function weekdayOf(date: Ymd): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}

function keyOf(date: Ymd): string {
  return `${date.y}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
}

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return d >= 1 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function clockMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h * 60 + m;
}

function clockText(h: number, mi: number): string {
  return `${h % 12 || 12}:${String(mi).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
