// Which walkouts may go to a partner, and the leads as they travel. Consent is checked here and only
// here: a prospect who did not agree to sharing, or asked not to be contacted, is never in a file.
import type { ExportPreviewDto } from '../../../shared/contract/dto';
import type { ExportFilter } from '../../../shared/contract/schemas';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';
import type { SharedLead } from './formats/types';
import type { PartnerAgreement } from './partners.repo';

const DAY = 86_400_000;
const SAMPLE = 20;

export type LeftOut = keyof ExportPreviewDto['leftOut'];

/**
 * Why a walkout stays home, in SQL so that neither the preview's counts nor the export itself has to read
 * a hundred thousand rows to learn it; NULL when it may go. Do-not-contact first: it overrides every consent.
 * A walkout outside the agreement's categories (when it names any) never goes, whatever the filters say.
 */
const LEFT_OUT = `CASE
    WHEN p.do_not_contact THEN 'doNotContact'
    WHEN NOT p.share_ok OR NOT p.contact_ok THEN 'noShareConsent'
    WHEN EXISTS (SELECT 1 FROM partners pa WHERE pa.id = @partnerId AND pa.categories <> '[]'
                  AND lower(w.category) NOT IN (SELECT lower(c.value) FROM json_each(pa.categories) c))
      THEN 'outsideAgreement'
    WHEN p.phone IS NULL AND p.email IS NULL THEN 'noContactDetails'
    WHEN w.id IN (SELECT sw.walkout_id FROM share_batch_walkouts sw JOIN share_batches b ON b.id = sw.batch_id
                   WHERE b.partner_id = @partnerId AND b.kind = 'lead_export') THEN 'alreadyShared'
  END`;

/** Our own walkouts (never a lead a partner sent us) matching the filters. */
function candidates(f: ExportFilter): string {
  // Statuses come validated from the contract's enum; listing them lets SQLite use plain IN.
  const statuses = f.statuses.map((s) => `'${s}'`).join(', ');
  return `FROM walkouts w JOIN prospects p ON p.id = w.prospect_id JOIN employees e ON e.id = w.employee_id
    WHERE w.source <> 'partner' AND w.status IN (${statuses}) AND w.visited_at <= @before
      AND (@category IS NULL OR w.category = @category) AND (@employee IS NULL OR w.employee_id = @employee)`;
}

function params(f: ExportFilter, now: number) {
  return {
    partnerId: f.partnerId,
    before: now - f.olderThanDays * DAY,
    category: f.category ?? null,
    employee: f.employeeId ?? null,
  };
}

export function exportPreview(db: Db, f: ExportFilter, now: number): ExportPreviewDto {
  const leftOut: ExportPreviewDto['leftOut'] = {
    noShareConsent: 0,
    doNotContact: 0,
    noContactDetails: 0,
    alreadyShared: 0,
    outsideAgreement: 0,
  };
  let qualifying = 0;
  const counts = prepared(
    db,
    `SELECT left_out AS why, count(*) AS n FROM (SELECT ${LEFT_OUT} AS left_out ${candidates(f)}) GROUP BY left_out`,
  ).all(params(f, now)) as { why: LeftOut | null; n: number }[];
  for (const { why, n } of counts) {
    if (why) leftOut[why] = n;
    else qualifying = n;
  }
  const sample = prepared(
    db,
    `SELECT w.id AS walkoutId, trim(p.first_name || ' ' || p.last_name) AS prospectName, w.product,
            w.visited_at AS visitedAt, e.name AS ownerName
       ${candidates(f)} AND (${LEFT_OUT}) IS NULL ORDER BY w.visited_at DESC, w.id DESC LIMIT ${SAMPLE}`,
  ).all(params(f, now)) as ExportPreviewDto['sample'];
  return { qualifying, leftOut, sample };
}

/** The walkouts that go, newest first: ids for the share batch, leads as the partner receives them. */
export function leadsToShare(
  db: Db,
  f: ExportFilter,
  now: number,
  partner: PartnerAgreement,
  storeName: string,
): { ids: number[]; leads: SharedLead[] } {
  // Contact details always travel; the rest only where the agreement says.
  const allowed = new Set(partner.sharedFields);
  const rows = prepared(
    db,
    `SELECT w.id, w.share_id, e.name, w.visited_at, p.first_name, p.last_name, p.phone, p.email, w.product,
            w.category, w.objection, w.objection_text, w.price_quoted_cents, w.pain_points, w.motivation,
            w.personal_details
       ${candidates(f)} AND (${LEFT_OUT}) IS NULL ORDER BY w.visited_at DESC, w.id DESC`,
  )
    .raw()
    .all(params(f, now)) as [
    number,
    string,
    string,
    number,
    string,
    string,
    string | null,
    string | null,
    string,
    string,
    SharedLead['objection'],
    string,
    number | null,
    string,
    string,
    string,
  ][];
  const ids: number[] = new Array(rows.length);
  const leads: SharedLead[] = new Array(rows.length);
  rows.forEach((r, i) => {
    ids[i] = r[0];
    const lead: SharedLead = {
      shareId: r[1],
      originDistributor: storeName,
      originRep: r[2],
      visitedAt: r[3],
      firstName: r[4],
      lastName: r[5],
      phone: r[6],
      email: r[7],
      product: r[8],
      category: r[9],
      objection: r[10],
      objectionText: r[11],
    };
    if (allowed.has('priceQuoted')) lead.priceQuotedCents = r[12];
    if (allowed.has('painPoints')) lead.painPoints = r[13];
    if (allowed.has('notes')) lead.notes = r[14];
    if (allowed.has('personalDetails')) lead.personalDetails = r[15];
    leads[i] = lead;
  });
  return { ids, leads };
}
