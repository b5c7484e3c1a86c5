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

export interface ProspectOnFile {
  id: number;
  name: string;
  phone: string | null;
  email: string | null;
  lastVisitAt: number;
}

/** Lists go to the database in slices this long: well under either engine's limit on bound values. */
const SLICE = 500;

/**
 * The prospects here whose phone or e-mail is one of these, with their latest visit: the check's matches,
 * found by reading only (the commit stages the rows and matches them again by the same rule).
 */
export async function prospectsByContact(
  ex: Executor,
  phones: readonly string[],
  emails: readonly string[],
): Promise<ProspectOnFile[]> {
  const found = new Map<number, ProspectOnFile>();
  const read = async (column: 'phone' | 'email', values: readonly string[]) => {
    for (let i = 0; i < values.length; i += SLICE) {
      const slice = values.slice(i, i + SLICE);
      const rows = await all(
        ex,
        sql<{
          id: number;
          first_name: string;
          last_name: string;
          phone: string | null;
          email: string | null;
          last_visit_at: number | null;
        }>`
          SELECT p.id, p.first_name, p.last_name, p.phone, p.email,
                 (SELECT max(w.visited_at) FROM walkouts w WHERE w.prospect_id = p.id) AS last_visit_at
            FROM prospects p WHERE p.${sql.raw(column)} IN (${sql.join(slice.map((v) => sql`${v}`))})`,
      );
      for (const r of rows) {
        found.set(Number(r.id), {
          id: Number(r.id),
          name: `${r.first_name} ${r.last_name}`.trim(),
          phone: r.phone,
          email: r.email,
          lastVisitAt: Number(r.last_visit_at ?? 0),
        });
      }
    }
  };
  await read('phone', [...new Set(phones)]);
  await read('email', [...new Set(emails)]);
  return [...found.values()];
}
