// The counter's "when" field: what people type becomes one instant in store time (America/Chicago here).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/settings';
import { describeWhen, readWhen } from '../../shared/domain/whenText';

const t = (iso: string) => Date.parse(iso);
const S = DEFAULT_SETTINGS; // America/Chicago, Mon–Fri 09–19, Sat 09–17, Sun closed
const MONDAY_10 = t('2026-11-23T10:00:00-06:00'); // the e2e clock
const at = (text: string, now: number, store: Settings = S) => {
  const r = readWhen(text, now, store);
  if (!r?.ok) throw new Error(`"${text}" not read: ${r ? r.message : 'empty'}`);
  return new Date(r.at).toISOString();
};
const iso = (s: string) => new Date(s).toISOString();

describe('readWhen: the examples people type', () => {
  it.each([
    ['tomorrow 5pm', '2026-11-24T17:00:00-06:00'],
    ['5pm tomorrow', '2026-11-24T17:00:00-06:00'],
    ['sat 10', '2026-11-28T10:00:00-06:00'],
    ['Saturday at 10', '2026-11-28T10:00:00-06:00'],
    ['12/8 9:30', '2026-12-08T09:30:00-06:00'],
    ['Dec 8, 9:30', '2026-12-08T09:30:00-06:00'],
    ['8th dec 2:15 pm', '2026-12-08T14:15:00-06:00'],
    ['today 6', '2026-11-23T18:00:00-06:00'],
    ['in 2 days', '2026-11-25T10:00:00-06:00'],
    ['in 2 days 4pm', '2026-11-25T16:00:00-06:00'],
    ['mon 9am', '2026-11-30T09:00:00-06:00'], // today is Monday and 9 am has passed: next Monday
    ['mon 11', '2026-11-23T11:00:00-06:00'], // still ahead today
    ['tue 17:30', '2026-11-24T17:30:00-06:00'],
    ['tonight 7', '2026-11-23T19:00:00-06:00'],
    ['noon', '2026-11-23T12:00:00-06:00'],
    ['sat', '2026-11-28T09:00:00-06:00'], // a day alone: its opening time
    ['in 3 hours', '2026-11-23T13:00:00-06:00'],
    ['1/5', '2027-01-05T09:00:00-06:00'], // a date without a year: the next time it comes round
  ])('"%s" on Monday 23 Nov at 10:00 → %s', (text, expected) => {
    expect(at(text, MONDAY_10)).toBe(iso(expected));
  });

  it('describes the reading in store time', () => {
    const r = readWhen('12/8 9:30', MONDAY_10, S);
    expect(r?.ok && describeWhen(r.at, S.timeZone)).toBe('Tue Dec 8, 9:30 AM');
  });

  it('"5pm" after 5 pm means tomorrow', () => {
    expect(at('5pm', t('2026-11-23T17:20:00-06:00'))).toBe(iso('2026-11-24T17:00:00-06:00'));
  });

  it('reads month/day the other way round for a day-first store', () => {
    const r = readWhen('8/12 9:30', MONDAY_10, S, { dayFirst: true });
    expect(r?.ok && new Date(r.at).toISOString()).toBe(iso('2026-12-08T09:30:00-06:00'));
  });
});

describe('readWhen across DST in America/Chicago', () => {
  const SAT_MAR_7 = t('2026-03-07T10:00:00-06:00');
  const SAT_OCT_31 = t('2026-10-31T10:00:00-05:00');

  it('8 Mar 2026 (clocks forward): wall-clock times land in CDT', () => {
    expect(at('tomorrow 9am', SAT_MAR_7)).toBe(iso('2026-03-08T09:00:00-05:00'));
    expect(at('in 2 days', SAT_MAR_7)).toBe(iso('2026-03-09T10:00:00-05:00'));
    expect(at('mon 6', SAT_MAR_7)).toBe(iso('2026-03-09T18:00:00-05:00'));
  });

  it('8 Mar 2026: 2:30 AM does not exist and is refused', () => {
    const r = readWhen('tomorrow 2:30am', SAT_MAR_7, S);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('clocks go forward') });
  });

  it('1 Nov 2026 (clocks back): times after the change are CST, a repeated time is its first occurrence', () => {
    expect(at('tomorrow 5pm', SAT_OCT_31)).toBe(iso('2026-11-01T17:00:00-06:00'));
    expect(at('in 1 day', SAT_OCT_31)).toBe(iso('2026-11-01T10:00:00-06:00'));
    expect(at('tomorrow 1:30am', SAT_OCT_31)).toBe(iso('2026-11-01T01:30:00-05:00'));
  });
});

describe('readWhen on closed days', () => {
  const THANKSGIVING: Settings = { ...S, closedDates: ['2026-11-26'] };

  it('a closed listed date is read, with a note; a bare hour there follows the am/pm convention', () => {
    expect(readWhen('thu 10', MONDAY_10, THANKSGIVING)).toEqual({
      ok: true,
      at: t('2026-11-26T10:00:00-06:00'),
      note: 'the store is closed that day',
    });
    expect(at('thu 3', MONDAY_10, THANKSGIVING)).toBe(iso('2026-11-26T15:00:00-06:00'));
    expect(at('thu', MONDAY_10, THANKSGIVING)).toBe(iso('2026-11-26T09:00:00-06:00'));
  });

  it('Sunday (no hours) is read with a note', () => {
    const r = readWhen('sun 11', MONDAY_10, S);
    expect(r).toEqual({ ok: true, at: t('2026-11-29T11:00:00-06:00'), note: 'the store is closed that day' });
  });
});

describe('readWhen with "today" after closing time (19:30 on a 9–19 Monday)', () => {
  const MONDAY_1930 = t('2026-11-23T19:30:00-06:00');

  it('a time today that has passed is refused, not moved', () => {
    expect(readWhen('today 6', MONDAY_1930, S)).toEqual({
      ok: false,
      message: 'Mon Nov 23, 6:00 PM has already passed.',
    });
    expect(readWhen('today', MONDAY_1930, S)).toMatchObject({ ok: false });
  });

  it('a later time today is kept, noted as outside store hours', () => {
    expect(readWhen('today 8', MONDAY_1930, S)).toEqual({
      ok: true,
      at: t('2026-11-23T20:00:00-06:00'),
      note: 'outside store hours',
    });
  });

  it('a time without a day rolls to tomorrow', () => {
    expect(at('5pm', MONDAY_1930)).toBe(iso('2026-11-24T17:00:00-06:00'));
    expect(at('6', MONDAY_1930)).toBe(iso('2026-11-24T18:00:00-06:00'));
  });
});

describe('readWhen refuses what it cannot read', () => {
  it.each(['', '   '])('empty "%s" is no reading (BeBack schedules the call)', (text) => {
    expect(readWhen(text, MONDAY_10, S)).toBeNull();
  });

  it.each([
    ['asdf', 'Cannot read "asdf"'],
    ['tomorrow tomorrow', 'Cannot read "tomorrow"'],
    ['5pm 6pm', 'Cannot read "6pm"'],
    ['25:00', 'not a time of day'],
    ['13pm', 'not a time of day'],
    ['9:75', 'not a time of day'],
    ['2/30', 'There is no Feb 30'],
    ['13/5', 'There is no month 13'],
    ['12/8/2025', 'has already passed'],
    ['in 500 days', 'more than a year away'],
    ['in 2 hours 5pm', 'already says when'],
  ])('"%s" → %s', (text, message) => {
    const r = readWhen(text, MONDAY_10, S);
    expect(r).toEqual({ ok: false, message: expect.stringContaining(message) });
  });
});
