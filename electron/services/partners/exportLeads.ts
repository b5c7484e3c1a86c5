// Which walkouts may go to a partner, and the leads as they travel. Consent is checked here and only
// here: a prospect who did not agree to sharing, or asked not to be contacted, is never in a file.
import { type RawBuilder, sql } from 'kysely';
import type { ExportPreviewDto } from '../../../shared/contract/dto';
import type { ExportFilter } from '../../../shared/contract/schemas';
import { jsonValues } from '../../db/dialect';
import type { Db } from '../../db/open';
import { all, allArrays, type Executor, matches } from '../../db/store';
import type { SharedLead } from './formats/types';
import type { PartnerAgreement } from './partners.repo';

const DAY = 86_400_000;
const SAMPLE = 20;

export type LeftOut = keyof ExportPreviewDto['leftOut'];

/** What an export reads: the owner's filters, or the leads of one recorded batch sent again. */
export type ExportScope = ExportFilter | { partnerId: number; resendOf: number };

/** The values every statement below binds. */
interface Params {
  partnerId: number;
  now: number;
  resendOf: number | null;
  category: string | null;
  employee: number | null;
}

function params(scope: ExportScope, now: number): Params {
  const resend = 'resendOf' in scope;
  return {
    partnerId: scope.partnerId,
    now,
    resendOf: resend ? scope.resendOf : null,
    category: resend ? null : (scope.category ?? null),
    employee: resend ? null : (scope.employeeId ?? null),
  };
}

/**
 * Why a walkout stays home, in SQL so that neither the preview's counts nor the export itself has to read
 * a hundred thousand rows to learn it; NULL when it may go. This CASE is the one place that decides it, for
 * a first send and a re-send alike. Do-not-contact first: it overrides every consent (an erased prospect is
 * do-not-contact). Then the agreement: its categories and its territory (the phone's NANP area code, the
 * 3 digits after +1 of the stored E.164 number; no phone is outside any territory), then its "share after"
 * days (a visit younger than that is still being worked). A re-send repeats leads already shared.
 */
const leftOutOf = (ex: Executor, p: Params) => sql`CASE
    WHEN p.do_not_contact = 1 THEN 'doNotContact'
    WHEN p.share_ok = 0 OR p.contact_ok = 0 THEN 'noShareConsent'
    WHEN pa.categories <> '[]'
         AND lower(w.category) NOT IN (SELECT lower(c.value) FROM (${jsonValues(ex, sql`pa.categories`)}) c) THEN 'outsideAgreement'
    WHEN pa.area_codes <> '[]'
         AND (p.phone IS NULL OR substr(p.phone, 1, 2) <> '+1'
              OR substr(p.phone, 3, 3) NOT IN (SELECT t.value FROM (${jsonValues(ex, sql`pa.area_codes`)}) t)) THEN 'outsideTerritory'
    WHEN p.phone IS NULL AND p.email IS NULL THEN 'noContactDetails'
    WHEN w.visited_at > ${p.now} - pa.share_after_days * ${sql.raw(String(DAY))} THEN 'stillBeingWorked'
    WHEN CAST(${p.resendOf} AS BIGINT) IS NULL AND w.id IN (SELECT sw.walkout_id FROM share_batch_walkouts sw
           JOIN share_batches b ON b.id = sw.batch_id
          WHERE b.partner_id = ${p.partnerId} AND b.kind = 'lead_export') THEN 'alreadyShared'
  END`;

/** Our own walkouts (never a lead a partner sent us) matching the filters, with the partner's agreement. */
function candidates(scope: ExportScope, p: Params): RawBuilder<unknown> {
  const from = sql`FROM walkouts w JOIN prospects p ON p.id = w.prospect_id JOIN employees e ON e.id = w.employee_id
    JOIN partners pa ON pa.id = ${p.partnerId} WHERE w.source <> 'partner'`;
  if ('resendOf' in scope) {
    return sql`${from} AND w.id IN (SELECT r.walkout_id FROM share_batch_walkouts r WHERE r.batch_id = ${p.resendOf})`;
  }
  // Statuses come validated from the contract's enum; listing them lets SQLite use plain IN.
  const statuses = scope.statuses.map((s) => `'${s}'`).join(', ');
  return sql`${from} AND w.status IN (${sql.raw(statuses)})
      AND ${matches('w.category', p.category)} AND ${matches('w.employee_id', p.employee)}`;
}

/** How many of the scope's walkouts go, and how many stay home by why; the counts add up to the scope. */
export async function countLeftOut(
  ex: Executor,
  scope: ExportScope,
  now: number,
): Promise<Pick<ExportPreviewDto, 'qualifying' | 'leftOut'>> {
  const leftOut: ExportPreviewDto['leftOut'] = {
    noShareConsent: 0,
    doNotContact: 0,
    noContactDetails: 0,
    alreadyShared: 0,
    outsideAgreement: 0,
    outsideTerritory: 0,
    stillBeingWorked: 0,
  };
  let qualifying = 0;
  const p = params(scope, now);
  const counts = await all(
    ex,
    sql<{ why: LeftOut | null; n: number }>`SELECT left_out AS why, count(*) AS n
      FROM (SELECT ${leftOutOf(ex, p)} AS left_out ${candidates(scope, p)}) c GROUP BY left_out`,
  );
  for (const { why, n } of counts) {
    if (why) leftOut[why] = Number(n);
    else qualifying = Number(n);
  }
  return { qualifying, leftOut };
}

export async function exportPreview(
  ex: Executor,
  f: ExportFilter,
  now: number,
  shareAfterDays: number,
): Promise<ExportPreviewDto> {
  const p = params(f, now);
  const sample = await all(
    ex,
    sql<ExportPreviewDto['sample'][number]>`SELECT w.id AS "walkoutId",
            trim(p.first_name || ' ' || p.last_name) AS "prospectName", w.product,
            w.visited_at AS "visitedAt", e.name AS "ownerName"
       ${candidates(f, p)} AND (${leftOutOf(ex, p)}) IS NULL
       ORDER BY w.visited_at DESC, w.id DESC LIMIT ${sql.raw(String(SAMPLE))}`,
  );
  return { ...(await countLeftOut(ex, f, now)), shareAfterDays, sample };
}

type LeadRow = [
  id: number,
  shareId: string,
  rep: string,
  visitedAt: number,
  firstName: string,
  lastName: string,
  phone: string | null,
  email: string | null,
  product: string,
  category: string,
  objection: SharedLead['objection'],
  objectionText: string,
  priceQuotedCents: number | null,
  painPoints: string,
  motivation: string,
  personalDetails: string,
];

/** The walkouts that go, newest first: ids for the share batch, leads as the partner receives them. */
/**
 * The walkouts that go, newest first: ids for the share batch, leads as the partner receives them. Read
 * inside a transaction `tx`, as arrays straight from SQLite (`sqlite`, see allArrays).
 */
export async function leadsToShare(
  tx: Executor,
  f: ExportScope,
  now: number,
  partner: PartnerAgreement,
  storeName: string,
  sqlite: Db | null,
): Promise<{ ids: number[]; leads: SharedLead[] }> {
  // Contact details always travel; the rest only where the agreement says.
  const allowed = new Set(partner.sharedFields);
  const p = params(f, now);
  const rows = await allArrays<LeadRow>(
    tx,
    sqlite,
    sql`SELECT w.id, w.share_id, e.name, w.visited_at, p.first_name, p.last_name, p.phone, p.email,
            w.product, w.category, w.objection, w.objection_text, w.price_quoted_cents, w.pain_points, w.motivation,
            w.personal_details
       ${candidates(f, p)} AND (${leftOutOf(tx, p)}) IS NULL ORDER BY w.visited_at DESC, w.id DESC`,
  );
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
