// Folding per-day counts into week (Monday) or month buckets of the store's calendar, gaps included.
import { fromLocalInput } from '../../../shared/domain/localInput';
import { dayKeyOf, localDay } from '../../../shared/domain/storeClock';
import { firstDayOfMonth } from '../metrics/cubeSource';

export type Granularity = 'week' | 'month';
const DAY = 86_400_000;

/** The first day (local day number) of the bucket holding `day`. */
export function bucketOf(day: number, granularity: Granularity): number {
  const date = new Date(day * DAY);
  if (granularity === 'week') return day - ((date.getUTCDay() + 6) % 7);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY;
}

function nextBucket(start: number, granularity: Granularity): number {
  if (granularity === 'week') return start + 7;
  const d = new Date(start * DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY;
}

export interface DayCounts {
  day: number;
  walkouts: number;
  rep: number;
  manager_save: number;
  partner: number;
}

/** Buckets from the period's first to its last day; each bucket's start is a store-local midnight. */
export function foldTrend(
  rows: (Omit<DayCounts, 'day'> & { d: number | null; mo: number | null })[],
  period: { from: number; to: number },
  granularity: Granularity,
  timeZone: string,
) {
  const first = bucketOf(localDay(period.from, timeZone).day, granularity);
  const last = localDay(period.to - 1, timeZone).day;
  const byStart = new Map<number, DayCounts>();
  for (let b = first; b <= last; b = nextBucket(b, granularity)) {
    byStart.set(b, { day: b, walkouts: 0, rep: 0, manager_save: 0, partner: 0 });
  }
  for (const d of rows) {
    // Month roll-up rows come only with monthly buckets; day rows fold into either.
    const day = d.d ?? firstDayOfMonth(d.mo ?? 0);
    const slot = byStart.get(bucketOf(day, granularity));
    if (!slot) continue;
    slot.walkouts += d.walkouts;
    slot.rep += d.rep;
    slot.manager_save += d.manager_save;
    slot.partner += d.partner;
  }
  return [...byStart.values()].map(({ day, ...counts }) => ({
    start: fromLocalInput(`${dayKeyOf(day)}T00:00`, timeZone) ?? day * DAY,
    ...counts,
  }));
}
