// The rotation over a simulated stretch of store days: what is left is exactly the policy.
import { describe, expect, it } from 'vitest';
import { backupsToDelete, type RotatedBackup } from '../../electron/db/backups/rotation';
import { localDateKey } from '../../shared/domain/storeClock';

const TZ = 'America/Chicago';
const POLICY = { keepToday: 4, keepDays: 14, keepMonths: 12 };
const HOUR = 3_600_000;

/** Backs up hourly 10:00–18:00 store time from `first` for `days` days, rotating after each, as the app does. */
function simulate(firstDay: string, days: number, extra: (day: number) => RotatedBackup[] = () => []) {
  let kept: RotatedBackup[] = [];
  let now = 0;
  const start = Date.parse(`${firstDay}T10:00:00-06:00`);
  for (let d = 0; d < days; d++) {
    for (let h = 0; h <= 8; h++) {
      now = start + d * 24 * HOUR + h * HOUR;
      kept.push(
        { id: `b${now}`, createdAt: now, reason: 'scheduled', verified: true },
        ...(h === 0 ? extra(d) : []),
      );
      const doomed = new Set(backupsToDelete(kept, now, TZ, POLICY));
      kept = kept.filter((b) => !doomed.has(b.id));
    }
  }
  return { kept, now };
}

const dayOf = (b: RotatedBackup) => localDateKey(b.createdAt, TZ);
const timeOf = (b: RotatedBackup) => new Date(b.createdAt).toISOString().slice(11, 16);

describe('backup rotation', () => {
  it('after a simulated month keeps the last 4 of today and the newest of each of the 14 days before', () => {
    const { kept } = simulate('2026-11-01', 30); // 1–30 Nov (DST ends on the 1st)
    const byDay = new Map<string, string[]>();
    for (const b of kept) byDay.set(dayOf(b), [...(byDay.get(dayOf(b)) ?? []), timeOf(b)]);
    // Today (30 Nov): 15:00–18:00 local = 21:00–00:00 UTC.
    expect(byDay.get('2026-11-30')?.sort()).toEqual(['00:00', '21:00', '22:00', '23:00']);
    const days = [...byDay.keys()].filter((d) => d !== '2026-11-30').sort();
    expect(days).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    for (const d of days) expect(byDay.get(d)).toEqual(['00:00']); // 18:00 local, each day's newest
    expect(kept).toHaveLength(4 + 14);
  });

  it('over a year and a half keeps one a month for 12 months', () => {
    const preUpdate = (d: number): RotatedBackup[] =>
      d === 3
        ? [
            {
              id: 'pre-migration',
              createdAt: Date.parse('2025-06-04T15:30:00Z'),
              reason: 'pre_migration',
              verified: true,
            },
          ]
        : [];
    const { kept } = simulate('2025-06-01', 540, preUpdate); // to 22 Nov 2026
    const months = [
      ...new Set(kept.filter((b) => b.reason === 'scheduled').map((b) => dayOf(b).slice(0, 7))),
    ].sort();
    expect(months).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    // The month's newest is its last day's 18:00 copy.
    expect(kept.filter((b) => dayOf(b) === '2026-02-28').map(timeOf)).toEqual(['00:00']);
    expect(kept.filter((b) => dayOf(b).startsWith('2026-02'))).toHaveLength(1);
    // The pre-update copy of June 2025 has aged out with its month.
    expect(kept.some((b) => b.id === 'pre-migration')).toBe(false);
  });

  it('keeps every pre-update copy inside the window, beside its month’s newest, and lets it age out after', () => {
    const now = Date.parse('2026-11-30T18:00:00Z');
    const at = (iso: string, id: string, reason: RotatedBackup['reason']): RotatedBackup => ({
      id,
      createdAt: Date.parse(iso),
      reason,
      verified: true,
    });
    const backups = [
      at('2026-11-30T17:00:00Z', 'today', 'scheduled'),
      at('2026-01-10T15:00:00Z', 'pre-update-jan', 'pre_migration'),
      at('2026-01-20T15:00:00Z', 'jan-newest', 'scheduled'),
      at('2026-01-05T15:00:00Z', 'jan-older', 'scheduled'),
      at('2025-10-10T15:00:00Z', 'pre-update-13-months', 'pre_migration'),
    ];
    expect(backupsToDelete(backups, now, TZ, POLICY)).toEqual(['jan-older', 'pre-update-13-months']);
  });

  it('never deletes the newest verified backup, nor a pinned one, however old', () => {
    const old = {
      id: 'old',
      createdAt: Date.parse('2024-03-01T12:00:00Z'),
      reason: 'manual',
      verified: true,
    } as const;
    const broken = {
      id: 'broken',
      createdAt: Date.parse('2026-11-30T12:00:00Z'),
      reason: 'manual',
      verified: false,
    } as const;
    const undo = {
      id: 'undo',
      createdAt: Date.parse('2024-02-01T12:00:00Z'),
      reason: 'pre_restore',
      verified: true,
    } as const;
    const now = Date.parse('2026-11-30T13:00:00Z');
    expect(backupsToDelete([old, broken, undo], now, TZ, POLICY, new Set(['undo']))).toEqual(['broken']);
    expect(backupsToDelete([old, broken, undo], now, TZ, POLICY)).toEqual(['broken', 'undo']);
  });
});
