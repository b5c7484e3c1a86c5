import { describe, expect, it } from 'vitest';
import { formatMoney, formatWhen, parseMoney } from '../../../renderer/ui/format';

const TZ = 'America/Chicago';
const now = Date.parse('2026-11-23T10:00:00-06:00');

describe('formatWhen', () => {
  it.each([
    ['2026-11-23T12:00:00-06:00', 'Today 12:00 PM'],
    ['2026-11-24T09:05:00-06:00', 'Tomorrow 9:05 AM'],
    ['2026-11-22T18:00:00-06:00', 'Yesterday 6:00 PM'],
    ['2026-11-26T10:00:00-06:00', 'Thu 26 Nov 10:00 AM'],
    ['2027-02-21T10:00:00-06:00', '21 Feb 2027, 10:00 AM'],
  ])('%s → %s', (iso, text) => {
    expect(formatWhen(Date.parse(iso), now, TZ)).toBe(text);
  });
  it('uses the store day, not UTC: 23:30 local is still today', () => {
    expect(formatWhen(Date.parse('2026-11-23T23:30:00-06:00'), now, TZ)).toBe('Today 11:30 PM');
  });
});

describe('money', () => {
  it.each([
    ['41900', 4_190_000],
    ['$41,900', 4_190_000],
    ['41900.5', 4_190_050],
    ['', null],
  ])('parses %j', (text, cents) => {
    expect(parseMoney(text)).toBe(cents);
  });
  it.each(['4l900', '41.999', '-5', 'abc'])('refuses %j', (text) => {
    expect(parseMoney(text)).toBeNaN();
  });
  it('formats whole dollars', () => {
    expect(formatMoney(4_190_000)).toBe('$41,900');
    expect(formatMoney(null)).toBe('—');
  });
});
