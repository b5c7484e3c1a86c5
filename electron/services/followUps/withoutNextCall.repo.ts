// Open leads with no next call booked (cadence rule 5), listed by the audit's own condition so the desk's
// list and the audit's "open leads with no call" figure never disagree.
import { sql } from 'kysely';
import type { WithoutNextCallDto } from '../../../shared/contract/dto';
import type { Channel, Outcome, WalkoutStatus } from '../../../shared/domain/vocab';
import { all, type Executor, one } from '../../db/store';
import { WITHOUT_NEXT_CALL } from '../metrics/audit.metrics';

/** The list's row as shown, less what the service works out (the channel, the slot) from the contact. */
export type WithoutNextCallRow = Omit<WithoutNextCallDto, 'lastCall' | 'channel' | 'suggestedDueAt'> & {
  preferredChannel: Channel;
  phone: string | null;
  email: string | null;
  lastStatus: 'done' | 'cancelled' | null;
  lastOutcome: Outcome | null;
  lastAt: number | null;
};

// The walkout's last owner-side call (a manager survey runs beside the cadence and tells nothing of it),
// found once per walkout and joined by its id.
const LAST_CALL = `(SELECT c.id FROM follow_ups c WHERE c.walkout_id = w.id AND c.purpose <> 'manager_survey'
   ORDER BY coalesce(c.completed_at, c.due_at) DESC, c.id DESC LIMIT 1)`;

/** Every such lead of one employee (their own, as owner of the lead), or of the whole store; oldest visit first. */
export async function walkoutsWithoutNextCall(
  ex: Executor,
  employeeId: number | null,
): Promise<WithoutNextCallRow[]> {
  const whose = employeeId === null ? sql`` : sql`AND w.employee_id = ${employeeId}`;
  return all(
    ex,
    sql<WithoutNextCallRow>`SELECT w.id AS "walkoutId", trim(p.first_name || ' ' || p.last_name) AS "prospectName",
            w.visited_at AS "visitedAt", w.product, w.objection, w.status, w.employee_id AS "employeeId",
            e.name AS "employeeName", p.preferred_channel AS "preferredChannel", p.phone, p.email,
            l.status AS "lastStatus", l.outcome AS "lastOutcome", coalesce(l.completed_at, l.due_at) AS "lastAt"
       FROM walkouts w JOIN prospects p ON p.id = w.prospect_id JOIN employees e ON e.id = w.employee_id
       LEFT JOIN follow_ups l ON l.id = ${sql.raw(LAST_CALL)}
      WHERE ${sql.raw(WITHOUT_NEXT_CALL)} ${whose}
      ORDER BY w.visited_at, w.id`,
  );
}

/** One walkout: whether the list holds it, and the facts that say why not when it doesn't. */
export interface PutBackCheck {
  listed: number;
  status: WalkoutStatus;
  employeeId: number;
  openCalls: number;
  doNotContact: number;
  reachable: number;
  preferredChannel: Channel;
  phone: string | null;
  email: string | null;
}

export async function putBackCheck(ex: Executor, walkoutId: number): Promise<PutBackCheck | undefined> {
  return one(
    ex,
    sql<PutBackCheck>`SELECT CASE WHEN ${sql.raw(WITHOUT_NEXT_CALL)} THEN 1 ELSE 0 END AS listed,
            w.status, w.employee_id AS "employeeId", p.do_not_contact AS "doNotContact",
            CASE WHEN w.has_contact = 1 AND p.contact_ok = 1 THEN 1 ELSE 0 END AS reachable,
            (SELECT count(*) FROM follow_ups o WHERE o.walkout_id = w.id AND o.status = 'open'
               AND o.purpose <> 'manager_survey') AS "openCalls",
            p.preferred_channel AS "preferredChannel", p.phone, p.email
       FROM walkouts w JOIN prospects p ON p.id = w.prospect_id WHERE w.id = ${walkoutId}`,
  );
}
