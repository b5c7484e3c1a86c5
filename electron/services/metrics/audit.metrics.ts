// The manager's audit figures, one function per metric, each exactly as PRODUCT.md defines it, counted
// per employee. The drill-down lists use the same conditions, so a figure and its list never disagree.
import type { AuditList } from '../../../shared/contract/schemas';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';
import { supersededSql } from '../walkouts/walkouts.repo';

export const DAY_MS = 86_400_000;

export interface Period {
  from: number;
  to: number;
}

/** Visits the rep logged: walk-ins only (a referred friend or a partner's lead is not a visit). */
const LOGGED = `w.source = 'walk_in' AND w.visited_at >= @from AND w.visited_at < @to`;
// The walkout's facts, kept by migration 0004's triggers in the same transaction as every write: whether
// the prospect has a phone or e-mail, and the first completed attempt by the owner's side (the manager's
// survey is not the rep's attempt). Read from the row, not worked out again from prospects and calls.
const HAS_CONTACT = 'w.has_contact = 1';
const FIRST_ATTEMPT = 'w.first_attempt_at';
const NEXT_STEP = `(w.next_step_text <> '' OR w.next_step_at IS NOT NULL)`;
/**
 * Open leads the owner could call that have nothing on the calendar (cadence rule 5). A visit superseded by
 * a newer one of the same prospect is not one of them: the newer visit holds the person's call.
 */
const WITHOUT_NEXT_CALL = `w.status IN ('open', 'not_now') AND ${HAS_CONTACT} AND p.do_not_contact = 0
   AND p.contact_ok = 1 AND NOT EXISTS (SELECT 1 FROM follow_ups o WHERE o.walkout_id = w.id
   AND o.status = 'open' AND o.purpose <> 'manager_survey') AND NOT ${supersededSql('w')}`;
const SURVEYED = 'w.survey_objection IS NOT NULL';
const DISAGREES = `${SURVEYED} AND w.survey_objection <> w.objection`;

/** Conditions of each drill-down list over walkouts w joined to prospects p. */
export const LIST_CONDITIONS: Record<Exclude<AuditList, 'overdue'>, string> = {
  all: LOGGED,
  no_contact: `${LOGGED} AND NOT ${HAS_CONTACT}`,
  late_first_attempt: `${LOGGED} AND ${HAS_CONTACT} AND coalesce(${FIRST_ATTEMPT} > w.visited_at + ${DAY_MS}, 1)`,
  no_next_step: `${LOGGED} AND NOT ${NEXT_STEP}`,
  without_next_call: WITHOUT_NEXT_CALL,
  survey_disagrees: `${LOGGED} AND ${DISAGREES}`,
};

type PerEmployee = Map<number, number>;

function countBy(db: Db, where: string, params: Partial<Period>): PerEmployee {
  const rows = prepared(
    db,
    `SELECT w.employee_id, count(*) FROM walkouts w JOIN prospects p ON p.id = w.prospect_id
      WHERE ${where} GROUP BY w.employee_id`,
  )
    .raw()
    .all(params) as [number, number][];
  return new Map(rows);
}

/** Walkouts logged in the period. */
export function walkoutsLogged(db: Db, p: Period): PerEmployee {
  return countBy(db, LOGGED, p);
}

/** Contact capture numerator: walkouts with a phone or email. */
export function walkoutsWithContact(db: Db, p: Period): PerEmployee {
  return countBy(db, `${LOGGED} AND ${HAS_CONTACT}`, p);
}

/** Follow-up compliance numerator: walkouts with contact whose first attempt was done within 24 h. */
export function firstAttemptWithin24h(db: Db, p: Period): PerEmployee {
  return countBy(db, `${LOGGED} AND ${HAS_CONTACT} AND ${FIRST_ATTEMPT} <= w.visited_at + ${DAY_MS}`, p);
}

/** Attempts per walkout numerator: completed owner-side attempts on the period's walkouts. */
export function attemptsMade(db: Db, p: Period): PerEmployee {
  const rows = prepared(
    db,
    `SELECT w.employee_id, count(*) FROM walkouts w JOIN follow_ups f ON f.walkout_id = w.id
      WHERE ${LOGGED} AND f.status = 'done' AND f.purpose <> 'manager_survey' GROUP BY w.employee_id`,
  )
    .raw()
    .all(p) as [number, number][];
  return new Map(rows);
}

/** Next step set rate numerator: walkouts with an agreed next step (what or when). */
export function nextStepSet(db: Db, p: Period): PerEmployee {
  return countBy(db, `${LOGGED} AND ${NEXT_STEP}`, p);
}

/** Overdue follow-ups now, on each person's calendar (any walkout, any period). */
export function overdueNow(db: Db, now: number): PerEmployee {
  const rows = prepared(
    db,
    "SELECT assignee_id, count(*) FROM follow_ups WHERE status = 'open' AND due_at < ? GROUP BY assignee_id",
  )
    .raw()
    .all(now) as [number, number][];
  return new Map(rows);
}

/** Open leads with no next call on the owner's calendar, now. */
export function withoutNextCall(db: Db): PerEmployee {
  return countBy(db, WITHOUT_NEXT_CALL, {});
}

/** Walkouts whose manager survey recorded what the prospect said. */
export function surveyed(db: Db, p: Period): PerEmployee {
  return countBy(db, `${LOGGED} AND ${SURVEYED}`, p);
}

/** Of those, where the prospect's reason differs from the rep's. */
export function surveyDisagrees(db: Db, p: Period): PerEmployee {
  return countBy(db, `${LOGGED} AND ${DISAGREES}`, p);
}
