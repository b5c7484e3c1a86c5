// SQL for undoing a logged outcome: the rows an outcome changes, read before it writes and written back as
// they were. Every value is the row's own column, so the undo restores the row, not an approximation of it.
import { sql } from 'kysely';
import type { Closer, Purpose, SurveyObjection, WalkoutStatus } from '../../../shared/domain/vocab';
import { all, type Executor, inList, one, run } from '../../db/store';

/** The walkout columns an outcome may change (its sale, status, survey answer and the dashboard facts). */
export interface WalkoutState {
  status: WalkoutStatus;
  statusChangedAt: number;
  soldAt: number | null;
  closer: Closer | null;
  closedBy: number | null;
  saleAmountCents: number | null;
  surveyObjection: SurveyObjection | null;
  surveyText: string;
  updatedAt: number;
  firstAttemptAt: number | null;
  reached: number;
  appointment: number;
  surveys: number;
}

export async function walkoutState(ex: Executor, id: number): Promise<WalkoutState> {
  const row = await one(
    ex,
    sql<WalkoutState>`SELECT status, status_changed_at AS "statusChangedAt", sold_at AS "soldAt", closer,
        closed_by_employee_id AS "closedBy", sale_amount_cents AS "saleAmountCents",
        survey_objection AS "surveyObjection", survey_text AS "surveyText", updated_at AS "updatedAt",
        first_attempt_at AS "firstAttemptAt", reached, appointment, surveys
      FROM walkouts WHERE id = ${id}`,
  );
  return row!;
}

export async function restoreWalkoutState(ex: Executor, id: number, s: WalkoutState): Promise<void> {
  await run(
    ex,
    sql`UPDATE walkouts SET status = ${s.status}, status_changed_at = ${s.statusChangedAt}, sold_at = ${s.soldAt},
        closer = ${s.closer}, closed_by_employee_id = ${s.closedBy}, sale_amount_cents = ${s.saleAmountCents},
        survey_objection = ${s.surveyObjection}, survey_text = ${s.surveyText}, updated_at = ${s.updatedAt},
        first_attempt_at = ${s.firstAttemptAt}, reached = ${s.reached}, appointment = ${s.appointment},
        surveys = ${s.surveys}
      WHERE id = ${id}`,
  );
}

/** A visit's status as do-not-contact found it (it loses every open visit of the person). */
export interface VisitStatus {
  id: number;
  status: WalkoutStatus;
  statusChangedAt: number;
  updatedAt: number;
}

export async function openVisitsOfProspect(ex: Executor, prospectId: number): Promise<VisitStatus[]> {
  return all(
    ex,
    sql<VisitStatus>`SELECT id, status, status_changed_at AS "statusChangedAt", updated_at AS "updatedAt"
      FROM walkouts WHERE prospect_id = ${prospectId} AND status IN ('open','not_now') ORDER BY id`,
  );
}

export async function restoreVisitStatus(ex: Executor, v: VisitStatus): Promise<void> {
  await run(
    ex,
    sql`UPDATE walkouts SET status = ${v.status}, status_changed_at = ${v.statusChangedAt},
        updated_at = ${v.updatedAt} WHERE id = ${v.id}`,
  );
}

export interface ProspectState {
  doNotContact: number;
  contactOk: number;
  updatedAt: number;
}

export async function prospectState(ex: Executor, id: number): Promise<ProspectState> {
  const row = await one(
    ex,
    sql<ProspectState>`SELECT do_not_contact AS "doNotContact", contact_ok AS "contactOk", updated_at AS "updatedAt"
      FROM prospects WHERE id = ${id}`,
  );
  return row!;
}

export async function restoreProspectState(ex: Executor, id: number, s: ProspectState): Promise<void> {
  await run(
    ex,
    sql`UPDATE prospects SET do_not_contact = ${s.doNotContact}, contact_ok = ${s.contactOk},
        updated_at = ${s.updatedAt} WHERE id = ${id}`,
  );
}

export async function openFollowUpIdsOfProspect(ex: Executor, prospectId: number): Promise<number[]> {
  const rows = await all(
    ex,
    sql<{ id: number }>`SELECT f.id FROM follow_ups f JOIN walkouts w ON w.id = f.walkout_id
      WHERE w.prospect_id = ${prospectId} AND f.status = 'open' ORDER BY f.id`,
  );
  return rows.map((r) => Number(r.id));
}

export async function cancelledAmong(ex: Executor, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await all(
    ex,
    sql<{
      id: number;
    }>`SELECT id FROM follow_ups WHERE id IN (${inList(ids)}) AND status = 'cancelled' ORDER BY id`,
  );
  return rows.map((r) => Number(r.id));
}

export async function reopenCancelled(ex: Executor, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  return run(
    ex,
    sql`UPDATE follow_ups SET status = 'open' WHERE id IN (${inList(ids)}) AND status = 'cancelled'`,
  );
}

/** The call open again as it was before its outcome: no outcome, completion or notes of the attempt. */
export async function reopenLogged(
  ex: Executor,
  id: number,
  before: { notes: string; message: string; reasonId: number | null },
): Promise<boolean> {
  const changed = await run(
    ex,
    sql`UPDATE follow_ups SET status = 'open', outcome = NULL, notes = ${before.notes}, message = ${before.message},
        reason_id = ${before.reasonId}, completed_at = NULL, completed_by = NULL
      WHERE id = ${id} AND status = 'done'`,
  );
  return changed === 1;
}

/** The next call an outcome booked, as it stands now (null when it is gone). */
export async function bookedCall(
  ex: Executor,
  id: number,
): Promise<{
  status: string;
  dueAt: number;
  purpose: Purpose;
  assigneeId: number;
  assigneeName: string;
} | null> {
  const row = await one(
    ex,
    sql<{ status: string; dueAt: number; purpose: Purpose; assigneeId: number; assigneeName: string }>`
      SELECT f.status, f.due_at AS "dueAt", f.purpose, f.assignee_id AS "assigneeId", e.name AS "assigneeName"
      FROM follow_ups f JOIN employees e ON e.id = f.assignee_id WHERE f.id = ${id}`,
  );
  return row ?? null;
}

/** Removed rather than cancelled: the call never happened, and a cancelled row would read as a call dropped. */
export async function deleteOpenCall(ex: Executor, id: number): Promise<number> {
  return run(ex, sql`DELETE FROM follow_ups WHERE id = ${id} AND status = 'open'`);
}

/** Something logged on the person after `since`: another call, a return visit or a newly booked call. */
export async function laterOnPerson(
  ex: Executor,
  prospectId: number,
  since: number,
  except: { followUpId: number; bookedId: number | null; walkoutId: number },
): Promise<{ kind: 'call' | 'visit' | 'booked'; at: number; name: string } | null> {
  const row = await one(
    ex,
    sql<{ kind: 'call' | 'visit' | 'booked'; at: number; name: string }>`
      SELECT kind, at, name FROM (
        SELECT 'call' AS kind, f.completed_at AS at, e.name AS name FROM follow_ups f
          JOIN walkouts w ON w.id = f.walkout_id JOIN employees e ON e.id = f.completed_by
          WHERE w.prospect_id = ${prospectId} AND f.status = 'done' AND f.id <> ${except.followUpId}
            AND f.completed_at >= ${since}
        UNION ALL
        SELECT 'visit', w.created_at, e.name FROM walkouts w JOIN employees e ON e.id = w.employee_id
          WHERE w.prospect_id = ${prospectId} AND w.id <> ${except.walkoutId} AND w.created_at >= ${since}
        UNION ALL
        SELECT 'booked', f.created_at, e.name FROM follow_ups f
          JOIN walkouts w ON w.id = f.walkout_id JOIN employees e ON e.id = f.assignee_id
          WHERE w.prospect_id = ${prospectId} AND f.created_at > ${since} AND f.id <> ${except.followUpId}
            AND f.id <> ${except.bookedId ?? 0}
      ) later ORDER BY at, CASE kind WHEN 'call' THEN 0 WHEN 'visit' THEN 1 ELSE 2 END LIMIT 1`,
  );
  return row ? { ...row, at: Number(row.at) } : null;
}

export async function reasonFirstUse(
  ex: Executor,
  walkoutId: number,
  reasonId: number,
): Promise<number | null> {
  const row = await one(
    ex,
    sql<{ at: number }>`SELECT first_used_at AS at FROM walkout_reasons
      WHERE walkout_id = ${walkoutId} AND reason_id = ${reasonId}`,
  );
  return row ? Number(row.at) : null;
}

/**
 * The reason pair back to what it was. A pair the outcome created is deleted; no trigger takes a deleted
 * pair out of the reason roll-ups, so the walkout leaves the roll-ups for that moment (its source set to
 * another value fires the triggers that subtract it) and comes back without the pair: exact on both engines,
 * with the same triggers the rest of the app relies on.
 */
export async function restoreReasonPair(
  ex: Executor,
  walkoutId: number,
  reasonId: number,
  firstUsedAt: number | null,
): Promise<void> {
  if (firstUsedAt !== null) {
    await run(
      ex,
      sql`UPDATE walkout_reasons SET first_used_at = ${firstUsedAt}
        WHERE walkout_id = ${walkoutId} AND reason_id = ${reasonId} AND first_used_at <> ${firstUsedAt}`,
    );
    return;
  }
  const row = await one(ex, sql<{ source: string }>`SELECT source FROM walkouts WHERE id = ${walkoutId}`);
  const source = row!.source;
  const counted = source === 'walk_in';
  if (counted) await run(ex, sql`UPDATE walkouts SET source = 'referral' WHERE id = ${walkoutId}`);
  await run(ex, sql`DELETE FROM walkout_reasons WHERE walkout_id = ${walkoutId} AND reason_id = ${reasonId}`);
  if (counted) await run(ex, sql`UPDATE walkouts SET source = ${source} WHERE id = ${walkoutId}`);
}

export async function creditPaidAt(ex: Executor, id: number): Promise<{ paidAt: number | null } | null> {
  const row = await one(
    ex,
    sql<{ paidAt: number | null }>`SELECT paid_at AS "paidAt" FROM save_credits WHERE id = ${id}`,
  );
  return row ?? null;
}

export async function deleteCredit(ex: Executor, id: number): Promise<void> {
  await run(ex, sql`DELETE FROM save_credits WHERE id = ${id} AND paid_at IS NULL`);
}

/** An employee's latest audit line on a call since `since`: a logged outcome, or an undo of one. */
export async function latestCallAudit(
  ex: Executor,
  employeeId: number,
  since: number,
): Promise<{ followUpId: number; at: number; detail: string } | null> {
  const row = await one(
    ex,
    sql<{ followUpId: number; at: number; detail: string }>`SELECT entity_id AS "followUpId", at, detail
      FROM audit_log WHERE employee_id = ${employeeId} AND entity = 'follow_up' AND at >= ${since}
      ORDER BY id DESC LIMIT 1`,
  );
  return row ? { ...row, followUpId: Number(row.followUpId), at: Number(row.at) } : null;
}
