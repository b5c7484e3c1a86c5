// The walkouts behind a figure, in one shape for the audit and the dashboard drill-downs.
import type { AuditWalkoutDto } from '../../../shared/contract/dto';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';

export const LIST_LIMIT = 1000;

/** `where` is a condition over walkouts w joined to prospects p, with named parameters in `params`. */
export function listWalkouts(db: Db, where: string, params: Record<string, unknown>): AuditWalkoutDto[] {
  return prepared(
    db,
    `SELECT w.id AS walkoutId, w.visited_at AS visitedAt, trim(p.first_name || ' ' || p.last_name) AS prospectName,
            p.phone, p.email, w.product, w.objection, w.survey_objection AS surveyObjection, w.status,
            w.first_attempt_at AS firstAttemptAt,
            (SELECT count(*) FROM follow_ups f WHERE f.walkout_id = w.id AND f.status = 'done'
               AND f.purpose <> 'manager_survey') AS attempts,
            (SELECT min(f.due_at) FROM follow_ups f WHERE f.walkout_id = w.id AND f.status = 'open') AS nextDueAt
       FROM walkouts w JOIN prospects p ON p.id = w.prospect_id
      WHERE ${where}
      ORDER BY w.visited_at DESC, w.id DESC LIMIT ${LIST_LIMIT}`,
  ).all(params) as AuditWalkoutDto[];
}
