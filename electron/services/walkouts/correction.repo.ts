// SQL for correcting a walkout's details: who may, the new details, and the corrections on record.
import { sql } from 'kysely';
import type { CorrectedValues, CorrectionDto, WalkoutDto } from '../../../shared/contract/dto';
import { all, type Executor, one, run } from '../../db/store';

/** The walkout fields a correction may change (the rest belong to calls, sales and partners). */
export type WalkoutDetails = Pick<
  WalkoutDto,
  | 'product'
  | 'category'
  | 'priceQuotedCents'
  | 'closeness'
  | 'objection'
  | 'objectionText'
  | 'painPoints'
  | 'motivation'
  | 'personalDetails'
>;

/** A staff member corrects a walkout they logged (its create audit line is theirs) or that is theirs now. */
export async function walkoutLoggedOrOwnedBy(
  ex: Executor,
  walkoutId: number,
  employeeId: number,
): Promise<boolean> {
  const row = await one(
    ex,
    sql`SELECT 1 AS yes FROM walkouts WHERE id = ${walkoutId} AND employee_id = ${employeeId}
       UNION ALL SELECT 1 FROM audit_log WHERE entity = 'walkout' AND entity_id = ${walkoutId}
         AND action = 'create' AND employee_id = ${employeeId}`,
  );
  return row !== undefined;
}

/** Category and objection are roll-up keys: the dashboard triggers move the walkout between buckets. */
export async function updateWalkoutDetails(
  ex: Executor,
  id: number,
  d: WalkoutDetails,
  at: number,
): Promise<void> {
  await run(
    ex,
    sql`UPDATE walkouts SET product = ${d.product}, category = ${d.category},
       price_quoted_cents = ${d.priceQuotedCents}, closeness = ${d.closeness}, objection = ${d.objection},
       objection_text = ${d.objectionText}, pain_points = ${d.painPoints}, motivation = ${d.motivation},
       personal_details = ${d.personalDetails}, updated_at = ${at} WHERE id = ${id}`,
  );
}

export async function correctionsOf(ex: Executor, walkoutId: number): Promise<CorrectionDto[]> {
  const rows = await all(
    ex,
    sql<{ id: number; at: number; name: string | null; detail: string }>`SELECT a.id, a.at, e.name, a.detail
       FROM audit_log a LEFT JOIN employees e ON e.id = a.employee_id
      WHERE a.entity = 'walkout' AND a.entity_id = ${walkoutId} AND a.action = 'correct' ORDER BY a.id`,
  );
  return rows.map((r) => {
    const detail = JSON.parse(r.detail) as { before?: CorrectedValues; after?: CorrectedValues };
    return {
      id: r.id,
      at: r.at,
      byName: r.name ?? '',
      before: detail.before ?? {},
      after: detail.after ?? {},
    };
  });
}
