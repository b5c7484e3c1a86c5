// The time a voicemail promises the next call: rounded to the quarter hour and said loosely
// ("Friday around 12:45 PM"), because nobody believes a call promised for 12:39 and the cadence
// may shift it a few minutes anyway.
import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format } from 'date-fns';

const QUARTER_HOUR_MS = 15 * 60_000;

/** t rounded to the nearest quarter hour (every zone's offset is a whole number of quarter hours). */
export function nearestQuarterHour(t: number): number {
  return Math.round(t / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
}

/**
 * "today around 4:15 PM", "tomorrow around 9:00 AM", "Friday around 12:45 PM" within six days,
 * else "on 9 December around 10:00 AM" — in the store's time zone, to follow "I'll call you …".
 */
export function promisedTime(t: number, now: number, timeZone: string): string {
  const at = new TZDate(nearestQuarterHour(t), timeZone);
  const days = differenceInCalendarDays(at, new TZDate(now, timeZone));
  const time = format(at, "'around' h:mm a");
  if (days <= 0) return `today ${time}`;
  if (days === 1) return `tomorrow ${time}`;
  return days <= 6 ? `${format(at, 'EEEE')} ${time}` : `${format(at, "'on' d MMMM")} ${time}`;
}
