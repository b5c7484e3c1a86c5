// The visit day as the survey and check-in scripts say it, counted in store-local calendar days.
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { visitDayWords } from '../../shared/domain/visitDay';

const CHICAGO = 'America/Chicago';
const at = (y: number, mo: number, d: number, h: number, mi = 0, tz = CHICAGO) =>
  new TZDate(y, mo - 1, d, h, mi, tz).getTime();
// Wednesday 2 December 2026, 10:00 in Chicago.
const NOW = at(2026, 12, 2, 10);

describe('visitDayWords', () => {
  it.each<[string, string, number]>([
    ['an hour ago', 'earlier today', at(2026, 12, 2, 9)],
    ['just after midnight today', 'earlier today', at(2026, 12, 2, 0, 5)],
    ['late last night', 'yesterday', at(2026, 12, 1, 23, 55)],
    ['two days ago', 'on Monday', at(2026, 11, 30, 15)],
    ['six days ago', 'on Thursday', at(2026, 11, 26, 15)],
    ['seven days ago, the same weekday', 'last week', at(2026, 11, 25, 15)],
    ['thirteen days ago', 'last week', at(2026, 11, 19, 15)],
    ['two weeks ago', 'on 18 November', at(2026, 11, 18, 15)],
    ['a month ago', 'on 1 November', at(2026, 11, 1, 15)],
    ['82 days ago', 'back in September', at(2026, 9, 11, 15)],
    ['last December, 11 months on', 'back in December 2025', at(2025, 12, 30, 15)],
  ])('%s → %s', (_, words, visitedAt) => {
    expect(visitDayWords(visitedAt, NOW, CHICAGO)).toBe(words);
  });

  it('counts days on the store calendar, not the machine or UTC', () => {
    // 23:30 Monday in Chicago is 05:30 Tuesday UTC: still "on Monday" seen from Wednesday.
    expect(visitDayWords(at(2026, 11, 30, 23, 30), NOW, CHICAGO)).toBe('on Monday');
    // The same two instants seen from Tokyo: Tuesday 14:30 and Thursday 01:00.
    expect(visitDayWords(at(2026, 11, 30, 23, 30), NOW, 'Asia/Tokyo')).toBe('on Tuesday');
  });

  it('is not thrown by a DST change: the 23-hour day the clocks go forward', () => {
    // Clocks went forward in Chicago at 02:00 on Sunday 8 March 2026.
    const mondayMorning = at(2026, 3, 9, 0, 30);
    expect(visitDayWords(at(2026, 3, 7, 23, 45), mondayMorning, CHICAGO)).toBe('on Saturday');
    expect(visitDayWords(at(2026, 3, 8, 0, 15), mondayMorning, CHICAGO)).toBe('yesterday');
    // Fall back (1 November 2026, a 25-hour Sunday): 23:30 Sunday is still yesterday at 00:10 Monday.
    expect(visitDayWords(at(2026, 11, 1, 23, 30), at(2026, 11, 2, 0, 10), CHICAGO)).toBe('yesterday');
    expect(visitDayWords(at(2026, 11, 1, 0, 30), at(2026, 11, 1, 23, 50), CHICAGO)).toBe('earlier today');
  });
});
