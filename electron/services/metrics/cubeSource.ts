// Which roll-up rows cover a period: whole months from the month cube, the days at either end from the
// day cube, and the category cubes when the category filter is set. Periods are whole local days.
import { type RawBuilder, sql } from 'kysely';
import type { DashboardFilters } from '../../../shared/contract/schemas';
import { fromLocalInput } from '../../../shared/domain/localInput';
import { dayKeyOf, localDay } from '../../../shared/domain/storeClock';
import { matches } from '../../db/store';
import { ValidationError } from '../errors';

const DAY = 86_400_000;

/** A subquery over roll-up rows, its values bound. */
export interface CubeRange {
  sql: RawBuilder<unknown>;
}

const monthOfDay = (day: number) => {
  const d = new Date(day * DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const firstDayOfMonth = (month: number) => Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY;

/** The local day numbers [first, last] of a period whose bounds are local midnights. */
export function periodDays(from: number, to: number, timeZone: string): { first: number; last: number } {
  const first = localDay(from, timeZone).day;
  const last = localDay(to - 1, timeZone).day;
  const midnight = (day: number) => fromLocalInput(`${dayKeyOf(day)}T00:00`, timeZone);
  if (midnight(first) !== from || midnight(last + 1) !== to) {
    throw new ValidationError('Dashboard periods run from midnight to midnight in the store’s time zone.');
  }
  return { first, last };
}

interface Tables {
  day: string;
  month: string;
  filters: RawBuilder<unknown>;
}

/** Whole months from the month table, the days at either end from the day table. */
function union(first: number, last: number, byMonth: boolean, t: Tables): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  const days = (from: number, to: number) => {
    parts.push(
      sql`SELECT day AS d, NULL AS mo, * FROM ${sql.raw(t.day)} WHERE day BETWEEN ${from} AND ${to} AND ${t.filters}`,
    );
  };
  const firstMonth = monthOfDay(first) + (firstDayOfMonth(monthOfDay(first)) === first ? 0 : 1);
  const lastMonth = monthOfDay(last) - (firstDayOfMonth(monthOfDay(last) + 1) - 1 === last ? 0 : 1);
  if (!byMonth || firstMonth > lastMonth) {
    days(first, last);
  } else {
    if (first < firstDayOfMonth(firstMonth)) days(first, firstDayOfMonth(firstMonth) - 1);
    parts.push(
      sql`SELECT NULL AS d, month AS mo, * FROM ${sql.raw(t.month)}
        WHERE month BETWEEN ${firstMonth} AND ${lastMonth} AND ${t.filters}`,
    );
    if (last >= firstDayOfMonth(lastMonth + 1)) days(firstDayOfMonth(lastMonth + 1), last);
  }
  return sql`(${sql.join(parts, sql` UNION ALL `)})`;
}

/**
 * A subquery of walkout roll-up rows (columns: d = local day or NULL, mo = month or NULL, employee_id,
 * objection, and every measure) covering exactly the period's days under the filters.
 */
export function cubeSource(
  f: DashboardFilters,
  timeZone: string,
  byMonth: boolean,
  needsEmployee = false,
): CubeRange {
  const { first, last } = periodDays(f.from, f.to, timeZone);
  const cat = f.category !== undefined;
  const withEmployee = cat || needsEmployee || f.employeeId !== undefined;
  const employee = withEmployee ? sql`${matches('employee_id', f.employeeId ?? null)} AND ` : sql``;
  const category = cat ? sql` AND category = ${f.category}` : sql``;
  const filters = sql`${employee}${matches('objection', f.objection ?? null)}${category}`;
  const tables = cat
    ? { day: 'dash_day_cat', month: 'dash_month_cat', filters }
    : withEmployee
      ? { day: 'dash_day', month: 'dash_month', filters }
      : { day: 'dash_day_obj', month: 'dash_month_obj', filters };
  return { sql: union(first, last, byMonth, tables) };
}

/**
 * Reason roll-up rows (reason_id, walkouts, sold) for the period, or null when two filters are set
 * together and the live query must answer.
 */
export function reasonSource(f: DashboardFilters, timeZone: string): CubeRange | null {
  const set = [f.employeeId, f.objection, f.category].filter((x) => x !== undefined).length;
  if (set > 1) return null;
  const { first, last } = periodDays(f.from, f.to, timeZone);
  const cube = (dim: string, column: string, value: string | number | null) => {
    const filters = value === null ? sql`1 = 1` : sql`${sql.raw(column)} = ${value}`;
    const tables = { day: `dash_reason_day_${dim}`, month: `dash_reason_month_${dim}`, filters };
    return { sql: union(first, last, true, tables) };
  };
  if (f.employeeId !== undefined) return cube('emp', 'employee_id', f.employeeId);
  if (f.category !== undefined) return cube('cat', 'category', f.category);
  return cube('obj', 'objection', f.objection ?? null);
}

export { firstDayOfMonth };
