// The owner's dashboard figures, one function per metric, exactly as PRODUCT.md "Metric definitions"
// words them. Each reads the walkout facts the database keeps exact (migration 0004) for the walk-in
// visits of a period, under the same filters.

import { type RawBuilder, sql } from 'kysely';
import type { HeadlineDto } from '../../../shared/contract/dto';
import type { DashboardFilters } from '../../../shared/contract/schemas';
import type { Objection } from '../../../shared/domain/vocab';
import { indexedBy } from '../../db/dialect';
import { FUNNEL_STAGES, MEASURES, SPEEDS, speedOf } from '../../db/rollups';
import { all, type Executor, matches, one } from '../../db/store';
import { employeeNames } from '../employees/employees.repo';
import { DAY_MS, firstCallAhead, firstCallNotDue, tooRecentToJudge, UNCALLED } from './compliance';
import { cubeSource, reasonSource } from './cubeSource';

/** The filters over a walkouts row R (w, or l for a later visit): absent ones match everything. */
const filtersOf = (r: string, f: DashboardFilters) => sql`${matches(`${r}.employee_id`, f.employeeId ?? null)}
  AND ${matches(`${r}.category`, f.category ?? null)}
  AND ${matches(`${r}.objection`, f.objection ?? null)}`;

/** The walk-in visits of the period under the filters, over walkouts w. */
export const inFilter = (f: DashboardFilters) =>
  sql`w.source = 'walk_in' AND w.visited_at >= ${f.from} AND w.visited_at < ${f.to} AND ${filtersOf('w', f)}`;

/**
 * Speed to first contact of walkout w at `now`: the roll-ups' bucket, with "never" split into "not yet due"
 * as the read time decides; 'no_contact' for walkouts that left no phone or email.
 */
export const speedBucketAt = (now: number) =>
  sql`CASE WHEN ${firstCallNotDue(now)} THEN 'not_yet_due' ELSE ${sql.raw(speedOf('w'))} END`;

const SOLD = "w.status = 'sold'";

/** The roll-up rows covering a period; every figure below sums them. */
function source(
  ex: Executor,
  f: DashboardFilters,
  timeZone: string,
  byMonth: boolean,
  needsEmployee = false,
) {
  const src = cubeSource(f, timeZone, byMonth, needsEmployee);
  return {
    all: <T>(select: string, tail = '') =>
      all(ex, sql<T>`SELECT ${sql.raw(select)} FROM ${src.sql} AS cube ${sql.raw(tail)}`),
  };
}

const TOTALS = MEASURES.map(([m]) => `coalesce(sum(${m}), 0) AS ${m}`).join(', ');
export type Totals = Record<string, number>;

/** Every measure summed over the period: the headline, speed and funnel figures read from one pass. */
export async function totals(ex: Executor, f: DashboardFilters, timeZone: string): Promise<Totals> {
  return (await source(ex, f, timeZone, true).all<Totals>(TOTALS))[0];
}

/** A later visit of the same prospect inside the period and the filters (`extra` narrows it further). */
const laterVisit = (f: DashboardFilters, extra = '') => sql`EXISTS (SELECT 1 FROM walkouts l
    WHERE l.prospect_id = w.prospect_id AND l.source = 'walk_in' AND l.visited_at > w.visited_at
    AND l.visited_at < ${f.to} AND ${filtersOf('l', f)} ${sql.raw(extra)})`;

/** Walk-in visits of the period whose person walks out again before it ends (their index holds every column read). */
const returning = (
  ex: Executor,
  f: DashboardFilters,
) => sql`FROM walkouts w${indexedBy(ex, 'walkouts_returning')}
  WHERE w.next_visit_at IS NOT NULL AND w.next_visit_at < ${f.to} AND w.visited_at >= ${f.from}
    AND w.visited_at < ${f.to} AND ${filtersOf('w', f)}`;

/**
 * By unique prospect: each person once, sold if any of their visits was. The visits less those whose
 * person walks out again later in the period. Unfiltered, the next visit decides it from the index
 * alone; under a filter the next visit that matches it is looked for.
 */
export async function people(ex: Executor, f: DashboardFilters, t: Totals): Promise<HeadlineDto['people']> {
  const filtered = [f.employeeId, f.category, f.objection].some((v) => (v ?? null) !== null);
  const count = async (where: RawBuilder<unknown>) =>
    Number((await one(ex, sql<{ n: number }>`SELECT count(*) AS n ${returning(ex, f)} ${where}`))?.n ?? 0);
  return {
    walkouts: t.walkouts - (await count(filtered ? sql`AND ${laterVisit(f)}` : sql``)),
    // A person sold on two visits is one person sold.
    sold: t.sold - (await count(sql`AND ${sql.raw(SOLD)} AND ${laterVisit(f, "AND l.status = 'sold'")}`)),
  };
}

/** Per employee, the period's visits too recent to judge for compliance, as the roll-ups counted them. */
export type TooRecent = Map<number, { withContact: number; compliant: number }>;

/**
 * The period's visits of the last 24 h (a handful: walkouts_visited finds them): the roll-ups counted them in
 * with_contact and compliant, but compliance at `now` leaves them out of both sides (see compliance.ts).
 */
export async function tooRecent(ex: Executor, f: DashboardFilters, now: number): Promise<TooRecent> {
  const rows = await all(
    ex,
    sql<{ id: number; with_contact: number; compliant: number }>`SELECT w.employee_id AS id,
        sum(CASE WHEN w.has_contact = 1 THEN 1 ELSE 0 END) AS with_contact,
        sum(CASE WHEN w.has_contact = 1 AND w.first_attempt_at <= w.visited_at + ${DAY_MS} THEN 1 ELSE 0 END) AS compliant
       FROM walkouts w WHERE ${inFilter(f)} AND ${tooRecentToJudge(now)} GROUP BY w.employee_id`,
  );
  return new Map(
    rows.map((r) => [r.id, { withContact: Number(r.with_contact), compliant: Number(r.compliant) }]),
  );
}

const sumRecent = (recent: TooRecent) =>
  [...recent.values()].reduce(
    (s, r) => ({ withContact: s.withContact + r.withContact, compliant: s.compliant + r.compliant }),
    { withContact: 0, compliant: 0 },
  );

/** Walkouts, contact capture, compliance, callback conversion by closer, value saved, survey saves. */
export function headline(t: Totals, byPerson: HeadlineDto['people'], recent: TooRecent): HeadlineDto {
  const young = sumRecent(recent);
  return {
    walkouts: t.walkouts,
    withContact: t.with_contact,
    dueForFirstCall: t.with_contact - young.withContact,
    compliant: t.compliant - young.compliant,
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
export async function commissionOwed(ex: Executor, employeeId: number | null): Promise<number> {
  const row = await one(
    ex,
    sql<{ owed: number }>`SELECT coalesce(sum(amount_cents), 0) AS owed FROM save_credits
      WHERE paid_at IS NULL AND ${matches('employee_id', employeeId)}`,
  );
  return Number(row?.owed ?? 0);
}

/** Conversion by local day (or month, for long periods), split by closer; the service folds the buckets. */
export async function conversionTrend(ex: Executor, f: DashboardFilters, timeZone: string, byMonth: boolean) {
  return source(ex, f, timeZone, byMonth).all<{
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
export async function byEmployee(ex: Executor, f: DashboardFilters, timeZone: string, recent: TooRecent) {
  const names = await employeeNames(ex);
  const rows = await source(ex, f, timeZone, true, true).all<{
    employeeId: number;
    walkouts: number;
    withContact: number;
    compliant: number;
    sold: number;
  }>(
    `employee_id AS "employeeId", sum(walkouts) AS walkouts, sum(with_contact) AS "withContact",
       sum(compliant) AS compliant, sum(sold) AS sold`,
    'GROUP BY employee_id HAVING sum(walkouts) > 0',
  );
  return rows
    .map((r) => {
      const young = recent.get(r.employeeId) ?? { withContact: 0, compliant: 0 };
      return {
        employeeId: r.employeeId,
        name: names.get(r.employeeId) ?? '',
        walkouts: Number(r.walkouts),
        withContact: Number(r.withContact),
        dueForFirstCall: Number(r.withContact) - young.withContact,
        compliant: Number(r.compliant) - young.compliant,
        sold: Number(r.sold),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Walkouts with contact and no attempt in the period whose first call is still ahead of `now`, and of those
 * sold. Read from the calls ahead (follow_ups_first_call_ahead: a handful, today's and agreed next steps), not
 * from the walkouts never called, which over years can be a hundred thousand; each walkout once, however many
 * of its first calls are ahead (one cancelled, one put back).
 */
export async function notYetDue(ex: Executor, f: DashboardFilters, now: number) {
  const row = await one(
    ex,
    sql<{ n: number; sold: number }>`SELECT count(*) AS n,
        coalesce(sum(CASE WHEN ${sql.raw(SOLD)} THEN 1 ELSE 0 END), 0) AS sold
       FROM walkouts w
      WHERE w.id IN (SELECT d.walkout_id FROM follow_ups d${indexedBy(ex, 'follow_ups_first_call_ahead')}
                      WHERE ${firstCallAhead(now)})
        AND ${inFilter(f)} AND ${sql.raw(UNCALLED)}`,
  );
  return { walkouts: Number(row?.n ?? 0), sold: Number(row?.sold ?? 0) };
}

/** Walkouts and conversion per speed-to-first-contact bucket; "never" less those not due yet. */
export function speedToFirstContact(t: Totals, pending: { walkouts: number; sold: number }) {
  const rolled = SPEEDS.map((bucket) => ({
    bucket,
    walkouts: t[`speed_${bucket}`] - (bucket === 'never' ? pending.walkouts : 0),
    sold: t[`sold_${bucket}`] - (bucket === 'never' ? pending.sold : 0),
  }));
  const notYet = { bucket: 'not_yet_due' as const, ...pending };
  return [...rolled.slice(0, -1), notYet, ...rolled.slice(-1)].filter((b) => b.walkouts > 0);
}

/** Walkouts that left no phone or email: counted apart from the speed buckets. */
export function noContactDetails(t: Totals) {
  return { walkouts: t.speed_no_contact, sold: t.sold_no_contact };
}

/** Conversion by the rep's recorded objection. */
export async function byObjection(ex: Executor, f: DashboardFilters, timeZone: string) {
  return source(ex, f, timeZone, true).all<{ objection: Objection; walkouts: number; sold: number }>(
    'objection, sum(walkouts) AS walkouts, sum(sold) AS sold',
    // In one order on both engines: PostgreSQL's grouping hands rows back in any order.
    'GROUP BY objection HAVING sum(walkouts) > 0 ORDER BY objection',
  );
}

/** The funnel, nested: walkouts → contact captured → reached → appointment or came back → sold, each
 * stage counting the walkouts that reached it or any later one (rollups.ts FUNNEL_STAGES). */
export function funnel(t: Totals) {
  return {
    walkouts: t.walkouts,
    withContact: t.funnel_contact,
    reached: t.funnel_reached,
    appointmentOrBack: t.funnel_appt,
    sold: t.sold,
  };
}

/** A funnel stage's condition over walkouts w, or null for a stage that does not exist. */
export function funnelStage(stage: string): string | null {
  return Object.hasOwn(FUNNEL_STAGES, stage) ? FUNNEL_STAGES[stage as keyof typeof FUNNEL_STAGES]('w') : null;
}

/** Conversion by reason used: walkouts an attempt used the reason on, and of those, sold after it. */
type ReasonFigures = { reasonId: number; text: string; walkouts: number; sold: number };

export async function byReason(
  ex: Executor,
  f: DashboardFilters,
  timeZone: string,
): Promise<ReasonFigures[]> {
  const src = reasonSource(f, timeZone);
  if (src) {
    return all(
      ex,
      sql<ReasonFigures>`SELECT s.reason_id AS "reasonId", r.text, sum(s.walkouts) AS walkouts, sum(s.sold) AS sold
         FROM ${src.sql} s JOIN reasons r ON r.id = s.reason_id
        GROUP BY s.reason_id, r.text HAVING sum(s.walkouts) > 0 ORDER BY walkouts DESC, s.reason_id`,
    );
  }
  // Two filters together: read the reason pairs of the period's walkouts.
  // A CASE, not a bare condition: PostgreSQL does not sum booleans (SQLite sums them as 0 or 1).
  return all(
    ex,
    sql<ReasonFigures>`SELECT r.id AS "reasonId", r.text, count(*) AS walkouts,
         sum(CASE WHEN ${sql.raw(SOLD)} AND w.sold_at >= p.first_used_at THEN 1 ELSE 0 END) AS sold
       FROM walkout_reasons p JOIN walkouts w ON w.id = p.walkout_id JOIN reasons r ON r.id = p.reason_id
      WHERE ${inFilter(f)} GROUP BY r.id, r.text ORDER BY walkouts DESC, r.id`,
  );
}

/**
 * The categories walkouts use, in order. One index seek per category (walking walkouts_category from each
 * to the next) rather than `SELECT DISTINCT`: PostgreSQL has no skip scan, so DISTINCT read all million
 * index entries on every dashboard (about 0.3 s); SQLite skips ahead by itself, and walks this the same way.
 */
export async function categories(ex: Executor): Promise<string[]> {
  const rows = await all(
    ex,
    sql<{ category: string }>`WITH RECURSIVE c(category) AS (
         SELECT min(category) FROM walkouts WHERE category > ''
         UNION ALL
         SELECT (SELECT min(w.category) FROM walkouts w WHERE w.category > c.category) FROM c
          WHERE c.category IS NOT NULL
       )
       SELECT category FROM c WHERE category IS NOT NULL ORDER BY category`,
  );
  return rows.map((r) => r.category);
}
