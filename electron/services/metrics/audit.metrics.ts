// The manager's audit figures, one function per metric, each exactly as PRODUCT.md defines it, counted
// per employee. The drill-down lists use the same conditions, so a figure and its list never disagree.

import { type RawBuilder, sql } from 'kysely';
import type { AuditList } from '../../../shared/contract/schemas';
import { all, type Executor } from '../../db/store';
import { supersededSql } from '../walkouts/walkouts.repo';
import { calledWithin24h, dueForFirstCall, lateOrNeverCalled } from './compliance';

export interface Period {
  from: number;
  to: number;
}

/** Visits the rep logged: walk-ins only (a referred friend or a partner's lead is not a visit). */
const logged = (p: Period) =>
  sql`w.source = 'walk_in' AND w.visited_at >= ${p.from} AND w.visited_at < ${p.to}`;
// The walkout's facts, kept by migration 0004's triggers in the same transaction as every write: whether
// the prospect has a phone or e-mail, and the first completed attempt by the owner's side (the manager's
// survey is not the rep's attempt). Read from the row, not worked out again from prospects and calls.
const HAS_CONTACT = 'w.has_contact = 1';
const NEXT_STEP = `(w.next_step_text <> '' OR w.next_step_at IS NOT NULL)`;
/**
 * Open leads the owner could call that have nothing on the calendar (cadence rule 5). A visit superseded by
 * a newer one of the same prospect is not one of them: the newer visit holds the person's call.
 */
export const WITHOUT_NEXT_CALL = `w.status IN ('open', 'not_now') AND ${HAS_CONTACT} AND p.do_not_contact = 0
   AND p.contact_ok = 1 AND NOT EXISTS (SELECT 1 FROM follow_ups o WHERE o.walkout_id = w.id
   AND o.status = 'open' AND o.purpose <> 'manager_survey') AND NOT ${supersededSql('w')}`;
const SURVEYED = 'w.survey_objection IS NOT NULL';
const DISAGREES = `${SURVEYED} AND w.survey_objection <> w.objection`;

/** A fixed condition, joined to the period's. */
const loggedAnd = (p: Period, condition: string) => sql`${logged(p)} AND ${sql.raw(condition)}`;

/** Conditions of each drill-down list over walkouts w joined to prospects p, read at `now`. */
export const LIST_CONDITIONS: Record<
  Exclude<AuditList, 'overdue'>,
  (p: Period, now: number) => RawBuilder<unknown>
> = {
  all: logged,
  no_contact: (p) => loggedAnd(p, `NOT ${HAS_CONTACT}`),
  // The walkouts the compliance figure counts against the rep: due (24 h passed) and not called in time.
  late_first_attempt: (p, now) => sql`${logged(p)} AND ${lateOrNeverCalled(now)}`,
  no_next_step: (p) => loggedAnd(p, `NOT ${NEXT_STEP}`),
  without_next_call: () => sql.raw(WITHOUT_NEXT_CALL),
  survey_disagrees: (p) => loggedAnd(p, DISAGREES),
};

type PerEmployee = Map<number, number>;

async function countBy(ex: Executor, where: RawBuilder<unknown>): Promise<PerEmployee> {
  const rows = await all(
    ex,
    sql<{ id: number; n: number }>`SELECT w.employee_id AS id, count(*) AS n
      FROM walkouts w JOIN prospects p ON p.id = w.prospect_id
      WHERE ${where} GROUP BY w.employee_id`,
  );
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/** Walkouts logged in the period. */
export async function walkoutsLogged(ex: Executor, p: Period): Promise<PerEmployee> {
  return countBy(ex, logged(p));
}

/** Contact capture numerator: walkouts with a phone or email. */
export async function walkoutsWithContact(ex: Executor, p: Period): Promise<PerEmployee> {
  return countBy(ex, loggedAnd(p, HAS_CONTACT));
}

/** Follow-up compliance denominator at `now`: walkouts with contact whose 24 h have passed. */
export async function dueForFirstCallBy(ex: Executor, p: Period, now: number): Promise<PerEmployee> {
  return countBy(ex, sql`${logged(p)} AND ${dueForFirstCall(now)}`);
}

/** Follow-up compliance numerator: of those, the first attempt was done within 24 h. */
export async function firstAttemptWithin24h(ex: Executor, p: Period, now: number): Promise<PerEmployee> {
  return countBy(ex, sql`${logged(p)} AND ${calledWithin24h(now)}`);
}

/** Attempts per walkout numerator: completed owner-side attempts on the period's walkouts. */
export async function attemptsMade(ex: Executor, p: Period): Promise<PerEmployee> {
  const rows = await all(
    ex,
    sql<{ id: number; n: number }>`SELECT w.employee_id AS id, count(*) AS n
      FROM walkouts w JOIN follow_ups f ON f.walkout_id = w.id
      WHERE ${logged(p)} AND f.status = 'done' AND f.purpose <> 'manager_survey' GROUP BY w.employee_id`,
  );
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/** Next step set rate numerator: walkouts with an agreed next step (what or when). */
export async function nextStepSet(ex: Executor, p: Period): Promise<PerEmployee> {
  return countBy(ex, loggedAnd(p, NEXT_STEP));
}

/** Overdue follow-ups now, on each person's calendar (any walkout, any period). */
export async function overdueNow(ex: Executor, now: number): Promise<PerEmployee> {
  const rows = await all(
    ex,
    sql<{ id: number; n: number }>`SELECT assignee_id AS id, count(*) AS n FROM follow_ups
      WHERE status = 'open' AND due_at < ${now} GROUP BY assignee_id`,
  );
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/** Open leads with no next call on the owner's calendar, now. */
export async function withoutNextCall(ex: Executor): Promise<PerEmployee> {
  return countBy(ex, sql.raw(WITHOUT_NEXT_CALL));
}

/** Walkouts whose manager survey recorded what the prospect said. */
export async function surveyed(ex: Executor, p: Period): Promise<PerEmployee> {
  return countBy(ex, loggedAnd(p, SURVEYED));
}

/** Of those, where the prospect's reason differs from the rep's. */
export async function surveyDisagrees(ex: Executor, p: Period): Promise<PerEmployee> {
  return countBy(ex, loggedAnd(p, DISAGREES));
}
