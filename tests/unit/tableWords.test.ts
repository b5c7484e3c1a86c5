// The Store database screen names every table of the store in words: a table added without words would show
// its SQL name to the owner.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tableHeading, tableWords } from '../../electron/services/storeDatabase/tableWords';

const tables = [
  ...readFileSync('tests/migrations/schema.pg.snapshot.sql', 'utf8').matchAll(
    /^CREATE TABLE public\.(\w+)/gm,
  ),
].map((m) => m[1]);

describe('table words', () => {
  it('has words for every table of the store server', () => {
    expect(tables.length).toBeGreaterThan(20);
    expect(tables.filter((t) => tableWords(t) === t && !/^[a-z]+$/.test(t))).toEqual([]);
  });

  it.each([
    ['follow_ups', 'Follow-up calls'],
    ['dash_day', 'Dashboard figures by day'],
    ['dash_month_obj', 'Dashboard figures by month and objection'],
    ['dash_reason_day_emp', 'Reason figures by day and employee'],
    ['walkouts', 'Walkouts'],
  ])('%s reads "%s"', (name, heading) => {
    expect(tableHeading(name)).toBe(heading);
  });
});
