// SQL for erasing a person: their texts go from every table that holds them, while their rows stay as
// anonymous rows, so every count, roll-up and commission line of the store stays exactly as it was.
import type { ErasePartnerDto, ProspectFoundDto } from '../../../shared/contract/dto';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';
import { type FoundRow, PROSPECT_COLS, toFound, VISIT_FACTS } from '../prospects/prospects.repo';
import { ERASED_NAME, ERASED_TEXT } from './scrub';

/** The erasure's audit row is the record that a prospect was erased; nothing else deletes a prospect. */
const ERASURE = "a.entity = 'prospect' AND a.action = 'delete'";

export function erasedAt(db: Db, prospectId: number): number | null {
  return (
    (prepared(db, `SELECT min(a.at) FROM audit_log a WHERE ${ERASURE} AND a.entity_id = ?`)
      .pluck()
      .get(prospectId) as number | null) ?? null
  );
}

/**
 * Prospects not yet erased whose name or e-mail contains `text`, or whose phone contains `digits` (null:
 * no phone search), the newest first. A scan that stops at `limit` matches, and their visits are read for
 * those alone; an indexed search of every text is its own feature.
 */
export function findProspectsToErase(
  db: Db,
  q: { text: string; digits: string | null },
  limit: number,
): ProspectFoundDto[] {
  const like = `%${q.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = prepared(
    db,
    `SELECT ${PROSPECT_COLS}, ${VISIT_FACTS}
       FROM prospects p
      WHERE p.id IN (SELECT f.id FROM prospects f
         WHERE (trim(f.first_name || ' ' || f.last_name) LIKE @like ESCAPE '\\' OR f.email LIKE @like ESCAPE '\\'
                OR f.phone LIKE '%' || @digits || '%')
           AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE ${ERASURE} AND a.entity_id = f.id)
         ORDER BY f.id DESC LIMIT @limit)
      ORDER BY last_visit_at DESC, p.id DESC`,
  ).all({ like, digits: q.digits, limit }) as FoundRow[];
  return rows.map(toFound);
}

/** The rows that are the person's own: their visits, those visits' calls, and referrals to or from them. */
export interface PersonRows {
  walkoutIds: number[];
  followUpIds: number[];
  openFollowUps: number;
  referralIds: number[];
}

export function rowsOfPerson(db: Db, prospectId: number): PersonRows {
  const walkoutIds = prepared(db, 'SELECT id FROM walkouts WHERE prospect_id = ? ORDER BY id')
    .pluck()
    .all(prospectId) as number[];
  const followUps = prepared(
    db,
    `SELECT f.id, f.status = 'open' FROM follow_ups f JOIN walkouts w ON w.id = f.walkout_id
      WHERE w.prospect_id = ? ORDER BY f.id`,
  )
    .raw()
    .all(prospectId) as [number, number][];
  const referralIds = prepared(
    db,
    `SELECT r.id FROM referrals r WHERE r.prospect_id = @id
      UNION SELECT r.id FROM referrals r JOIN walkouts w ON w.id = r.walkout_id WHERE w.prospect_id = @id
      ORDER BY 1`,
  )
    .pluck()
    .all({ id: prospectId }) as number[];
  return {
    walkoutIds,
    followUpIds: followUps.map(([id]) => id),
    openFollowUps: followUps.filter(([, open]) => open === 1).length,
    referralIds,
  };
}

/** Every partner a file holding one of the person's visits went to or came from, with those files. */
export function partnersOfPerson(db: Db, prospectId: number): ErasePartnerDto[] {
  const rows = prepared(
    db,
    `SELECT DISTINCT p.id AS partnerId, p.name AS partnerName, p.contact, b.id AS batchId, b.kind,
            b.created_at AS at, b.file_name AS fileName
       FROM walkouts w JOIN share_batch_walkouts sw ON sw.walkout_id = w.id
       JOIN share_batches b ON b.id = sw.batch_id JOIN partners p ON p.id = b.partner_id
      WHERE w.prospect_id = ? ORDER BY p.name, p.id, b.created_at, b.id`,
  ).all(prospectId) as (Omit<ErasePartnerDto, 'batches'> & ErasePartnerDto['batches'][number])[];
  const byPartner = new Map<number, ErasePartnerDto>();
  for (const { partnerId, partnerName, contact, ...batch } of rows) {
    const partner = byPartner.get(partnerId) ?? { partnerId, partnerName, contact, batches: [] };
    partner.batches.push(batch);
    byPartner.set(partnerId, partner);
  }
  return [...byPartner.values()];
}

const erased = (column: string) => `${column} = CASE WHEN ${column} = '' THEN '' ELSE @erased END`;

/**
 * The prospect keeps only what is not them: source, channel, who referred them. They can no longer be
 * called, shared or found by phone. Their visits keep "had a phone or e-mail" (has_contact): the contact
 * trigger of migration 0004 clears it when phone and e-mail go, which would move the dashboard's contact
 * capture and compliance figures, so it is put back as it was, in the same transaction.
 */
export function eraseProspect(db: Db, prospectId: number, at: number): void {
  const withContact = prepared(db, 'SELECT id FROM walkouts WHERE prospect_id = ? AND has_contact = 1')
    .pluck()
    .all(prospectId) as number[];
  prepared(
    db,
    `UPDATE prospects SET first_name = @name, last_name = '', phone = NULL, email = NULL, best_time = '',
       contact_ok = 0, share_ok = 0, do_not_contact = 1, updated_at = @at WHERE id = @id`,
  ).run({ name: ERASED_NAME, at, id: prospectId });
  prepared(db, 'UPDATE walkouts SET has_contact = 1 WHERE id IN (SELECT value FROM json_each(?))').run(
    JSON.stringify(withContact),
  );
}

/**
 * The visits' texts: the objection in their words, pain points, motivation, personal details, the agreed
 * next step and the survey answer. What they looked at (product, category, price) and every fact the
 * figures count stay; none of these columns is one the dashboard's triggers watch.
 */
export function eraseWalkoutTexts(db: Db, prospectId: number, at: number): void {
  const texts = [
    'objection_text',
    'pain_points',
    'motivation',
    'personal_details',
    'next_step_text',
    'survey_text',
  ];
  prepared(
    db,
    `UPDATE walkouts SET ${texts.map(erased).join(', ')}, updated_at = @at WHERE prospect_id = @id`,
  ).run({ erased: ERASED_TEXT, at, id: prospectId });
}

/** The calls' notes and the messages sent; outcomes, times and reasons used stay. */
export function eraseFollowUpTexts(db: Db, followUpIds: readonly number[]): void {
  prepared(
    db,
    `UPDATE follow_ups SET ${erased('notes')}, ${erased('message')}
      WHERE id IN (SELECT value FROM json_each(@ids)) AND (notes <> '' OR message <> '')`,
  ).run({ erased: ERASED_TEXT, ids: JSON.stringify(followUpIds) });
}

/** How the person and a referred friend are related ("brother"), both ways; the credit stays. */
export function eraseReferralTexts(db: Db, referralIds: readonly number[]): void {
  prepared(
    db,
    `UPDATE referrals SET ${erased('relationship')} WHERE id IN (SELECT value FROM json_each(@ids))`,
  ).run({ erased: ERASED_TEXT, ids: JSON.stringify(referralIds) });
}

/** The audit rows about the person's own prospect, visits, calls and referrals. */
export function auditRowsOfPerson(
  db: Db,
  prospectId: number,
  rows: PersonRows,
): { id: number; detail: string }[] {
  return prepared(
    db,
    `SELECT id, detail FROM audit_log WHERE entity = 'prospect' AND entity_id = @prospect
     UNION ALL SELECT id, detail FROM audit_log
      WHERE entity = 'walkout' AND entity_id IN (SELECT value FROM json_each(@walkouts))
     UNION ALL SELECT id, detail FROM audit_log
      WHERE entity = 'follow_up' AND entity_id IN (SELECT value FROM json_each(@followUps))
     UNION ALL SELECT id, detail FROM audit_log
      WHERE entity = 'referral' AND entity_id IN (SELECT value FROM json_each(@referrals))`,
  ).all({
    prospect: prospectId,
    walkouts: JSON.stringify(rows.walkoutIds),
    followUps: JSON.stringify(rows.followUpIds),
    referrals: JSON.stringify(rows.referralIds),
  }) as { id: number; detail: string }[];
}

export function setAuditDetail(db: Db, id: number, detail: string): void {
  prepared(db, 'UPDATE audit_log SET detail = ? WHERE id = ?').run(detail, id);
}
