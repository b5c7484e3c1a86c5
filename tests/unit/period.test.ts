// Reporting periods pinned to exact instants in the store's zone, across DST.
import { describe, expect, it } from 'vitest';
import { customPeriod, describePeriod, presetPeriod, previousPeriod } from '../../shared/domain/period';

const TZ = 'America/Chicago';
const NOW = Date.parse('2026-11-25T15:00:00-06:00'); // Wednesday
const iso = (t: number) => new Date(t).toISOString();

describe('periods', () => {
  it.each([
    ['week', '2026-11-23T06:00:00.000Z', '2026-11-30T06:00:00.000Z'],
    ['month', '2026-11-01T05:00:00.000Z', '2026-12-01T06:00:00.000Z'], // 1 Nov is still CDT
    ['quarter', '2026-10-01T05:00:00.000Z', '2027-01-01T06:00:00.000Z'],
    ['year', '2026-01-01T06:00:00.000Z', '2027-01-01T06:00:00.000Z'],
  ] as const)('%s', (preset, from, to) => {
    const p = presetPeriod(preset, NOW, TZ);
    expect([iso(p.from), iso(p.to)]).toEqual([from, to]);
  });

  it('the previous month is the calendar month before, not 30 days', () => {
    const p = previousPeriod('month', presetPeriod('month', NOW, TZ), TZ);
    expect([iso(p.from), iso(p.to)]).toEqual(['2026-10-01T05:00:00.000Z', '2026-11-01T05:00:00.000Z']);
  });

  it('a running month compares with the same days of the month before', () => {
    const p = previousPeriod('month', presetPeriod('month', NOW, TZ), TZ, NOW);
    // 1–25 November so far (25 days) against 1–25 October.
    expect([iso(p.from), iso(p.to)]).toEqual(['2026-10-01T05:00:00.000Z', '2026-10-26T05:00:00.000Z']);
    const week = previousPeriod('week', presetPeriod('week', NOW, TZ), TZ, NOW);
    expect([iso(week.from), iso(week.to)]).toEqual(['2026-11-16T06:00:00.000Z', '2026-11-19T06:00:00.000Z']);
  });

  it('custom dates are inclusive and refuse impossible or reversed dates', () => {
    const p = customPeriod('2026-11-01', '2026-11-07', TZ)!;
    expect([iso(p.from), iso(p.to)]).toEqual(['2026-11-01T05:00:00.000Z', '2026-11-08T06:00:00.000Z']);
    expect(describePeriod(p, TZ)).toBe('1 Nov 2026 – 7 Nov 2026');
    expect(customPeriod('2026-02-30', '2026-03-01', TZ)).toBeNull();
    expect(customPeriod('2026-11-07', '2026-11-01', TZ)).toBeNull();
    expect(previousPeriod('custom', p, TZ).to).toBe(p.from);
  });
});
