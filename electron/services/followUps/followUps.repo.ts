// SQL for follow-ups: the entries of each employee's lead calendar.
import type { CalendarRowDto, FollowUpDto } from '../../../shared/contract/dto';
import type { Channel, FollowUpStatus, Outcome, Purpose } from '../../../shared/domain/vocab';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';
import { PROSPECT_COLS, type ProspectRow, toProspectDto } from '../prospects/prospects.repo';
import { toWalkoutDto, WALKOUT_COLS, WALKOUT_JOIN, type WalkoutRow } from '../walkouts/walkouts.repo';

interface FollowUpRow {
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

const FOLLOW_UP_COLS = `f.id AS f_id, f.walkout_id AS f_walkout_id, f.assignee_id, fa.name AS assignee_name, f.due_at,
  f.channel, f.purpose, f.status AS f_status, f.outcome, f.notes, f.message, f.reason_id, fr.text AS reason_text, f.completed_at,
  fc.name AS completed_by_name`;
const FOLLOW_UP_JOIN = `JOIN employees fa ON fa.id = f.assignee_id LEFT JOIN employees fc ON fc.id = f.completed_by
  LEFT JOIN reasons fr ON fr.id = f.reason_id`;

function toFollowUpDto(r: FollowUpRow): FollowUpDto {
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

export function getFollowUp(db: Db, id: number): FollowUpDto | null {
  const row = prepared(db, `SELECT ${FOLLOW_UP_COLS} FROM follow_ups f ${FOLLOW_UP_JOIN} WHERE f.id = ?`).get(
    id,
  ) as FollowUpRow | undefined;
  return row ? toFollowUpDto(row) : null;
}

export function followUpsOfWalkout(db: Db, walkoutId: number): FollowUpDto[] {
  const rows = prepared(
    db,
    `SELECT ${FOLLOW_UP_COLS} FROM follow_ups f ${FOLLOW_UP_JOIN} WHERE f.walkout_id = ?
       ORDER BY coalesce(f.completed_at, f.due_at), f.id`,
  ).all(walkoutId) as FollowUpRow[];
  return rows.map(toFollowUpDto);
}

export interface NewFollowUp {
  walkoutId: number;
  assigneeId: number;
  dueAt: number;
  channel: Channel;
  purpose: Purpose;
}

export function insertFollowUp(db: Db, f: NewFollowUp, at: number): number {
  const info = prepared(
    db,
    `INSERT INTO follow_ups (walkout_id, assignee_id, due_at, channel, purpose, status, created_at)
       VALUES (?, ?, ?, ?, ?, 'open', ?)`,
  ).run(f.walkoutId, f.assigneeId, f.dueAt, f.channel, f.purpose, at);
  return Number(info.lastInsertRowid);
}

export function completeFollowUp(
  db: Db,
  id: number,
  done: { outcome: Outcome; notes: string; message: string; reasonId: number | null; at: number; by: number },
): boolean {
  return (
    prepared(
      db,
      `UPDATE follow_ups SET status = 'done', outcome = ?, notes = ?, message = ?, reason_id = coalesce(?, reason_id),
         completed_at = ?, completed_by = ? WHERE id = ? AND status = 'open'`,
    ).run(done.outcome, done.notes, done.message, done.reasonId, done.at, done.by, id).changes === 1
  );
}

/** The owner's calendar entries of a walkout (a manager survey runs beside them and is left alone). */
export function cancelOpenOwnerFollowUps(db: Db, walkoutId: number): number {
  return prepared(
    db,
    "UPDATE follow_ups SET status = 'cancelled' WHERE walkout_id = ? AND status = 'open' AND purpose <> 'manager_survey'",
  ).run(walkoutId).changes;
}

export function cancelAllOpenFollowUps(db: Db, walkoutId: number): number {
  return prepared(
    db,
    "UPDATE follow_ups SET status = 'cancelled' WHERE walkout_id = ? AND status = 'open'",
  ).run(walkoutId).changes;
}

export function cancelOpenFollowUpsOfProspect(db: Db, prospectId: number): number {
  return prepared(
    db,
    `UPDATE follow_ups SET status = 'cancelled'
       WHERE status = 'open' AND walkout_id IN (SELECT id FROM walkouts WHERE prospect_id = ?)`,
  ).run(prospectId).changes;
}

export function reassignOpenFollowUps(
  db: Db,
  where: { walkoutId?: number; assigneeId?: number },
  to: number,
): number {
  if (where.walkoutId !== undefined) {
    return prepared(
      db,
      "UPDATE follow_ups SET assignee_id = ? WHERE walkout_id = ? AND status = 'open' AND purpose <> 'manager_survey'",
    ).run(to, where.walkoutId).changes;
  }
  return prepared(db, "UPDATE follow_ups SET assignee_id = ? WHERE assignee_id = ? AND status = 'open'").run(
    to,
    where.assigneeId,
  ).changes;
}

/** Open entries of one calendar due in [from, to), oldest first; the row carries the whole story line. */
export function calendarRows(
  db: Db,
  assigneeId: number,
  from: number,
  to: number,
  limit: number,
): CalendarRowDto[] {
  const rows = prepared(
    db,
    `SELECT ${FOLLOW_UP_COLS}, ${WALKOUT_COLS}, ${PROSPECT_COLS},
         (SELECT count(*) FROM follow_ups d WHERE d.walkout_id = f.walkout_id AND d.status = 'done') AS attempts
       FROM follow_ups f ${FOLLOW_UP_JOIN}
       JOIN walkouts w ON w.id = f.walkout_id ${WALKOUT_JOIN}
       JOIN prospects p ON p.id = w.prospect_id
       WHERE f.assignee_id = ? AND f.status = 'open' AND f.due_at >= ? AND f.due_at < ?
       ORDER BY f.due_at, f.id LIMIT ?`,
  ).all(assigneeId, from, to, limit) as (FollowUpRow & WalkoutRow & ProspectRow & { attempts: number })[];
  return rows.map((r) => ({
    followUp: toFollowUpDto(r),
    walkout: toWalkoutDto(r),
    prospect: toProspectDto(r),
    attemptsSoFar: r.attempts,
  }));
}
