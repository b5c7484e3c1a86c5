// When the prospect was in, said the way a person says it on the phone ("yesterday", "on Tuesday",
// "last week", "back in October"), counted in store-local calendar days so a call after midnight or
// across a DST change still names the right day.
import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format } from 'date-fns';

/** Past this many days a date ("on October 12") means little on the phone; the month is enough. */
const EXACT_DATE_DAYS = 31;

/**
 * The visit day relative to now, to follow "You were in …": "earlier today", "yesterday",
 * "on Tuesday" (within the last six days), "last week" (7–13 days), "on 12 October" (up to a month;
 * day first, as the app writes dates), then "back in October", with the year past 300 days.
 */
export function visitDayWords(visitedAt: number, now: number, timeZone: string): string {
  const visit = new TZDate(visitedAt, timeZone);
  const today = new TZDate(now, timeZone);
  const days = differenceInCalendarDays(today, visit);
  if (days <= 0) return 'earlier today';
  if (days === 1) return 'yesterday';
  if (days <= 6) return format(visit, "'on' EEEE");
  if (days <= 13) return 'last week';
  if (days <= EXACT_DATE_DAYS) return format(visit, "'on' d MMMM");
  const sameMonthLastYear = days > 300;
  return format(visit, sameMonthLastYear ? "'back in' MMMM yyyy" : "'back in' MMMM");
}
