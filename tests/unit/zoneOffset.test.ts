import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateKey } from '../../shared/domain/storeClock';
import { offsetAt, wallToInstant } from '../../shared/domain/zoneOffset';

const t = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Zones with every kind of change: US and EU DST, half-hour DST (Lord Howe), 45-minute offsets, midnight changes. */
const ZONES = [
  'America/Chicago',
  'America/New_York',
  'America/St_Johns',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Santiago',
  'Asia/Kathmandu',
  'Asia/Tehran',
];
const FROM = t('2000-01-01T00:00:00Z');
const TO = t('2040-01-01T00:00:00Z');

/** What @date-fns/tz says, worked out from scratch every time. */
const tzMs = (at: number, zone: string) => Math.round(tzOffset(zone, new Date(at)) * 60) * 1000;
const tzWall = (wall: number, zone: string) => {
  const w = new Date(wall);
  return new TZDate(
    w.getUTCFullYear(),
    w.getUTCMonth(),
    w.getUTCDate(),
    w.getUTCHours(),
    w.getUTCMinutes(),
    zone,
  ).getTime();
};

/** Every instant in [from, to) where the zone's offset changes, found by halving each half day that holds one. */
function changes(zone: string, from: number, to: number): number[] {
  const found: number[] = [];
  // No zone changes its offset twice within 12 hours, so each step holds at most one change.
  for (let h = from; h < to; h += 12 * HOUR) {
    let [lo, hi] = [h, h + 12 * HOUR];
    if (tzMs(lo, zone) === tzMs(hi, zone)) continue;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (tzMs(mid, zone) === tzMs(lo, zone)) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  return found;
}

/** The changes of 2025–2027 in every zone of the list, worked out once for the tests below. */
const CHANGES = ZONES.flatMap((zone) =>
  changes(zone, t('2025-01-01T00:00:00Z'), t('2028-01-01T00:00:00Z')).map((at) => [zone, at] as const),
);

describe('offsetAt', () => {
  it('gives each side of a DST change its own offset, whichever side of the hour was asked first', () => {
    // Chicago springs forward at 08:00Z sharp: the hours before and after are each one offset.
    expect(offsetAt(t('2026-03-08T07:30:00Z'), 'America/Chicago')).toBe(-6 * HOUR);
    expect(offsetAt(t('2026-03-08T07:59:59.999Z'), 'America/Chicago')).toBe(-6 * HOUR);
    expect(offsetAt(t('2026-03-08T08:00:00Z'), 'America/Chicago')).toBe(-5 * HOUR);
    // Lord Howe moves half an hour at 15:30Z, inside a UTC hour: both halves of that hour are asked twice.
    for (let i = 0; i < 2; i++) {
      expect(offsetAt(t('2026-10-03T15:10:00Z'), 'Australia/Lord_Howe')).toBe(10.5 * HOUR);
      expect(offsetAt(t('2026-10-03T15:50:00Z'), 'Australia/Lord_Howe')).toBe(11 * HOUR);
      expect(offsetAt(t('2026-10-03T15:29:59.999Z'), 'Australia/Lord_Howe')).toBe(10.5 * HOUR);
      expect(offsetAt(t('2026-10-03T15:30:00Z'), 'Australia/Lord_Howe')).toBe(11 * HOUR);
    }
  });

  it('is NaN for a zone that does not exist, as @date-fns/tz says', () => {
    expect(offsetAt(0, 'Mars/Olympus_Mons')).toBeNaN();
  });

  it('answers as @date-fns/tz does at random instants, in any order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.array(fc.integer({ min: FROM, max: TO }), { minLength: 1, maxLength: 40 }),
        (zone, instants) => {
          for (const at of instants) expect([at, offsetAt(at, zone)]).toEqual([at, tzMs(at, zone)]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is right a millisecond before and at every change of 2025–2027', () => {
    expect(CHANGES.length).toBe(48); // 8 zones with DST, twice a year for 3 years
    for (const [zone, at] of CHANGES) {
      expect([zone, at - 1, offsetAt(at - 1, zone)]).toEqual([zone, at - 1, tzMs(at - 1, zone)]);
      expect([zone, at, offsetAt(at, zone)]).toEqual([zone, at, tzMs(at, zone)]);
    }
  });
});

describe('wallToInstant', () => {
  it.each([
    // Chicago: 02:30 on spring-forward day does not exist and moves on to 03:30 CDT.
    ['2026-03-08T02:30:00Z', 'America/Chicago', '2026-03-08T08:30:00Z'],
    ['2026-03-08T03:00:00Z', 'America/Chicago', '2026-03-08T08:00:00Z'],
    // Fall-back repeats 01:00–02:00: Chicago takes the first (CDT), London the second (GMT), as TZDate does.
    ['2026-11-01T01:30:00Z', 'America/Chicago', '2026-11-01T06:30:00Z'],
    ['2026-10-25T01:30:00Z', 'Europe/London', '2026-10-25T01:30:00Z'],
    ['2026-03-29T01:30:00Z', 'Europe/London', '2026-03-29T01:30:00Z'],
    ['2026-10-04T02:15:00Z', 'Australia/Lord_Howe', '2026-10-03T15:45:00Z'],
    ['2026-04-05T01:45:00Z', 'Australia/Lord_Howe', '2026-04-04T15:15:00Z'],
  ])('wall clock %s in %s is %s', (wall, zone, instant) => {
    expect(new Date(wallToInstant(t(wall), zone)).toISOString()).toBe(new Date(t(instant)).toISOString());
  });

  it('lands where TZDate does for every quarter hour around every change of 2025–2027', () => {
    for (const [zone, at] of CHANGES) {
      const near = Math.floor((at + tzMs(at, zone)) / (15 * MINUTE)) * 15 * MINUTE;
      for (let wall = near - 3 * HOUR; wall <= near + 3 * HOUR; wall += 15 * MINUTE) {
        expect([zone, new Date(wall).toISOString(), wallToInstant(wall, zone)]).toEqual([
          zone,
          new Date(wall).toISOString(),
          tzWall(wall, zone),
        ]);
      }
    }
  });

  it('lands where TZDate does for random wall-clock minutes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: FROM / MINUTE, max: TO / MINUTE }),
        (zone, m) => {
          expect(wallToInstant(m * MINUTE, zone)).toBe(tzWall(m * MINUTE, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('localDateKey', () => {
  it("is date-fns's format of a TZDate on both sides of every change of 2025–2027", () => {
    for (const [zone, at] of CHANGES) {
      for (const near of [at - 1, at, at + 30 * MINUTE, at - 30 * MINUTE]) {
        expect([zone, near, localDateKey(near, zone)]).toEqual([
          zone,
          near,
          format(new TZDate(near, zone), 'yyyy-MM-dd'),
        ]);
      }
    }
  });
});
