// SQL for walkouts: one visit that ended without a sale.

import { sql } from 'kysely';
import type { WalkoutDto } from '../../../shared/contract/dto';
import { localDay } from '../../../shared/domain/storeClock';
import type {
  Closer,
  Objection,
  ProspectSource,
  SurveyObjection,
  WalkoutStatus,
} from '../../../shared/domain/vocab';
import { forUpdate } from '../../db/dialect';
import { all, type Executor, insertedId, one, run } from '../../db/store';

export interface WalkoutRow {
  w_id: number;
  prospect_id: number;
  employee_id: number;
  employee_name: string;
  visited_at: number;
  product: string;
  category: string;
  price_quoted_cents: number | null;
  closeness: number;
  objection: Objection;
  objection_text: string;
  pain_points: string;
  motivation: string;
  personal_details: string;
  next_step_text: string;
  next_step_at: number | null;
  contact_refused: number;
  status: WalkoutStatus;
  sold_at: number | null;
  closer: Closer | null;
  sale_amount_cents: number | null;
  source: ProspectSource;
  survey_objection: SurveyObjection | null;
  survey_text: string;
}

export const WALKOUT_COLS = `w.id AS w_id, w.prospect_id, w.employee_id, we.name AS employee_name, w.visited_at,
  w.product, w.category, w.price_quoted_cents, w.closeness, w.objection, w.objection_text, w.pain_points,
  w.motivation, w.personal_details, w.next_step_text, w.next_step_at, w.contact_refused, w.status, w.sold_at,
  w.closer, w.sale_amount_cents, w.source, w.survey_objection, w.survey_text`;
export const WALKOUT_JOIN = 'JOIN employees we ON we.id = w.employee_id';

export function toWalkoutDto(r: WalkoutRow): WalkoutDto {
  return {
    id: r.w_id,
    prospectId: r.prospect_id,
    employeeId: r.employee_id,
    employeeName: r.employee_name,
    visitedAt: r.visited_at,
    product: r.product,
    category: r.category,
    priceQuotedCents: r.price_quoted_cents,
    closeness: r.closeness,
    objection: r.objection,
    objectionText: r.objection_text,
    painPoints: r.pain_points,
    motivation: r.motivation,
    personalDetails: r.personal_details,
    nextStepText: r.next_step_text,
    nextStepAt: r.next_step_at,
    contactRefused: r.contact_refused === 1,
    status: r.status,
    soldAt: r.sold_at,
    closer: r.closer,
    saleAmountCents: r.sale_amount_cents,
    source: r.source,
    surveyObjection: r.survey_objection,
    surveyText: r.survey_text,
  };
}

export async function getWalkout(ex: Executor, id: number): Promise<WalkoutDto | null> {
  const row = await one(
    ex,
    sql<WalkoutRow>`SELECT ${sql.raw(WALKOUT_COLS)} FROM walkouts w ${sql.raw(WALKOUT_JOIN)} WHERE w.id = ${id}`,
  );
  return row ? toWalkoutDto(row) : null;
}

/**
 * Holds the person's row until the transaction ends (PostgreSQL; SQLite runs one transaction at a time). Every
 * write that opens, closes or completes a person's calls or sells their visit takes it first, so two PCs working
 * the same person run one after the other and the second sees what the first wrote: one open call per person,
 * one sale, one completion. Always taken before any follow-up row, so two writers never wait on each other.
 */
export async function lockProspect(ex: Executor, prospectId: number): Promise<void> {
  await one(ex, sql`SELECT id FROM prospects WHERE id = ${prospectId}${forUpdate(ex)}`);
}

/** Who recorded a sold walkout's sale (null when no one is on record, e.g. a partner's). */
export async function saleRecordedBy(ex: Executor, walkoutId: number): Promise<string | null> {
  const row = await one(
    ex,
    sql<{ name: string }>`SELECT e.name FROM walkouts w JOIN employees e ON e.id = w.closed_by_employee_id
      WHERE w.id = ${walkoutId}`,
  );
  return row?.name ?? null;
}

/** lockProspect for the person a walkout belongs to (a walkout's prospect never changes). */
export async function lockProspectOfWalkout(ex: Executor, walkoutId: number): Promise<void> {
  await one(
    ex,
    sql`SELECT id FROM prospects WHERE id = (SELECT prospect_id FROM walkouts WHERE id = ${walkoutId})${forUpdate(ex)}`,
  );
}

/** The prospect's other visits, newest first, each with whether `viewerId` has it (logged it or has a call on it). */
export async function otherVisits(ex: Executor, prospectId: number, exceptId: number, viewerId: number) {
  const rows = await all(
    ex,
    sql<{
      id: number;
      visitedAt: number;
      employeeName: string;
      product: string;
      status: WalkoutStatus;
      viewerHasIt: number;
    }>`SELECT w.id, w.visited_at AS "visitedAt", we.name AS "employeeName", w.product, w.status,
         CASE WHEN w.employee_id = ${viewerId}
           OR EXISTS (SELECT 1 FROM follow_ups f WHERE f.walkout_id = w.id AND f.assignee_id = ${viewerId})
           THEN 1 ELSE 0 END AS "viewerHasIt"
       FROM walkouts w ${sql.raw(WALKOUT_JOIN)}
       WHERE w.prospect_id = ${prospectId} AND w.id <> ${exceptId} ORDER BY w.visited_at DESC LIMIT 20`,
  );
  return rows;
}

/**
 * A visit superseded by a newer visit of the same prospect (later, or logged after it at the same instant):
 * the newest visit holds the person's calls (PRODUCT.md rule 5), so an older one has none of its own.
 * SQL over a walkouts row `w`.
 */
export const supersededSql = (
  w: string,
) => `EXISTS (SELECT 1 FROM walkouts n WHERE n.prospect_id = ${w}.prospect_id
  AND (n.visited_at > ${w}.visited_at OR (n.visited_at = ${w}.visited_at AND n.id > ${w}.id)))`;

/** The prospect's latest visit after `visitedAt`, if one is already logged (the new one then is not newest). */
export async function laterVisitAt(
  ex: Executor,
  prospectId: number,
  visitedAt: number,
): Promise<number | null> {
  const row = await one(
    ex,
    sql<{ at: number | null }>`SELECT max(visited_at) AS at FROM walkouts
      WHERE prospect_id = ${prospectId} AND visited_at > ${visitedAt}`,
  );
  return row?.at ?? null;
}

/** A visit as it is first written: the logged fields of WalkoutDto, where it came from, and its share id. */
export type NewWalkout = Pick<
  WalkoutDto,
  | 'prospectId'
  | 'employeeId'
  | 'visitedAt'
  | 'product'
  | 'category'
  | 'priceQuotedCents'
  | 'closeness'
  | 'objection'
  | 'objectionText'
  | 'painPoints'
  | 'motivation'
  | 'personalDetails'
  | 'nextStepText'
  | 'nextStepAt'
  | 'contactRefused'
> & {
  /** Where the lead came from; a walk-in unless a referral or a partner brought it. */
  source?: ProspectSource;
  /** For a partner's lead: the partner and the rep who met the prospect there. */
  originPartnerId?: number | null;
  originRepName?: string | null;
  shareId: string;
};

/** `timeZone` is the store's: the visit's local day is stored for reports (SQLite has no zones). */
export async function insertWalkout(
  ex: Executor,
  w: NewWalkout,
  at: number,
  timeZone: string,
): Promise<number> {
  const day = localDay(w.visitedAt, timeZone);
  return insertedId(
    ex,
    sql`INSERT INTO walkouts (prospect_id, employee_id, visited_at, product, category, price_quoted_cents, closeness,
         objection, objection_text, pain_points, motivation, personal_details, next_step_text, next_step_at,
         contact_refused, status, status_changed_at, share_id, created_at, updated_at, source, visit_day,
         visit_day_ends_at, origin_partner_id, origin_rep_name)
       VALUES (${w.prospectId}, ${w.employeeId}, ${w.visitedAt}, ${w.product}, ${w.category}, ${w.priceQuotedCents},
         ${w.closeness}, ${w.objection}, ${w.objectionText}, ${w.painPoints}, ${w.motivation}, ${w.personalDetails},
         ${w.nextStepText}, ${w.nextStepAt}, ${Number(w.contactRefused)}, 'open', ${at}, ${w.shareId}, ${at}, ${at},
         ${w.source ?? 'walk_in'}, ${day.day}, ${day.endsAt}, ${w.originPartnerId ?? null}, ${w.originRepName ?? null})
       RETURNING id`,
  );
}

export async function setWalkoutStatus(
  ex: Executor,
  id: number,
  status: WalkoutStatus,
  at: number,
): Promise<void> {
  await run(
    ex,
    sql`UPDATE walkouts SET status = ${status},
       status_changed_at = CASE WHEN status = ${status} THEN status_changed_at ELSE ${at} END,
       updated_at = ${at} WHERE id = ${id}`,
  );
}

export async function markWalkoutSold(
  ex: Executor,
  id: number,
  sale: { at: number; closer: Closer; closedBy: number; amountCents: number | null },
): Promise<void> {
  await run(
    ex,
    sql`UPDATE walkouts SET status = 'sold', status_changed_at = ${sale.at}, sold_at = ${sale.at},
       closer = ${sale.closer}, closed_by_employee_id = ${sale.closedBy}, sale_amount_cents = ${sale.amountCents},
       updated_at = ${sale.at} WHERE id = ${id}`,
  );
}

/** Do-not-contact closes every still-open visit of the prospect. */
export async function loseOpenWalkoutsOfProspect(
  ex: Executor,
  prospectId: number,
  at: number,
): Promise<number> {
  return run(
    ex,
    sql`UPDATE walkouts SET status = 'lost', status_changed_at = ${at}, updated_at = ${at}
       WHERE prospect_id = ${prospectId} AND status IN ('open','not_now')`,
  );
}

export async function setWalkoutOwner(
  ex: Executor,
  id: number,
  employeeId: number,
  at: number,
): Promise<void> {
  await run(ex, sql`UPDATE walkouts SET employee_id = ${employeeId}, updated_at = ${at} WHERE id = ${id}`);
}

export async function openWalkoutIdsOwnedBy(ex: Executor, employeeId: number): Promise<number[]> {
  const rows = await all(
    ex,
    sql<{
      id: number;
    }>`SELECT id FROM walkouts WHERE employee_id = ${employeeId} AND status IN ('open','not_now')`,
  );
  return rows.map((r) => r.id);
}

export async function walkoutAssignedTo(
  ex: Executor,
  walkoutId: number,
  employeeId: number,
): Promise<boolean> {
  const row = await one(
    ex,
    sql`SELECT 1 AS yes FROM walkouts WHERE id = ${walkoutId} AND employee_id = ${employeeId}
       UNION ALL SELECT 1 FROM follow_ups WHERE walkout_id = ${walkoutId} AND assignee_id = ${employeeId} LIMIT 1`,
  );
  return row !== undefined;
}

/** What the prospect told the manager's survey call, beside the rep's objection. */
export async function setSurveyAnswer(
  ex: Executor,
  id: number,
  objection: SurveyObjection,
  text: string,
  at: number,
): Promise<void> {
  await run(
    ex,
    sql`UPDATE walkouts SET survey_objection = ${objection}, survey_text = ${text}, updated_at = ${at}
      WHERE id = ${id}`,
  );
}

/** A sale that fell through: the walkout is open again; the sale stays in the audit log. */
export async function reopenWalkout(ex: Executor, id: number, at: number): Promise<void> {
  await run(
    ex,
    sql`UPDATE walkouts SET status = 'open', status_changed_at = ${at}, sold_at = NULL, closer = NULL,
       closed_by_employee_id = NULL, sale_amount_cents = NULL, updated_at = ${at} WHERE id = ${id}`,
  );
}
