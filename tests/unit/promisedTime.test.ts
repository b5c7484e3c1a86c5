// The time a voicemail promises the next call: the quarter hour nearest, said loosely, in store time.
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { spokenDay } from '../../renderer/features/calls/nextCall';
import { nearestQuarterHour, promisedTime } from '../../shared/domain/message/promisedTime';

const CHICAGO = 'America/Chicago';
const at = (y: number, mo: number, d: number, h: number, mi = 0, tz = CHICAGO) =>
  new TZDate(y, mo - 1, d, h, mi, tz).getTime();
// Wednesday 2 December 2026, 10:00 in Chicago.
const NOW = at(2026, 12, 2, 10);

describe('promisedTime', () => {
  it.each<[string, string, number]>([
    ['12:39 on Friday', 'Friday around 12:45 PM', at(2026, 12, 4, 12, 39)],
    ['12:37 rounds down', 'Friday around 12:30 PM', at(2026, 12, 4, 12, 37)],
    ['7:30 and 30 s rounds to 7:30', 'Friday around 7:30 AM', at(2026, 12, 4, 7, 30) + 30_000],
    ['8:53 tomorrow', 'tomorrow around 9:00 AM', at(2026, 12, 3, 8, 53)],
    ['later today', 'today around 4:15 PM', at(2026, 12, 2, 16, 8)],
    ['six days on', 'Tuesday around 6:00 PM', at(2026, 12, 8, 18, 0)],
    ['a week on', 'on 9 December around 10:00 AM', at(2026, 12, 9, 10, 2)],
    ['23:55 today rounds into tomorrow', 'tomorrow around 12:00 AM', at(2026, 12, 2, 23, 55)],
  ])('%s → %s', (_, words, t) => {
    expect(promisedTime(t, NOW, CHICAGO)).toBe(words);
  });

  it('rounds on the store clock in a zone offset by 45 minutes', () => {
    const kathmandu = 'Asia/Kathmandu';
    const t = at(2026, 12, 4, 12, 39, kathmandu);
    expect(promisedTime(t, at(2026, 12, 2, 10, 0, kathmandu), kathmandu)).toBe('Friday around 12:45 PM');
  });

  it('says the wall-clock time on the far side of a DST change', () => {
    // Saturday 7 March 2026 16:00; the call is Monday 9:07, after clocks went forward on Sunday.
    expect(promisedTime(at(2026, 3, 9, 9, 7), at(2026, 3, 7, 16), CHICAGO)).toBe('Monday around 9:00 AM');
  });

  it('is the label the call panel promises', () => {
    expect(spokenDay(at(2026, 12, 4, 12, 39), NOW, CHICAGO)).toBe('Friday around 12:45 PM');
    expect(nearestQuarterHour(at(2026, 12, 4, 12, 52) + 29_999)).toBe(at(2026, 12, 4, 12, 45));
    expect(nearestQuarterHour(at(2026, 12, 4, 12, 52) + 30_000)).toBe(at(2026, 12, 4, 13, 0));
  });
});
