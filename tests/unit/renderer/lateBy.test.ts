import { describe, expect, it } from 'vitest';
import { lateBy } from '../../../renderer/features/audit/lateBy';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('lateBy', () => {
  it.each([
    [0, '0 min'],
    [59 * MIN + 59_000, '59 min'],
    [2 * HOUR, '2 h'],
    [3 * HOUR + 10 * MIN, '3 h 10 min'],
    [24 * HOUR - 1, '23 h 59 min'],
    [24 * HOUR, '1 day'],
    [46 * HOUR + 30 * MIN, '1 day 22 h'],
    [72 * HOUR + 5 * MIN, '3 days'],
    [-5 * MIN, '0 min'],
  ])('%i ms late reads "%s"', (ms, text) => {
    expect(lateBy(ms)).toBe(text);
  });
});
