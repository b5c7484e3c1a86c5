// The owner's dashboard figures, one function per metric, exactly as PRODUCT.md "Metric definitions"
// words them. Each reads the walkout facts the database keeps exact (migration 0004) for the walk-in
// visits of a period, under the same filters.
import type { HeadlineDto } from '../../../shared/contract/dto';
import type { DashboardFilters } from '../../../shared/contract/schemas';
import type { Objection } from '../../../shared/domain/vocab';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';
import { MEASURES, SPEEDS, speedOf } from '../../db/rollups';
import { employeeNames } from '../employees/employees.repo';
import { cubeSource, reasonSource } from './cubeSource';

/** Named parameters of every query: absent filters are NULL and match everything. */
export function params(f: DashboardFilters) {
  return {
    from: f.from,
    to: f.to,
    employee: f.employeeId ?? null,
    category: f.category ?? null,
    objection: f.objection ?? null,
  };
}

export const IN_FILTER = `w.source = 'walk_in' AND w.visited_at >= @from AND w.visited_at < @to
  AND (@employee IS NULL OR w.employee_id = @employee)
  AND (@category IS NULL OR w.category = @category)
  AND (@objection IS NULL OR w.objection = @objection)`;

/** Speed to first contact, bucketed; "same day" is the visit's calendar day in store time. */
export const SPEED_BUCKET = speedOf('w');

const SOLD = "w.status = 'sold'";

/** The roll-up rows covering a period; every figure below sums them. */
function source(db: Db, f: DashboardFilters, timeZone: string, byMonth: boolean, needsEmployee = false) {
  const src = cubeSource(f, timeZone, byMonth, needsEmployee);
  return {
    all: <T>(select: string, tail = '') =>
      prepared(db, `SELECT ${select} FROM ${src.sql} ${tail}`).all(src.params) as T[],
  };
}

const TOTALS = MEASURES.map(([m]) => `coalesce(sum(${m}), 0) AS ${m}`).join(', ');
export type Totals = Record<string, number>;

/** Every measure summed over the period: the headline, speed and funnel figures read from one pass. */
export function totals(db: Db, f: DashboardFilters, timeZone: string): Totals {
  return source(db, f, timeZone, true).all<Totals>(TOTALS)[0];
}

/** A later visit of the same prospect inside the period and the filters (`extra` narrows it further). */
const laterVisit = (extra = '') => `EXISTS (SELECT 1 FROM walkouts l WHERE l.prospect_id = w.prospect_id
    AND l.source = 'walk_in' AND l.visited_at > w.visited_at AND l.visited_at < @to
    AND (@employee IS NULL OR l.employee_id = @employee)
    AND (@category IS NULL OR l.category = @category)
    AND (@objection IS NULL OR l.objection = @objection) ${extra})`;

/** Walk-in visits of the period whose person walks out again before it ends (their index holds every column read). */
const RETURNING = `FROM walkouts w INDEXED BY walkouts_returning
  WHERE w.next_visit_at IS NOT NULL AND w.next_visit_at < @to AND w.visited_at >= @from AND w.visited_at < @to
    AND (@employee IS NULL OR w.employee_id = @employee)
    AND (@category IS NULL OR w.category = @category)
    AND (@objection IS NULL OR w.objection = @objection)`;

/**
 * By unique prospect: each person once, sold if any of their visits was. The visits less those whose
 * person walks out again later in the period. Unfiltered, the next visit decides it from the index
 * alone; under a filter the next visit that matches it is looked for.
 */
export function people(db: Db, f: DashboardFilters, t: Totals): HeadlineDto['people'] {
  const filtered = [f.employeeId, f.category, f.objection].some((v) => (v ?? null) !== null);
  const count = (where: string) =>
    prepared(db, `SELECT count(*) ${RETURNING} ${where}`).pluck().get(params(f)) as number;
  return {
    walkouts: t.walkouts - count(filtered ? `AND ${laterVisit()}` : ''),
    // A person sold on two visits is one person sold.
    sold: t.sold - count(`AND ${SOLD} AND ${laterVisit("AND l.status = 'sold'")}`),
  };
}

/** Walkouts, contact capture, compliance, callback conversion by closer, value saved, survey saves. */
export function headline(t: Totals, byPerson: HeadlineDto['people']): HeadlineDto {
  return {
    walkouts: t.walkouts,
    withContact: t.with_contact,
    compliant: t.compliant,
    sold: t.sold,
    soldByCloser: { rep: t.sold_rep, manager_save: t.sold_manager_save, partner: t.sold_partner },
    valueSavedCents: t.value_cents,
    // Manager save rate = manager-save sales ÷ completed manager survey calls.
    surveysCompleted: t.surveys,
    managerSaves: t.sold_manager_save,
    people: byPerson,
  };
}

/** Commission owed = credits not yet marked paid (all periods), for one rep or everyone. */
export function commissionOwed(db: Db, employeeId: number | null): number {
  return prepared(
    db,
    'SELECT coalesce(sum(amount_cents), 0) FROM save_credits WHERE paid_at IS NULL AND (? IS NULL OR employee_id = ?)',
  )
    .pluck()
    .get(employeeId, employeeId) as number;
}

/** Conversion by local day (or month, for long periods), split by closer; the service folds the buckets. */
export function conversionTrend(db: Db, f: DashboardFilters, timeZone: string, byMonth: boolean) {
  return source(db, f, timeZone, byMonth).all<{
    d: number | null;
    mo: number | null;
    walkouts: number;
    rep: number;
    manager_save: number;
    partner: number;
  }>(
    'd, mo, sum(walkouts) AS walkouts, sum(sold_rep) AS rep, sum(sold_manager_save) AS manager_save, sum(sold_partner) AS partner',
    'GROUP BY d, mo',
  );
}

/** Conversion by employee, with contact capture and follow-up compliance beside it. */
export function byEmployee(db: Db, f: DashboardFilters, timeZone: string) {
  const names = employeeNames(db);
  return source(db, f, timeZone, true, true)
    .all<{ employeeId: number; walkouts: number; withContact: number; compliant: number; sold: number }>(
      `employee_id AS employeeId, sum(walkouts) AS walkouts, sum(with_contact) AS withContact,
       sum(compliant) AS compliant, sum(sold) AS sold`,
      'GROUP BY employee_id HAVING sum(walkouts) > 0',
    )
    .map((r) => ({ ...r, name: names.get(r.employeeId) ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Walkouts and conversion per speed-to-first-contact bucket. */
export function speedToFirstContact(t: Totals) {
  return SPEEDS.map((bucket) => ({
    bucket,
    walkouts: t[`speed_${bucket}`],
    sold: t[`sold_${bucket}`],
  })).filter((b) => b.walkouts > 0);
}

/** Conversion by the rep's recorded objection. */
export function byObjection(db: Db, f: DashboardFilters, timeZone: string) {
  return source(db, f, timeZone, true).all<{ objection: Objection; walkouts: number; sold: number }>(
    'objection, sum(walkouts) AS walkouts, sum(sold) AS sold',
    'GROUP BY objection HAVING sum(walkouts) > 0',
  );
}

/** The funnel: walkouts → contact captured → reached → appointment or came back → sold. */
export function funnel(t: Totals) {
  return {
    walkouts: t.walkouts,
    withContact: t.with_contact,
    reached: t.reached,
    appointmentOrBack: t.appt_or_back,
    sold: t.sold,
  };
}

/** Conversion by reason used: walkouts an attempt used the reason on, and of those, sold after it. */
export function byReason(db: Db, f: DashboardFilters, timeZone: string) {
  const src = reasonSource(f, timeZone);
  if (src) {
    return prepared(
      db,
      `SELECT s.reason_id AS reasonId, r.text, sum(s.walkouts) AS walkouts, sum(s.sold) AS sold
         FROM ${src.sql} s JOIN reasons r ON r.id = s.reason_id
        GROUP BY s.reason_id HAVING sum(s.walkouts) > 0 ORDER BY walkouts DESC, s.reason_id`,
    ).all(src.params) as { reasonId: number; text: string; walkouts: number; sold: number }[];
  }
  // Two filters together: read the reason pairs of the period's walkouts.
  return prepared(
    db,
    `SELECT r.id AS reasonId, r.text, count(*) AS walkouts, sum(${SOLD} AND w.sold_at >= p.first_used_at) AS sold
       FROM walkout_reasons p JOIN walkouts w ON w.id = p.walkout_id JOIN reasons r ON r.id = p.reason_id
      WHERE ${IN_FILTER} GROUP BY r.id ORDER BY walkouts DESC, r.id`,
  ).all(params(f)) as { reasonId: number; text: string; walkouts: number; sold: number }[];
}

export function categories(db: Db): string[] {
  return prepared(db, "SELECT DISTINCT category FROM walkouts WHERE category <> '' ORDER BY category")
    .pluck()
    .all() as string[];
}
