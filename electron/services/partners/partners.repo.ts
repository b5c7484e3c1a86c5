// SQL for partners and share batches: who we exchange leads with, and every file that went either way.

import { sql } from 'kysely';
import type { PartnerDto, ShareBatchDto } from '../../../shared/contract/dto';
import type { PartnerFields } from '../../../shared/contract/schemas';
import { jsonValues } from '../../db/dialect';
import { all, type Executor, insertedId, matches, one, run } from '../../db/store';

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
  leadsShared: Number(r.leads_shared),
  leadsReceived: Number(r.leads_received),
  partnerSales: Number(r.partner_sales),
});

export async function listPartners(ex: Executor): Promise<PartnerDto[]> {
  return (await all(ex, sql<PartnerRow>`${sql.raw(SELECT)} ORDER BY p.name`)).map(toDto);
}

export async function getPartner(ex: Executor, id: number): Promise<PartnerDto | null> {
  const row = await one(ex, sql<PartnerRow>`${sql.raw(SELECT)} WHERE p.id = ${id}`);
  return row ? toDto(row) : null;
}

export async function getAgreement(ex: Executor, id: number): Promise<PartnerAgreement | null> {
  const row = await one(ex, sql<PartnerRow>`SELECT p.* FROM partners p WHERE p.id = ${id}`);
  return row ? toAgreement(row) : null;
}

export async function insertPartner(ex: Executor, f: PartnerFields, at: number): Promise<number> {
  return insertedId(
    ex,
    sql`INSERT INTO partners (name, contact, shared_fields, commission_cents, territory, categories, area_codes,
         share_after_days, active_from, active_until, created_at)
       VALUES (${f.name}, ${f.contact}, ${JSON.stringify(f.sharedFields)}, ${f.commissionCents}, ${f.territory},
         ${JSON.stringify(f.categories)}, ${JSON.stringify(f.areaCodes)}, ${f.shareAfterDays}, ${f.activeFrom},
         ${f.activeUntil}, ${at}) RETURNING id`,
  );
}

export async function updatePartner(ex: Executor, id: number, f: PartnerFields, at: number): Promise<void> {
  await run(
    ex,
    sql`UPDATE partners SET name = ${f.name}, contact = ${f.contact}, shared_fields = ${JSON.stringify(f.sharedFields)},
       commission_cents = ${f.commissionCents}, territory = ${f.territory},
       categories = ${JSON.stringify(f.categories)}, area_codes = ${JSON.stringify(f.areaCodes)},
       share_after_days = ${f.shareAfterDays}, active_from = ${f.activeFrom}, active_until = ${f.activeUntil},
       updated_at = ${at} WHERE id = ${id}`,
  );
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

export async function insertBatch(ex: Executor, b: NewBatch): Promise<number> {
  return insertedId(
    ex,
    sql`INSERT INTO share_batches (partner_id, kind, format, file_name, fields, file_sha256, lead_count, created_by,
         created_at, resend_of)
       VALUES (${b.partnerId}, ${b.kind}, ${b.format}, ${b.fileName}, ${JSON.stringify(b.fields)}, ${b.sha256},
         ${b.count}, ${b.by}, ${b.at}, ${b.resendOf ?? null}) RETURNING id`,
  );
}

export async function addBatchWalkouts(
  ex: Executor,
  batchId: number,
  walkoutIds: readonly number[],
): Promise<void> {
  // One statement for the whole batch: an export of a hundred thousand leads is one list, not as many
  // inserts (a fifth of the time of multi-row inserts). In id order, so both of the table's indexes grow at
  // their end.
  const ids = JSON.stringify([...walkoutIds].sort((x, y) => x - y));
  await run(
    ex,
    sql`INSERT INTO share_batch_walkouts (batch_id, walkout_id)
      SELECT CAST(${batchId} AS BIGINT), CAST(v.value AS BIGINT) FROM (${jsonValues(ex, sql`${ids}`)}) v
      WHERE true ON CONFLICT DO NOTHING`,
  );
}

export async function listBatches(ex: Executor, partnerId: number | null): Promise<ShareBatchDto[]> {
  const rows = await all(
    ex,
    sql<ShareBatchDto & { fields: string }>`SELECT b.id, p.name AS "partnerName", b.kind, b.format,
            b.file_name AS "fileName", b.fields, b.file_sha256 AS sha256, b.lead_count AS count,
            e.name AS "createdByName", b.created_at AS "createdAt", b.resend_of AS "resendOf"
       FROM share_batches b JOIN partners p ON p.id = b.partner_id JOIN employees e ON e.id = b.created_by
      WHERE ${matches('b.partner_id', partnerId)} ORDER BY b.created_at DESC, b.id DESC LIMIT 500`,
  );
  return rows.map((r) => ({ ...r, fields: JSON.parse(r.fields) }));
}

/**
 * A re-send's leads carry the outcome the partner already reported on the file it repeats: the outcome
 * import compares with the latest batch's, and a repeat of the same outcomes file must stay a repeat.
 */
export async function carryOutcomes(ex: Executor, fromBatchId: number, toBatchId: number): Promise<void> {
  await run(
    ex,
    sql`UPDATE share_batch_walkouts AS t SET outcome = o.outcome, outcome_at = o.outcome_at
       FROM share_batch_walkouts o WHERE t.batch_id = ${toBatchId} AND o.batch_id = ${fromBatchId}
        AND o.walkout_id = t.walkout_id`,
  );
}

type BatchRef = { id: number; partnerId: number; kind: ShareBatchDto['kind']; resendOf: number | null };

/** A recorded batch, for sending its leads again. */
export async function getBatch(ex: Executor, id: number): Promise<BatchRef | null> {
  const row = await one(
    ex,
    sql<BatchRef>`SELECT id, partner_id AS "partnerId", kind, resend_of AS "resendOf" FROM share_batches WHERE id = ${id}`,
  );
  return row ?? null;
}

/** Partners a walkout was shared with, for "shared with X" on its story. */
export async function sharedWith(ex: Executor, walkoutId: number): Promise<string[]> {
  const rows = await all(
    ex,
    sql<{
      name: string;
    }>`SELECT DISTINCT p.name FROM share_batch_walkouts sw JOIN share_batches b ON b.id = sw.batch_id
       JOIN partners p ON p.id = b.partner_id
      WHERE sw.walkout_id = ${walkoutId} AND b.kind = 'lead_export' ORDER BY p.name`,
  );
  return rows.map((r) => r.name);
}

export async function partnerOrigin(
  ex: Executor,
  walkoutId: number,
): Promise<{ partnerName: string; repName: string } | null> {
  const row = await one(
    ex,
    sql<{ partnerName: string; repName: string }>`SELECT p.name AS "partnerName",
         coalesce(w.origin_rep_name, '') AS "repName" FROM walkouts w
       JOIN partners p ON p.id = w.origin_partner_id WHERE w.id = ${walkoutId}`,
  );
  return row ?? null;
}
