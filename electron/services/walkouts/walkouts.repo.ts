// SQL for walkouts: one visit that ended without a sale.
import type { WalkoutDto } from '../../../shared/contract/dto';
import { localDay } from '../../../shared/domain/storeClock';
import type {
  Closer,
  Objection,
  ProspectSource,
  SurveyObjection,
  WalkoutStatus,
} from '../../../shared/domain/vocab';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';

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

export function getWalkout(db: Db, id: number): WalkoutDto | null {
  const row = prepared(db, `SELECT ${WALKOUT_COLS} FROM walkouts w ${WALKOUT_JOIN} WHERE w.id = ?`).get(id) as
    | WalkoutRow
    | undefined;
  return row ? toWalkoutDto(row) : null;
}

/** The prospect's other visits, newest first, each with whether `viewerId` has it (logged it or has a call on it). */
export function otherVisits(db: Db, prospectId: number, exceptId: number, viewerId: number) {
  return prepared(
    db,
    `SELECT w.id, w.visited_at AS visitedAt, we.name AS employeeName, w.product, w.status,
         (w.employee_id = ? OR EXISTS (SELECT 1 FROM follow_ups f WHERE f.walkout_id = w.id AND f.assignee_id = ?))
           AS viewerHasIt
       FROM walkouts w ${WALKOUT_JOIN}
       WHERE w.prospect_id = ? AND w.id <> ? ORDER BY w.visited_at DESC LIMIT 20`,
  ).all(viewerId, viewerId, prospectId, exceptId) as {
    id: number;
    visitedAt: number;
    employeeName: string;
    product: string;
    status: WalkoutStatus;
    viewerHasIt: number;
  }[];
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
export function laterVisitAt(db: Db, prospectId: number, visitedAt: number): number | null {
  return prepared(db, 'SELECT max(visited_at) FROM walkouts WHERE prospect_id = ? AND visited_at > ?')
    .pluck()
    .get(prospectId, visitedAt) as number | null;
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
export function insertWalkout(db: Db, w: NewWalkout, at: number, timeZone: string): number {
  const day = localDay(w.visitedAt, timeZone);
  const info = prepared(
    db,
    `INSERT INTO walkouts (prospect_id, employee_id, visited_at, product, category, price_quoted_cents, closeness,
         objection, objection_text, pain_points, motivation, personal_details, next_step_text, next_step_at,
         contact_refused, status, status_changed_at, share_id, created_at, updated_at, source, visit_day,
         visit_day_ends_at, origin_partner_id, origin_rep_name)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    w.prospectId,
    w.employeeId,
    w.visitedAt,
    w.product,
    w.category,
    w.priceQuotedCents,
    w.closeness,
    w.objection,
    w.objectionText,
    w.painPoints,
    w.motivation,
    w.personalDetails,
    w.nextStepText,
    w.nextStepAt,
    Number(w.contactRefused),
    at,
    w.shareId,
    at,
    at,
    w.source ?? 'walk_in',
    day.day,
    day.endsAt,
    w.originPartnerId ?? null,
    w.originRepName ?? null,
  );
  return Number(info.lastInsertRowid);
}

export function setWalkoutStatus(db: Db, id: number, status: WalkoutStatus, at: number): void {
  prepared(
    db,
    `UPDATE walkouts SET status = ?, status_changed_at = CASE WHEN status = ? THEN status_changed_at ELSE ? END,
       updated_at = ? WHERE id = ?`,
  ).run(status, status, at, at, id);
}

export function markWalkoutSold(
  db: Db,
  id: number,
  sale: { at: number; closer: Closer; closedBy: number; amountCents: number | null },
): void {
  prepared(
    db,
    `UPDATE walkouts SET status = 'sold', status_changed_at = ?, sold_at = ?, closer = ?, closed_by_employee_id = ?,
       sale_amount_cents = ?, updated_at = ? WHERE id = ?`,
  ).run(sale.at, sale.at, sale.closer, sale.closedBy, sale.amountCents, sale.at, id);
}

/** Do-not-contact closes every still-open visit of the prospect. */
export function loseOpenWalkoutsOfProspect(db: Db, prospectId: number, at: number): number {
  return prepared(
    db,
    `UPDATE walkouts SET status = 'lost', status_changed_at = ?, updated_at = ?
       WHERE prospect_id = ? AND status IN ('open','not_now')`,
  ).run(at, at, prospectId).changes;
}

export function setWalkoutOwner(db: Db, id: number, employeeId: number, at: number): void {
  prepared(db, 'UPDATE walkouts SET employee_id = ?, updated_at = ? WHERE id = ?').run(employeeId, at, id);
}

export function openWalkoutIdsOwnedBy(db: Db, employeeId: number): number[] {
  return (
    prepared(db, "SELECT id FROM walkouts WHERE employee_id = ? AND status IN ('open','not_now')").all(
      employeeId,
    ) as { id: number }[]
  ).map((r) => r.id);
}

export function walkoutAssignedTo(db: Db, walkoutId: number, employeeId: number): boolean {
  const row = prepared(
    db,
    `SELECT 1 FROM walkouts WHERE id = ? AND employee_id = ?
       UNION ALL SELECT 1 FROM follow_ups WHERE walkout_id = ? AND assignee_id = ? LIMIT 1`,
  ).get(walkoutId, employeeId, walkoutId, employeeId);
  return row !== undefined;
}

/** What the prospect told the manager's survey call, beside the rep's objection. */
export function setSurveyAnswer(
  db: Db,
  id: number,
  objection: SurveyObjection,
  text: string,
  at: number,
): void {
  prepared(db, 'UPDATE walkouts SET survey_objection = ?, survey_text = ?, updated_at = ? WHERE id = ?').run(
    objection,
    text,
    at,
    id,
  );
}

/** A sale that fell through: the walkout is open again; the sale stays in the audit log. */
export function reopenWalkout(db: Db, id: number, at: number): void {
  prepared(
    db,
    `UPDATE walkouts SET status = 'open', status_changed_at = ?, sold_at = NULL, closer = NULL,
       closed_by_employee_id = NULL, sale_amount_cents = NULL, updated_at = ? WHERE id = ?`,
  ).run(at, at, id);
}
