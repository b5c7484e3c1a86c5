// First-contact calls still open a while after they fell due, across the whole team (the manager's desk).
import { sql } from 'kysely';
import type { FirstCallOverdueDto } from '../../../shared/contract/dto';
import { all, type Executor } from '../../db/store';

/** The desk lists the latest ones; a team this far behind has a bigger problem than a long list. */
export const OVERDUE_LIST_LIMIT = 200;

/** Open first-contact follow-ups due at or before `dueBy`, oldest first. */
export async function firstCallsDueBy(ex: Executor, dueBy: number): Promise<FirstCallOverdueDto[]> {
  // assignee_id IN (every employee) lets both engines walk follow_ups_calendar (assignee, status, due_at)
  // one employee at a time instead of scanning every follow-up the store ever had.
  return all(
    ex,
    sql<FirstCallOverdueDto>`SELECT f.id AS "followUpId", f.walkout_id AS "walkoutId", f.due_at AS "dueAt",
            trim(p.first_name || ' ' || p.last_name) AS "prospectName",
            f.assignee_id AS "employeeId", e.name AS "employeeName"
       FROM follow_ups f
       JOIN employees e ON e.id = f.assignee_id
       JOIN walkouts w ON w.id = f.walkout_id
       JOIN prospects p ON p.id = w.prospect_id
      WHERE f.assignee_id IN (SELECT id FROM employees) AND f.status = 'open'
        AND f.due_at <= ${dueBy} AND f.purpose = 'first_contact'
      ORDER BY f.due_at, f.id LIMIT ${sql.raw(String(OVERDUE_LIST_LIMIT))}`,
    'first_calls_overdue',
  );
}
