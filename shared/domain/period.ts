// Reporting periods in the store's time zone: this week / month / quarter / year, or custom dates.
// A period is [from, to) in epoch ms; weeks start on Monday, as a sales week does.
import { TZDate } from '@date-fns/tz';
import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  differenceInCalendarDays,
  format,
  startOfDay,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from 'date-fns';
import { fromLocalInput } from './localInput';

export const PERIOD_PRESETS = ['week', 'month', 'quarter', 'year'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export const PERIOD_LABELS: Record<PeriodPreset | 'custom', string> = {
  week: 'This week',
  month: 'This month',
  quarter: 'This quarter',
  year: 'This year',
  custom: 'Custom dates',
};

export interface Period {
  from: number;
  to: number;
}

const START = {
  week: (d: TZDate) => startOfWeek(d, { weekStartsOn: 1 }),
  month: startOfMonth,
  quarter: startOfQuarter,
  year: startOfYear,
} as const;
const ADD = { week: addWeeks, month: addMonths, quarter: addQuarters, year: addYears } as const;

export function presetPeriod(preset: PeriodPreset, now: number, timeZone: string): Period {
  const start = START[preset](new TZDate(now, timeZone));
  return { from: start.getTime(), to: ADD[preset](start, 1).getTime() };
}

/**
 * The period just before (the previous week, month…), for "change against". While the current period
 * is still running (`now` inside it), both are cut to the same number of days so far: this month to
 * date against the same days of last month, not 23 days against 31.
 */
export function previousPeriod(
  preset: PeriodPreset | 'custom',
  p: Period,
  timeZone: string,
  now?: number,
): Period {
  const start = new TZDate(p.from, timeZone);
  const prevFrom = preset === 'custom' ? p.from - (p.to - p.from) : ADD[preset](start, -1).getTime();
  if (now === undefined || now < p.from || now >= p.to) return { from: prevFrom, to: p.from };
  const daysSoFar = differenceInCalendarDays(new TZDate(now, timeZone), start) + 1;
  const prevTo = startOfDay(addDays(new TZDate(prevFrom, timeZone), daysSoFar)).getTime();
  return { from: prevFrom, to: Math.min(prevTo, p.from) };
}

/** Inclusive local dates "YYYY-MM-DD" → [first day's midnight, the day after the last). Null if invalid. */
export function customPeriod(fromDate: string, toDate: string, timeZone: string): Period | null {
  const from = fromLocalInput(`${fromDate}T00:00`, timeZone);
  const last = fromLocalInput(`${toDate}T00:00`, timeZone);
  if (from === null || last === null || last < from) return null;
  return { from, to: startOfDay(addDays(new TZDate(last, timeZone), 1)).getTime() };
}

export function describePeriod(p: Period, timeZone: string): string {
  const first = new TZDate(p.from, timeZone);
  const last = addDays(new TZDate(p.to, timeZone), -1);
  return `${format(first, 'd MMM yyyy')} – ${format(last, 'd MMM yyyy')}`;
}
