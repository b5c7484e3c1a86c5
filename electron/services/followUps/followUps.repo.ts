// SQL for follow-ups: the calls on each employee's lead calendar, written and read one by one (the calendar's
// own reads are in calendar/calendarRows.repo.ts).

import { sql } from 'kysely';
import type { FollowUpDto } from '../../../shared/contract/dto';
import type { Channel, FollowUpStatus, Outcome, Purpose } from '../../../shared/domain/vocab';
import { all, type Executor, insertedId, one, run } from '../../db/store';

export interface FollowUpRow {
  f_id: number;
  f_walkout_id: number;
  assignee_id: number;
  assignee_name: string;
  due_at: number;
  channel: Channel;
  purpose: Purpose;
  f_status: FollowUpStatus;
  outcome: Outcome | null;
  notes: string;
  message: string;
  reason_id: number | null;
  reason_text: string | null;
  completed_at: number | null;
  completed_by_name: string | null;
}

export const FOLLOW_UP_COLS = `f.id AS f_id, f.walkout_id AS f_walkout_id, f.assignee_id, fa.name AS assignee_name, f.due_at,
  f.channel, f.purpose, f.status AS f_status, f.outcome, f.notes, f.message, f.reason_id, fr.text AS reason_text, f.completed_at,
  fc.name AS completed_by_name`;
export const FOLLOW_UP_JOIN = `JOIN employees fa ON fa.id = f.assignee_id LEFT JOIN employees fc ON fc.id = f.completed_by
  LEFT JOIN reasons fr ON fr.id = f.reason_id`;

export function toFollowUpDto(r: FollowUpRow): FollowUpDto {
  return {
    id: r.f_id,
    walkoutId: r.f_walkout_id,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    dueAt: r.due_at,
    channel: r.channel,
    purpose: r.purpose,
    status: r.f_status,
    outcome: r.outcome,
    notes: r.notes,
    message: r.message,
    reasonId: r.reason_id,
    reasonText: r.reason_text,
    completedAt: r.completed_at,
    completedByName: r.completed_by_name,
  };
}

export async function getFollowUp(ex: Executor, id: number): Promise<FollowUpDto | null> {
  const row = await one(
    ex,
    sql<FollowUpRow>`SELECT ${sql.raw(FOLLOW_UP_COLS)} FROM follow_ups f ${sql.raw(FOLLOW_UP_JOIN)} WHERE f.id = ${id}`,
  );
  return row ? toFollowUpDto(row) : null;
}

export async function followUpsOfWalkout(ex: Executor, walkoutId: number): Promise<FollowUpDto[]> {
  const rows = await all(
    ex,
    sql<FollowUpRow>`SELECT ${sql.raw(FOLLOW_UP_COLS)} FROM follow_ups f ${sql.raw(FOLLOW_UP_JOIN)}
       WHERE f.walkout_id = ${walkoutId} ORDER BY coalesce(f.completed_at, f.due_at), f.id`,
  );
  return rows.map(toFollowUpDto);
}

export interface NewFollowUp {
  walkoutId: number;
  assigneeId: number;
  dueAt: number;
  channel: Channel;
  purpose: Purpose;
}

export async function insertFollowUp(ex: Executor, f: NewFollowUp, at: number): Promise<number> {
  return insertedId(
    ex,
    sql`INSERT INTO follow_ups (walkout_id, assignee_id, due_at, channel, purpose, status, created_at)
       VALUES (${f.walkoutId}, ${f.assigneeId}, ${f.dueAt}, ${f.channel}, ${f.purpose}, 'open', ${at}) RETURNING id`,
  );
}

/**
 * A save-program walkout's survey call on the desk of the store's first active manager (the owner when
 * there is none), chosen and booked in one statement; none when that manager is the one who logged it.
 * Answers whether a survey was booked.
 */
export async function insertManagerSurvey(
  ex: Executor,
  s: { walkoutId: number; dueAt: number; loggedBy: number },
  at: number,
): Promise<boolean> {
  const booked = await run(
    ex,
    sql`INSERT INTO follow_ups (walkout_id, assignee_id, due_at, channel, purpose, status, created_at)
       SELECT ${s.walkoutId}, m.id, ${s.dueAt}, 'call', 'manager_survey', 'open', ${at}
       FROM (SELECT id FROM employees WHERE active = 1 AND role IN ('manager','owner')
             ORDER BY CASE role WHEN 'manager' THEN 0 ELSE 1 END, id LIMIT 1) m
       WHERE m.id <> ${s.loggedBy}`,
  );
  return booked === 1;
}

export async function completeFollowUp(
  ex: Executor,
  id: number,
  done: { outcome: Outcome; notes: string; message: string; reasonId: number | null; at: number; by: number },
): Promise<boolean> {
  const changed = await run(
    ex,
    sql`UPDATE follow_ups SET status = 'done', outcome = ${done.outcome}, notes = ${done.notes},
       message = ${done.message}, reason_id = coalesce(${done.reasonId}, reason_id), completed_at = ${done.at},
       completed_by = ${done.by} WHERE id = ${id} AND status = 'open'`,
  );
  return changed === 1;
}

/** The owner's calendar entries of a walkout (a manager survey runs beside them and is left alone). */
export async function cancelOpenOwnerFollowUps(ex: Executor, walkoutId: number): Promise<number> {
  return run(
    ex,
    sql`UPDATE follow_ups SET status = 'cancelled'
      WHERE walkout_id = ${walkoutId} AND status = 'open' AND purpose <> 'manager_survey'`,
  );
}

export async function cancelAllOpenFollowUps(ex: Executor, walkoutId: number): Promise<number> {
  return run(
    ex,
    sql`UPDATE follow_ups SET status = 'cancelled' WHERE walkout_id = ${walkoutId} AND status = 'open'`,
  );
}

export async function cancelOpenFollowUpsOfProspect(ex: Executor, prospectId: number): Promise<number> {
  return run(
    ex,
    sql`UPDATE follow_ups SET status = 'cancelled'
       WHERE status = 'open' AND walkout_id IN (SELECT id FROM walkouts WHERE prospect_id = ${prospectId})`,
  );
}

export async function reassignOpenFollowUps(
  ex: Executor,
  where: { walkoutId?: number; assigneeId?: number },
  to: number,
): Promise<number> {
  if (where.walkoutId !== undefined) {
    return run(
      ex,
      sql`UPDATE follow_ups SET assignee_id = ${to}
        WHERE walkout_id = ${where.walkoutId} AND status = 'open' AND purpose <> 'manager_survey'`,
    );
  }
  return run(
    ex,
    sql`UPDATE follow_ups SET assignee_id = ${to} WHERE assignee_id = ${where.assigneeId ?? null} AND status = 'open'`,
  );
}
