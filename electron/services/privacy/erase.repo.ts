// SQL for erasing a person: their texts go from every table that holds them, while their rows stay as
// anonymous rows, so every count, roll-up and commission line of the store stays exactly as it was.

import { sql } from 'kysely';
import type { ErasePartnerDto, ProspectFoundDto } from '../../../shared/contract/dto';
import { likeAnyCase } from '../../db/dialect';
import { all, type Executor, inList, one, run } from '../../db/store';
import { type FoundRow, PROSPECT_COLS, toFound, VISIT_FACTS } from '../prospects/prospects.repo';
import { dropFromSearch } from '../prospects/search.repo';
import { ERASED_NAME, ERASED_TEXT } from './scrub';

/** The erasure's audit row is the record that a prospect was erased; nothing else deletes a prospect. */
const ERASURE = "a.entity = 'prospect' AND a.action = 'delete'";

export async function erasedAt(ex: Executor, prospectId: number): Promise<number | null> {
  const row = await one(
    ex,
    sql<{ at: number | null }>`SELECT min(a.at) AS at FROM audit_log a
      WHERE ${sql.raw(ERASURE)} AND a.entity_id = ${prospectId}`,
  );
  return row?.at ?? null;
}

/**
 * Prospects not yet erased whose name or e-mail contains `text`, or whose phone contains `digits` (null:
 * no phone search), the newest first. A scan that stops at `limit` matches, and their visits are read for
 * those alone; an indexed search of every text is its own feature.
 */
export async function findProspectsToErase(
  ex: Executor,
  q: { text: string; digits: string | null },
  limit: number,
): Promise<ProspectFoundDto[]> {
  const like = `%${q.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await all(
    ex,
    sql<FoundRow>`SELECT ${sql.raw(PROSPECT_COLS)}, ${sql.raw(VISIT_FACTS)}
       FROM prospects p
      WHERE p.id IN (SELECT f.id FROM prospects f
         WHERE (trim(f.first_name || ' ' || f.last_name) ${likeAnyCase(ex)} ${like} ESCAPE '\\'
                OR f.email ${likeAnyCase(ex)} ${like} ESCAPE '\\'
                OR f.phone LIKE '%' || ${q.digits} || '%')
           AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE ${sql.raw(ERASURE)} AND a.entity_id = f.id)
         ORDER BY f.id DESC LIMIT ${limit})
      ORDER BY last_visit_at DESC, p.id DESC`,
  );
  return rows.map(toFound);
}

/** The rows that are the person's own: their visits, those visits' calls, and referrals to or from them. */
export interface PersonRows {
  walkoutIds: number[];
  followUpIds: number[];
  openFollowUps: number;
  referralIds: number[];
}

export async function rowsOfPerson(ex: Executor, prospectId: number): Promise<PersonRows> {
  const walkouts = await all(
    ex,
    sql<{ id: number }>`SELECT id FROM walkouts WHERE prospect_id = ${prospectId} ORDER BY id`,
  );
  const followUps = await all(
    ex,
    sql<{
      id: number;
      status: string;
    }>`SELECT f.id, f.status FROM follow_ups f JOIN walkouts w ON w.id = f.walkout_id
      WHERE w.prospect_id = ${prospectId} ORDER BY f.id`,
  );
  const referrals = await all(
    ex,
    sql<{ id: number }>`SELECT r.id FROM referrals r WHERE r.prospect_id = ${prospectId}
      UNION SELECT r.id FROM referrals r JOIN walkouts w ON w.id = r.walkout_id WHERE w.prospect_id = ${prospectId}
      ORDER BY 1`,
  );
  return {
    walkoutIds: walkouts.map((r) => r.id),
    followUpIds: followUps.map((r) => r.id),
    openFollowUps: followUps.filter((r) => r.status === 'open').length,
    referralIds: referrals.map((r) => r.id),
  };
}

/** Every partner a file holding one of the person's visits went to or came from, with those files. */
export async function partnersOfPerson(ex: Executor, prospectId: number): Promise<ErasePartnerDto[]> {
  const rows = await all(
    ex,
    sql<
      Omit<ErasePartnerDto, 'batches'> & ErasePartnerDto['batches'][number]
    >`SELECT DISTINCT p.id AS "partnerId",
            p.name AS "partnerName", p.contact, b.id AS "batchId", b.kind, b.created_at AS at,
            b.file_name AS "fileName"
       FROM walkouts w JOIN share_batch_walkouts sw ON sw.walkout_id = w.id
       JOIN share_batches b ON b.id = sw.batch_id JOIN partners p ON p.id = b.partner_id
      WHERE w.prospect_id = ${prospectId} ORDER BY p.name, p.id, b.created_at, b.id`,
  );
  const byPartner = new Map<number, ErasePartnerDto>();
  for (const { partnerId, partnerName, contact, ...batch } of rows) {
    const partner = byPartner.get(partnerId) ?? { partnerId, partnerName, contact, batches: [] };
    partner.batches.push(batch);
    byPartner.set(partnerId, partner);
  }
  return [...byPartner.values()];
}

const erased = (column: string) =>
  sql`${sql.raw(column)} = CASE WHEN ${sql.raw(column)} = '' THEN '' ELSE ${ERASED_TEXT} END`;

/**
 * The prospect keeps only what is not them: source, channel, who referred them. They can no longer be
 * called, shared or found by phone, and prospect search (Ctrl+K) no longer files them. Their visits keep
 * "had a phone or e-mail" (has_contact): the contact
 * trigger of migration 0004 clears it when phone and e-mail go, which would move the dashboard's contact
 * capture and compliance figures, so it is put back as it was, in the same transaction.
 */
export async function eraseProspect(ex: Executor, prospectId: number, at: number): Promise<void> {
  const withContact = await all(
    ex,
    sql<{ id: number }>`SELECT id FROM walkouts WHERE prospect_id = ${prospectId} AND has_contact = 1`,
  );
  await run(
    ex,
    sql`UPDATE prospects SET first_name = ${ERASED_NAME}, last_name = '', phone = NULL, email = NULL, best_time = '',
       contact_ok = 0, share_ok = 0, do_not_contact = 1, updated_at = ${at} WHERE id = ${prospectId}`,
  );
  await run(
    ex,
    sql`UPDATE walkouts SET has_contact = 1 WHERE id IN (${inList(withContact.map((r) => r.id))})`,
  );
  await dropFromSearch(ex, [prospectId]);
}

/**
 * The visits' texts: the objection in their words, pain points, motivation, personal details, the agreed
 * next step and the survey answer. What they looked at (product, category, price) and every fact the
 * figures count stay; none of these columns is one the dashboard's triggers watch.
 */
export async function eraseWalkoutTexts(ex: Executor, prospectId: number, at: number): Promise<void> {
  const texts = [
    'objection_text',
    'pain_points',
    'motivation',
    'personal_details',
    'next_step_text',
    'survey_text',
  ];
  await run(
    ex,
    sql`UPDATE walkouts SET ${sql.join(texts.map(erased))}, updated_at = ${at} WHERE prospect_id = ${prospectId}`,
  );
}

/** The calls' notes and the messages sent; outcomes, times and reasons used stay. */
export async function eraseFollowUpTexts(ex: Executor, followUpIds: readonly number[]): Promise<void> {
  await run(
    ex,
    sql`UPDATE follow_ups SET ${erased('notes')}, ${erased('message')}
      WHERE id IN (${inList(followUpIds)}) AND (notes <> '' OR message <> '')`,
  );
}

/** How the person and a referred friend are related ("brother"), both ways; the credit stays. */
export async function eraseReferralTexts(ex: Executor, referralIds: readonly number[]): Promise<void> {
  await run(ex, sql`UPDATE referrals SET ${erased('relationship')} WHERE id IN (${inList(referralIds)})`);
}

/** The audit rows about the person's own prospect, visits, calls and referrals. */
export async function auditRowsOfPerson(
  ex: Executor,
  prospectId: number,
  rows: PersonRows,
): Promise<{ id: number; detail: string }[]> {
  return all(
    ex,
    sql<{ id: number; detail: string }>`SELECT id, detail FROM audit_log
      WHERE entity = 'prospect' AND entity_id = ${prospectId}
     UNION ALL SELECT id, detail FROM audit_log
      WHERE entity = 'walkout' AND entity_id IN (${inList(rows.walkoutIds)})
     UNION ALL SELECT id, detail FROM audit_log
      WHERE entity = 'follow_up' AND entity_id IN (${inList(rows.followUpIds)})
     UNION ALL SELECT id, detail FROM audit_log
      WHERE entity = 'referral' AND entity_id IN (${inList(rows.referralIds)})`,
  );
}

export async function setAuditDetail(ex: Executor, id: number, detail: string): Promise<void> {
  await run(ex, sql`UPDATE audit_log SET detail = ${detail} WHERE id = ${id}`);
}
