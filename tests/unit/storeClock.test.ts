import { TZDate } from '@date-fns/tz';
import { addDays, format, startOfDay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/settings';
import {
  addLocalDays,
  allowedWindows,
  isBusinessDay,
  localDateKey,
  localDay,
  nextAllowedInstant,
  nextBusinessDayAt,
} from '../../shared/domain/storeClock';
import type { Channel } from '../../shared/domain/vocab';

const t = (iso: string) => Date.parse(iso);
const S = DEFAULT_SETTINGS; // America/Chicago, Mon–Fri 09–19, Sat 09–17, Sun closed
const THANKSGIVING: Settings = { ...S, closedDates: ['2026-11-26'] };
const LONG_HOURS: Settings = {
  ...S,
  storeHours: S.storeHours.map((h) => h && { open: '07:00', close: '22:00' }),
};
const NO_HOURS: Settings = { ...S, storeHours: [null, null, null, null, null, null, null] };

describe('localDateKey', () => {
  it.each([
    ['2026-11-24T04:30:00Z', 'America/Chicago', '2026-11-23'], // 22:30 the evening before
    ['2026-11-24T06:30:00Z', 'America/Chicago', '2026-11-24'],
    ['2026-11-24T04:30:00Z', 'Europe/Berlin', '2026-11-24'],
  ])('%s in %s is %s', (iso, zone, key) => {
    expect(localDateKey(t(iso), zone)).toBe(key);
  });
});

describe('isBusinessDay', () => {
  it.each([
    ['2026-11-23', S, true], // Monday
    ['2026-11-28', S, true], // Saturday
    ['2026-11-29', S, false], // Sunday: no hours
    ['2026-11-26', S, true],
    ['2026-11-26', THANKSGIVING, false], // listed closed date
  ] as const)('%s → %s', (key, settings, expected) => {
    expect(isBusinessDay(key, settings)).toBe(expected);
  });
});

describe('allowedWindows', () => {
  it.each<[string, Channel, Settings, [string, string][]]>([
    ['2026-11-23', 'call', S, [['2026-11-23T09:00:00-06:00', '2026-11-23T19:00:00-06:00']]],
    ['2026-11-28', 'text', S, [['2026-11-28T09:00:00-06:00', '2026-11-28T17:00:00-06:00']]],
    ['2026-11-29', 'call', S, []],
    ['2026-11-29', 'visit', S, []],
    ['2026-11-26', 'call', THANKSGIVING, []],
    // Calls follow the 08:00–21:00 rule even when the store is open longer.
    ['2026-11-23', 'call', LONG_HOURS, [['2026-11-23T08:00:00-06:00', '2026-11-23T21:00:00-06:00']]],
    ['2026-11-23', 'visit', LONG_HOURS, [['2026-11-23T07:00:00-06:00', '2026-11-23T22:00:00-06:00']]],
    // Email is never restricted, even on a closed Sunday; the fall-back day is 25 hours long.
    ['2026-11-29', 'email', S, [['2026-11-29T00:00:00-06:00', '2026-11-29T23:59:59.999-06:00']]],
    ['2026-11-01', 'letter', S, [['2026-11-01T00:00:00-05:00', '2026-11-01T23:59:59.999-06:00']]],
    ['2026-03-09', 'call', S, [['2026-03-09T09:00:00-05:00', '2026-03-09T19:00:00-05:00']]],
  ])('%s %s', (key, channel, settings, expected) => {
    expect(allowedWindows(key, channel, settings)).toEqual(expected.map(([a, b]) => [t(a), t(b)]));
  });

  it('gives nothing when the call window and store hours do not overlap', () => {
    const late: Settings = {
      ...S,
      storeHours: S.storeHours.map((h) => h && { open: '21:30', close: '23:00' }),
    };
    expect(allowedWindows('2026-11-23', 'call', late)).toEqual([]);
  });
});

describe('nextAllowedInstant', () => {
  it.each<[string, Channel, Settings, string]>([
    ['2026-11-23T12:34:00-06:00', 'call', S, '2026-11-23T12:34:00-06:00'], // inside: unchanged
    ['2026-11-23T19:00:00-06:00', 'call', S, '2026-11-23T19:00:00-06:00'], // closing is inclusive
    ['2026-11-23T09:00:00-06:00', 'call', S, '2026-11-23T09:00:00-06:00'], // opening is inclusive
    ['2026-11-23T19:00:01-06:00', 'call', S, '2026-11-24T09:00:00-06:00'],
    ['2026-11-23T06:00:00-06:00', 'text', S, '2026-11-23T09:00:00-06:00'],
    ['2026-11-28T18:00:00-06:00', 'call', S, '2026-11-30T09:00:00-06:00'], // Saturday night → Monday
    ['2026-11-25T20:00:00-06:00', 'visit', THANKSGIVING, '2026-11-27T09:00:00-06:00'],
    ['2026-11-29T03:00:00-06:00', 'email', S, '2026-11-29T03:00:00-06:00'],
    ['2026-11-23T07:15:00-06:00', 'call', LONG_HOURS, '2026-11-23T08:00:00-06:00'],
    ['2026-11-23T07:15:00-06:00', 'visit', LONG_HOURS, '2026-11-23T07:15:00-06:00'],
    ['2026-11-23T21:30:00-06:00', 'call', LONG_HOURS, '2026-11-24T08:00:00-06:00'],
    ['2026-03-07T18:00:00-06:00', 'call', S, '2026-03-09T09:00:00-05:00'], // over spring-forward
  ])('%s %s → %s', (from, channel, settings, expected) => {
    expect(nextAllowedInstant(t(from), channel, settings)).toBe(t(expected));
  });

  it('throws when the store never has hours', () => {
    expect(() => nextAllowedInstant(t('2026-11-23T10:00:00-06:00'), 'call', NO_HOURS)).toThrow(/store hours/);
  });

  it('still allows email when the store never has hours', () => {
    const at = t('2026-11-23T23:00:00-06:00');
    expect(nextAllowedInstant(at, 'email', NO_HOURS)).toBe(at);
  });
});

describe('nextBusinessDayAt', () => {
  it.each<[string, number, Settings, string]>([
    ['2026-11-23T15:00:00-06:00', 60, S, '2026-11-24T10:00:00-06:00'], // Mon → Tue
    ['2026-11-23T08:00:00-06:00', 0, S, '2026-11-24T09:00:00-06:00'], // strictly after t's day
    ['2026-11-27T15:00:00-06:00', 60, S, '2026-11-28T10:00:00-06:00'], // Fri → Sat
    ['2026-11-28T15:00:00-06:00', 60, S, '2026-11-30T10:00:00-06:00'], // Sat → Mon
    ['2026-11-25T15:00:00-06:00', 30, THANKSGIVING, '2026-11-27T09:30:00-06:00'],
  ])('%s +%i min → %s', (from, minutes, settings, expected) => {
    expect(nextBusinessDayAt(t(from), minutes, settings)).toBe(t(expected));
  });

  it('throws when there is no business day', () => {
    expect(() => nextBusinessDayAt(t('2026-11-23T10:00:00-06:00'), 0, NO_HOURS)).toThrow();
  });
});

describe('addLocalDays', () => {
  it.each([
    ['2026-10-30T10:00:00-05:00', 3, '2026-11-02T10:00:00-06:00'], // over fall-back
    ['2026-03-06T10:00:00-06:00', 3, '2026-03-09T10:00:00-05:00'], // over spring-forward
    ['2026-11-23T10:00:00-06:00', 90, '2027-02-21T10:00:00-06:00'],
  ])('%s + %i days → %s', (from, days, expected) => {
    expect(addLocalDays(t(from), days, 'America/Chicago')).toBe(t(expected));
  });
});

describe('localDay', () => {
  /** The same answer worked out from scratch, with no remembered days. */
  function direct(at: number, zone: string) {
    const local = new TZDate(at, zone);
    return {
      day: Date.parse(`${format(local, 'yyyy-MM-dd')}T00:00:00Z`) / 86_400_000,
      endsAt: startOfDay(addDays(local, 1)).getTime(),
    };
  }

  it.each([
    // 23-hour and 25-hour days in Chicago, and the evening before each.
    ['2026-03-08T12:00:00Z', 'America/Chicago', '2026-03-08', '2026-03-09T05:00:00Z'],
    ['2026-03-08T05:59:59.999Z', 'America/Chicago', '2026-03-07', '2026-03-08T06:00:00Z'],
    ['2026-11-01T12:00:00Z', 'America/Chicago', '2026-11-01', '2026-11-02T06:00:00Z'],
    ['2026-11-02T05:59:59.999Z', 'America/Chicago', '2026-11-01', '2026-11-02T06:00:00Z'],
    ['2026-11-24T04:30:00Z', 'Asia/Kolkata', '2026-11-24', '2026-11-24T18:30:00Z'],
    ['2026-11-24T04:30:00Z', 'Pacific/Chatham', '2026-11-24', '2026-11-24T10:15:00Z'],
  ])('%s in %s is %s, ending %s', (iso, zone, key, end) => {
    const d = localDay(t(iso), zone);
    expect(new Date(d.day * 86_400_000).toISOString().slice(0, 10)).toBe(key);
    expect(d.endsAt).toBe(t(end));
    expect(d.startsAt).toBeLessThanOrEqual(t(iso));
  });

  it('answers as if worked out from scratch, whatever days were asked before', () => {
    const zones = [
      'America/Chicago',
      'Europe/London',
      'Australia/Lord_Howe',
      'America/Santiago',
      'Asia/Kolkata',
    ];
    const from = t('2025-01-01T00:00:00Z');
    const to = t('2027-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(fc.integer({ min: from, max: to }), { minLength: 1, maxLength: 60 }),
        (zone, instants) => {
          for (const at of instants) {
            const { day, endsAt } = localDay(at, zone);
            expect({ day, endsAt }).toEqual(direct(at, zone));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is right on both sides of every DST change of a year', () => {
    const zone = 'America/Santiago'; // changes clocks at local midnight
    for (let at = t('2026-01-01T00:00:00Z'); at < t('2027-01-01T00:00:00Z'); at += 30 * 60_000) {
      const { day, endsAt } = localDay(at, zone);
      const want = direct(at, zone);
      if (day !== want.day || endsAt !== want.endsAt) expect({ at, day, endsAt }).toEqual({ at, ...want });
    }
  });
});
