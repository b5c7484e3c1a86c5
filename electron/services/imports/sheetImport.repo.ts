// SQL for the spreadsheet import beyond the staging it shares with the partner import (importLeads.repo.ts).
import { sql } from 'kysely';
import { all, type Executor } from '../../db/store';

/** Due times of the employee's open first calls on imported walkouts from `from` on: what the daily cap counts. */
export async function importedCallLoad(ex: Executor, employeeId: number, from: number): Promise<number[]> {
  const rows = await all(
    ex,
    sql<{ dueAt: number }>`SELECT f.due_at AS "dueAt" FROM follow_ups f JOIN walkouts w ON w.id = f.walkout_id
      WHERE f.assignee_id = ${employeeId} AND f.status = 'open' AND f.purpose = 'first_contact'
        AND w.source = 'import' AND f.due_at >= ${from}`,
  );
  return rows.map((r) => Number(r.dueAt));
}

/** Of these prospects, those already on someone's calendar (an open call other than a manager survey). */
export async function prospectsWithOpenCall(
  ex: Executor,
  prospectIds: readonly number[],
): Promise<Set<number>> {
  if (prospectIds.length === 0) return new Set();
  const rows = await all(
    ex,
    sql<{
      id: number;
    }>`SELECT DISTINCT w.prospect_id AS id FROM follow_ups f JOIN walkouts w ON w.id = f.walkout_id
      WHERE f.status = 'open' AND f.purpose <> 'manager_survey'
        AND w.prospect_id IN (${sql.join(prospectIds.map((id) => sql`${id}`))})`,
  );
  return new Set(rows.map((r) => Number(r.id)));
}
