// The dashboard's arithmetic, kept pure: rates, the change against the previous period, the trend's
// granularity and bucket labels. PRODUCT.md "Metric definitions" gives the numerators and denominators.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Period, PeriodPreset } from '../../../shared/domain/period';

export type Granularity = 'week' | 'month';
export type Preset = PeriodPreset | 'custom';

const DAY = 86_400_000;

/** A share in percent (0–100, one decimal), or null when there is nothing to divide by. */
export function percent(n: number, d: number): number | null {
  return d === 0 ? null : Math.round((1000 * n) / d) / 10;
}

/** "18.2%", or "—" when the denominator is 0. */
export function percentText(n: number, d: number): string {
  const p = percent(n, d);
  return p === null ? '—' : `${p.toFixed(1)}%`;
}

export interface Change {
  /** 'none': nothing to compare; `text` then says why, in words read without the "vs previous …". */
  direction: 'up' | 'down' | 'same' | 'none';
  /** "3.2 pts", "12%", "from 0", "no change", or why there is no comparison. */
  text: string;
}

/** What every figure shows when the period before had no walkouts at all: words, never a blank dash. */
export const NO_PREVIOUS_WALKOUTS: Change = { direction: 'none', text: 'no walkouts in the previous period' };

/**
 * A rate's change in percentage points. With nothing to divide by in either period, `none` says which
 * (e.g. "no survey calls in the previous period").
 */
export function rateChange(
  now: { n: number; d: number },
  before: { n: number; d: number },
  none = { now: 'nothing to compare this period', before: 'nothing to compare in the previous period' },
): Change {
  const a = percent(now.n, now.d);
  const b = percent(before.n, before.d);
  if (b === null) return { direction: 'none', text: none.before };
  if (a === null) return { direction: 'none', text: none.now };
  const diff = Math.round((a - b) * 10) / 10;
  if (diff === 0) return { direction: 'same', text: 'no change' };
  return { direction: diff > 0 ? 'up' : 'down', text: `${Math.abs(diff).toFixed(1)} pts` };
}

/** A count's or an amount's change in percent; "from 0" when the previous period had none. */
export function amountChange(now: number, before: number): Change {
  if (now === before) return { direction: 'same', text: 'no change' };
  if (before === 0) return { direction: 'up', text: 'from 0' };
  const diff = Math.abs(Math.round(((now - before) * 100) / before));
  return { direction: now > before ? 'up' : 'down', text: diff === 0 ? '<1%' : `${diff}%` };
}

/** Whole days in a period (DST days count as one). */
export function periodDays(p: Period): number {
  return Math.round((p.to - p.from) / DAY);
}

/** Weeks for week and month presets and custom ranges up to 92 days; months otherwise. */
export function defaultGranularity(preset: Preset, p: Period): Granularity {
  if (preset === 'week' || preset === 'month') return 'week';
  if (preset === 'custom' && periodDays(p) <= 92) return 'week';
  return 'month';
}

/** "vs previous month", or "vs previous 30 days" for custom dates. */
export function changeLabel(preset: Preset, p: Period): string {
  if (preset !== 'custom') return `vs previous ${preset}`;
  const days = periodDays(p);
  return `vs previous ${days} ${days === 1 ? 'day' : 'days'}`;
}

/** A trend bucket's axis label: "16 Nov" for a week, "Nov 2026" for a month. */
export function bucketLabel(start: number, granularity: Granularity, timeZone: string): string {
  return format(new TZDate(start, timeZone), granularity === 'week' ? 'd MMM' : 'MMM yyyy');
}

/** The bucket's name in a table or a drill-down title: "week of 16 Nov 2026", "November 2026". */
export function bucketName(start: number, granularity: Granularity, timeZone: string): string {
  const at = new TZDate(start, timeZone);
  return granularity === 'week' ? `week of ${format(at, 'd MMM yyyy')}` : format(at, 'MMMM yyyy');
}

/** Long reason texts shortened for an axis; the table and tooltip keep the whole text. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
