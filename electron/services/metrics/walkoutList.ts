// The walkouts behind a figure, in one shape for the audit and the dashboard drill-downs: however many
// there are, a page at a time (the newest first) with the count of them all, so the list scrolls to the end.
import { type RawBuilder, sql } from 'kysely';
import type { AuditWalkoutDto, WalkoutListDto } from '../../../shared/contract/dto';
import type { ListPage } from '../../../shared/contract/schemas';
import { all, type Executor } from '../../db/store';

/** `where` is a condition over walkouts w joined to prospects p, its values bound. */
export async function listWalkouts(
  ex: Executor,
  where: RawBuilder<unknown>,
  page: ListPage,
): Promise<WalkoutListDto> {
  const [counted] = await all(
    ex,
    sql<{
      n: number;
    }>`SELECT count(*) AS n FROM walkouts w JOIN prospects p ON p.id = w.prospect_id WHERE ${where}`,
  );
  const rows = await all(
    ex,
    sql<AuditWalkoutDto>`SELECT w.id AS "walkoutId", w.visited_at AS "visitedAt",
            trim(p.first_name || ' ' || p.last_name) AS "prospectName",
            p.phone, p.email, w.product, w.objection, w.survey_objection AS "surveyObjection", w.status,
            w.first_attempt_at AS "firstAttemptAt",
            (SELECT count(*) FROM follow_ups f WHERE f.walkout_id = w.id AND f.status = 'done'
               AND f.purpose <> 'manager_survey') AS attempts,
            (SELECT min(f.due_at) FROM follow_ups f WHERE f.walkout_id = w.id AND f.status = 'open') AS "nextDueAt"
       FROM walkouts w JOIN prospects p ON p.id = w.prospect_id
      WHERE ${where}
      ORDER BY w.visited_at DESC, w.id DESC LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
  return { total: Number(counted.n), rows };
}
