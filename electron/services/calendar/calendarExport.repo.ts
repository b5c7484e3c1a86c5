// What a calendar file of one employee's open follow-ups needs: when, whom (first name), why, the phone.
import { sql } from 'kysely';
import type { Purpose } from '../../../shared/domain/vocab';
import { all, type Executor } from '../../db/store';

export interface OpenCallLine {
  id: number;
  dueAt: number;
  purpose: Purpose;
  firstName: string;
  phone: string | null;
}

/** Every open follow-up on the calendar, soonest first: the file holds the whole calendar, not a page. */
export async function openCallsOf(ex: Executor, assigneeId: number): Promise<OpenCallLine[]> {
  return all(
    ex,
    sql<OpenCallLine>`SELECT f.id, f.due_at AS "dueAt", f.purpose, p.first_name AS "firstName", p.phone
      FROM follow_ups f
      JOIN walkouts w ON w.id = f.walkout_id
      JOIN prospects p ON p.id = w.prospect_id
      WHERE f.assignee_id = ${assigneeId} AND f.status = 'open'
      ORDER BY f.due_at, f.id`,
  );
}
