// SQL for partners and share batches: who we exchange leads with, and every file that went either way.
import type { PartnerDto, ShareBatchDto } from '../../../shared/contract/dto';
import type { PartnerFields } from '../../../shared/contract/schemas';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';

interface PartnerRow {
  id: number;
  name: string;
  contact: string;
  shared_fields: string;
  commission_cents: number;
  territory: string;
  categories: string;
  area_codes: string;
  share_after_days: number;
  active_from: number | null;
  active_until: number | null;
  created_at: number;
  leads_shared: number;
  leads_received: number;
  partner_sales: number;
}

const SELECT = `
  SELECT p.*,
    (SELECT count(DISTINCT sw.walkout_id) FROM share_batch_walkouts sw JOIN share_batches b ON b.id = sw.batch_id
      WHERE b.partner_id = p.id AND b.kind = 'lead_export') AS leads_shared,
    (SELECT count(*) FROM walkouts w WHERE w.origin_partner_id = p.id) AS leads_received,
    (SELECT count(DISTINCT sw.walkout_id) FROM share_batch_walkouts sw JOIN share_batches b ON b.id = sw.batch_id
      WHERE b.partner_id = p.id AND b.kind = 'lead_export' AND sw.outcome = 'sold') AS partner_sales
  FROM partners p`;

/** A partner's agreement without the exchange's running counts, which cost a scan of every batch. */
export type PartnerAgreement = Omit<PartnerDto, 'leadsShared' | 'leadsReceived' | 'partnerSales'>;

const toAgreement = (r: Omit<PartnerRow, 'leads_shared' | 'leads_received' | 'partner_sales'>) => ({
  id: r.id,
  name: r.name,
  contact: r.contact,
  sharedFields: JSON.parse(r.shared_fields),
  commissionCents: r.commission_cents,
  territory: r.territory,
  categories: JSON.parse(r.categories),
  areaCodes: JSON.parse(r.area_codes),
  shareAfterDays: r.share_after_days,
  activeFrom: r.active_from,
  activeUntil: r.active_until,
  createdAt: r.created_at,
});

const toDto = (r: PartnerRow): PartnerDto => ({
  ...toAgreement(r),
  leadsShared: r.leads_shared,
  leadsReceived: r.leads_received,
  partnerSales: r.partner_sales,
});

export function listPartners(db: Db): PartnerDto[] {
  return (prepared(db, `${SELECT} ORDER BY p.name`).all() as PartnerRow[]).map(toDto);
}

export function getPartner(db: Db, id: number): PartnerDto | null {
  const row = prepared(db, `${SELECT} WHERE p.id = ?`).get(id) as PartnerRow | undefined;
  return row ? toDto(row) : null;
}

export function getAgreement(db: Db, id: number): PartnerAgreement | null {
  const row = prepared(db, 'SELECT p.* FROM partners p WHERE p.id = ?').get(id) as PartnerRow | undefined;
  return row ? toAgreement(row) : null;
}

function columns(f: PartnerFields) {
  return [
    f.name,
    f.contact,
    JSON.stringify(f.sharedFields),
    f.commissionCents,
    f.territory,
    JSON.stringify(f.categories),
    JSON.stringify(f.areaCodes),
    f.shareAfterDays,
    f.activeFrom,
    f.activeUntil,
  ] as const;
}

export function insertPartner(db: Db, f: PartnerFields, at: number): number {
  return Number(
    prepared(
      db,
      `INSERT INTO partners (name, contact, shared_fields, commission_cents, territory, categories, area_codes,
         share_after_days, active_from, active_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...columns(f), at).lastInsertRowid,
  );
}

export function updatePartner(db: Db, id: number, f: PartnerFields, at: number): void {
  prepared(
    db,
    `UPDATE partners SET name = ?, contact = ?, shared_fields = ?, commission_cents = ?, territory = ?,
       categories = ?, area_codes = ?, share_after_days = ?, active_from = ?, active_until = ?, updated_at = ?
     WHERE id = ?`,
  ).run(...columns(f), at, id);
}

export interface NewBatch {
  partnerId: number;
  kind: ShareBatchDto['kind'];
  format: ShareBatchDto['format'];
  fileName: string;
  fields: string[];
  sha256: string;
  count: number;
  by: number;
  at: number;
  /** A re-send: the first send whose leads go again. */
  resendOf?: number;
}

export function insertBatch(db: Db, b: NewBatch): number {
  return Number(
    prepared(
      db,
      `INSERT INTO share_batches (partner_id, kind, format, file_name, fields, file_sha256, lead_count, created_by,
         created_at, resend_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      b.partnerId,
      b.kind,
      b.format,
      b.fileName,
      JSON.stringify(b.fields),
      b.sha256,
      b.count,
      b.by,
      b.at,
      b.resendOf ?? null,
    ).lastInsertRowid,
  );
}

export function addBatchWalkouts(db: Db, batchId: number, walkoutIds: readonly number[]): void {
  // One statement for the whole batch: an export of a hundred thousand leads is one list, not as many
  // inserts. In id order, so both of the table's indexes grow at their end.
  prepared(
    db,
    'INSERT OR IGNORE INTO share_batch_walkouts (batch_id, walkout_id) SELECT ?, value FROM json_each(?)',
  ).run(batchId, JSON.stringify([...walkoutIds].sort((x, y) => x - y)));
}

export function listBatches(db: Db, partnerId: number | null): ShareBatchDto[] {
  return prepared(
    db,
    `SELECT b.id, p.name AS partnerName, b.kind, b.format, b.file_name AS fileName, b.fields, b.file_sha256 AS sha256,
            b.lead_count AS count, e.name AS createdByName, b.created_at AS createdAt,
            b.resend_of AS resendOf
       FROM share_batches b JOIN partners p ON p.id = b.partner_id JOIN employees e ON e.id = b.created_by
      WHERE ? IS NULL OR b.partner_id = ? ORDER BY b.created_at DESC, b.id DESC LIMIT 500`,
  )
    .all(partnerId, partnerId)
    .map((r) => ({ ...(r as ShareBatchDto), fields: JSON.parse((r as { fields: string }).fields) }));
}

/**
 * A re-send's leads carry the outcome the partner already reported on the file it repeats: the outcome
 * import compares with the latest batch's, and a repeat of the same outcomes file must stay a repeat.
 */
export function carryOutcomes(db: Db, fromBatchId: number, toBatchId: number): void {
  prepared(
    db,
    `UPDATE share_batch_walkouts AS t SET outcome = o.outcome, outcome_at = o.outcome_at
       FROM share_batch_walkouts o WHERE t.batch_id = ? AND o.batch_id = ? AND o.walkout_id = t.walkout_id`,
  ).run(toBatchId, fromBatchId);
}

/** A recorded batch, for sending its leads again. */
export function getBatch(
  db: Db,
  id: number,
): { id: number; partnerId: number; kind: ShareBatchDto['kind']; resendOf: number | null } | null {
  return (
    (prepared(
      db,
      'SELECT id, partner_id AS partnerId, kind, resend_of AS resendOf FROM share_batches WHERE id = ?',
    ).get(id) as
      | { id: number; partnerId: number; kind: ShareBatchDto['kind']; resendOf: number | null }
      | undefined) ?? null
  );
}

/** Partners a walkout was shared with, for "shared with X" on its story. */
export function sharedWith(db: Db, walkoutId: number): string[] {
  return prepared(
    db,
    `SELECT DISTINCT p.name FROM share_batch_walkouts sw JOIN share_batches b ON b.id = sw.batch_id
       JOIN partners p ON p.id = b.partner_id WHERE sw.walkout_id = ? AND b.kind = 'lead_export' ORDER BY p.name`,
  )
    .pluck()
    .all(walkoutId) as string[];
}

export function partnerOrigin(db: Db, walkoutId: number): { partnerName: string; repName: string } | null {
  const row = prepared(
    db,
    `SELECT p.name AS partnerName, coalesce(w.origin_rep_name, '') AS repName FROM walkouts w
       JOIN partners p ON p.id = w.origin_partner_id WHERE w.id = ?`,
  ).get(walkoutId) as { partnerName: string; repName: string } | undefined;
  return row ?? null;
}
