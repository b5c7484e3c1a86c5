// The owner's dashboard figures, one function per metric, exactly as PRODUCT.md "Metric definitions"
// words them. Each reads the walkout facts the database keeps exact (migration 0004) for the walk-in
// visits of a period, under the same filters.
import type { HeadlineDto, SpeedBucket } from '../../../shared/contract/dto';
import type { DashboardFilters } from '../../../shared/contract/schemas';
import type { Objection } from '../../../shared/domain/vocab';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';

const DAY = 86_400_000;

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

/** Follow-up compliance: first attempt done within 24 h of the visit. */
export const COMPLIANT = `(w.has_contact AND w.first_attempt_at <= w.visited_at + ${DAY})`;

/** Speed to first contact, bucketed; "same day" is the visit's calendar day in store time. */
export const SPEED_BUCKET = `CASE
  WHEN w.first_attempt_at IS NULL THEN 'never'
  WHEN w.first_attempt_at < w.visit_day_ends_at THEN 'same_day'
  WHEN w.first_attempt_at - w.visited_at < ${DAY} THEN 'lt_24h'
  WHEN w.first_attempt_at - w.visited_at < ${3 * DAY} THEN 'd1_3'
  WHEN w.first_attempt_at - w.visited_at < ${7 * DAY} THEN 'd3_7'
  ELSE 'gt_7d' END`;

const SOLD = "w.status = 'sold'";

/** Walkouts, contact capture, compliance, callback conversion by closer, value saved. */
export function headline(
  db: Db,
  f: DashboardFilters,
): Omit<HeadlineDto, 'surveysCompleted' | 'managerSaves'> {
  const r = prepared(
    db,
    `SELECT count(*) AS walkouts, coalesce(sum(w.has_contact), 0) AS withContact,
            coalesce(sum(${COMPLIANT}), 0) AS compliant, coalesce(sum(${SOLD}), 0) AS sold,
            coalesce(sum(${SOLD} AND w.closer = 'rep'), 0) AS rep,
            coalesce(sum(${SOLD} AND w.closer = 'manager_save'), 0) AS managerSave,
            coalesce(sum(${SOLD} AND w.closer = 'partner'), 0) AS partner,
            coalesce(sum(CASE WHEN ${SOLD} THEN w.sale_amount_cents END), 0) AS value
       FROM walkouts w WHERE ${IN_FILTER}`,
  ).get(params(f)) as Record<string, number>;
  return {
    walkouts: r.walkouts,
    withContact: r.withContact,
    compliant: r.compliant,
    sold: r.sold,
    soldByCloser: { rep: r.rep, manager_save: r.managerSave, partner: r.partner },
    valueSavedCents: r.value,
  };
}

/** Manager save rate = manager-save sales ÷ completed manager survey calls (on the period's walkouts). */
export function managerSaveRate(
  db: Db,
  f: DashboardFilters,
): { surveysCompleted: number; managerSaves: number } {
  const r = prepared(
    db,
    `SELECT (SELECT count(*) FROM follow_ups s JOIN walkouts w ON w.id = s.walkout_id
              WHERE ${IN_FILTER} AND s.purpose = 'manager_survey' AND s.status = 'done') AS surveys,
            (SELECT count(*) FROM walkouts w WHERE ${IN_FILTER} AND ${SOLD} AND w.closer = 'manager_save') AS saves`,
  ).get(params(f)) as { surveys: number; saves: number };
  return { surveysCompleted: r.surveys, managerSaves: r.saves };
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

/** Conversion by store-local visit day, split by closer; the service folds days into weeks or months. */
export function conversionByDay(db: Db, f: DashboardFilters) {
  return prepared(
    db,
    `SELECT w.visit_day AS day, count(*) AS walkouts, coalesce(sum(${SOLD} AND w.closer = 'rep'), 0) AS rep,
            coalesce(sum(${SOLD} AND w.closer = 'manager_save'), 0) AS manager_save,
            coalesce(sum(${SOLD} AND w.closer = 'partner'), 0) AS partner
       FROM walkouts w WHERE ${IN_FILTER} GROUP BY w.visit_day ORDER BY w.visit_day`,
  ).all(params(f)) as { day: number; walkouts: number; rep: number; manager_save: number; partner: number }[];
}

/** Conversion by employee, with contact capture and follow-up compliance beside it. */
export function byEmployee(db: Db, f: DashboardFilters) {
  return prepared(
    db,
    `SELECT w.employee_id AS employeeId, e.name, count(*) AS walkouts, sum(w.has_contact) AS withContact,
            sum(${COMPLIANT}) AS compliant, sum(${SOLD}) AS sold
       FROM walkouts w JOIN employees e ON e.id = w.employee_id WHERE ${IN_FILTER}
      GROUP BY w.employee_id ORDER BY e.name`,
  ).all(params(f)) as {
    employeeId: number;
    name: string;
    walkouts: number;
    withContact: number;
    compliant: number;
    sold: number;
  }[];
}

/** Walkouts and conversion per speed-to-first-contact bucket. */
export function speedToFirstContact(db: Db, f: DashboardFilters) {
  return prepared(
    db,
    `SELECT ${SPEED_BUCKET} AS bucket, count(*) AS walkouts, sum(${SOLD}) AS sold
       FROM walkouts w WHERE ${IN_FILTER} GROUP BY bucket`,
  ).all(params(f)) as { bucket: SpeedBucket; walkouts: number; sold: number }[];
}

/** Conversion by the rep's recorded objection. */
export function byObjection(db: Db, f: DashboardFilters) {
  return prepared(
    db,
    `SELECT w.objection, count(*) AS walkouts, sum(${SOLD}) AS sold
       FROM walkouts w WHERE ${IN_FILTER} GROUP BY w.objection`,
  ).all(params(f)) as { objection: Objection; walkouts: number; sold: number }[];
}

/** Conversion by reason used: walkouts an attempt used the reason on, and of those, sold after it. */
export function byReason(db: Db, f: DashboardFilters) {
  return prepared(
    db,
    `SELECT r.id AS reasonId, r.text, count(DISTINCT w.id) AS walkouts,
            count(DISTINCT CASE WHEN ${SOLD} AND w.sold_at >= a.completed_at THEN w.id END) AS sold
       FROM follow_ups a JOIN walkouts w ON w.id = a.walkout_id JOIN reasons r ON r.id = a.reason_id
      WHERE ${IN_FILTER} AND a.status = 'done' AND a.reason_id IS NOT NULL
      GROUP BY r.id ORDER BY walkouts DESC, r.id`,
  ).all(params(f)) as { reasonId: number; text: string; walkouts: number; sold: number }[];
}

/** The funnel: walkouts → contact captured → reached → appointment or came back → sold. */
export function funnel(db: Db, f: DashboardFilters) {
  return prepared(
    db,
    `SELECT count(*) AS walkouts, coalesce(sum(w.has_contact), 0) AS withContact,
            coalesce(sum(w.reached), 0) AS reached,
            coalesce(sum(w.appointment OR w.came_back), 0) AS appointmentOrBack,
            coalesce(sum(${SOLD}), 0) AS sold
       FROM walkouts w WHERE ${IN_FILTER}`,
  ).get(params(f)) as {
    walkouts: number;
    withContact: number;
    reached: number;
    appointmentOrBack: number;
    sold: number;
  };
}

export function categories(db: Db): string[] {
  return prepared(db, "SELECT DISTINCT category FROM walkouts WHERE category <> '' ORDER BY category")
    .pluck()
    .all() as string[];
}
