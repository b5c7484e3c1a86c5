// Which walkouts may go to a partner, and the leads as they travel. Consent is checked here and only
// here: a prospect who did not agree to sharing, or asked not to be contacted, is never in a file.
import type { ExportPreviewDto, PartnerDto } from '../../../shared/contract/dto';
import type { ExportFilter } from '../../../shared/contract/schemas';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';
import type { SharedLead } from './formats/types';

const DAY = 86_400_000;
const SAMPLE = 20;

interface Row {
  id: number;
  share_id: string;
  visited_at: number;
  product: string;
  category: string;
  price_quoted_cents: number | null;
  objection: SharedLead['objection'];
  objection_text: string;
  pain_points: string;
  motivation: string;
  personal_details: string;
  rep: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  email: string | null;
  share_ok: number;
  contact_ok: number;
  do_not_contact: number;
  already: number;
}

export type LeftOut = keyof ExportPreviewDto['leftOut'];

/** Why a walkout stays home; null when it may go. Do-not-contact first: it overrides every consent. */
export function leftOutBecause(
  r: Pick<Row, 'do_not_contact' | 'share_ok' | 'contact_ok' | 'phone' | 'email' | 'already'>,
): LeftOut | null {
  if (r.do_not_contact) return 'doNotContact';
  if (!r.share_ok || !r.contact_ok) return 'noShareConsent';
  if (r.phone === null && r.email === null) return 'noContactDetails';
  if (r.already) return 'alreadyShared';
  return null;
}

/** Our own walkouts (never a lead a partner sent us) matching the filters. */
export function exportCandidates(db: Db, f: ExportFilter, now: number): Row[] {
  // Statuses come validated from the contract's enum; listing them lets SQLite use plain IN.
  const statuses = f.statuses.map((s) => `'${s}'`).join(', ');
  const shared = new Set(
    prepared(
      db,
      `SELECT sw.walkout_id FROM share_batch_walkouts sw JOIN share_batches b ON b.id = sw.batch_id
        WHERE b.partner_id = ? AND b.kind = 'lead_export'`,
    )
      .pluck()
      .all(f.partnerId) as number[],
  );
  const rows = prepared(
    db,
    `SELECT w.id, w.share_id, w.visited_at, w.product, w.category, w.price_quoted_cents, w.objection, w.objection_text,
            w.pain_points, w.motivation, w.personal_details, e.name AS rep, p.first_name, p.last_name, p.phone, p.email,
            p.share_ok, p.contact_ok, p.do_not_contact
       FROM walkouts w JOIN prospects p ON p.id = w.prospect_id JOIN employees e ON e.id = w.employee_id
      WHERE w.source <> 'partner' AND w.status IN (${statuses}) AND w.visited_at <= @before
        AND (@category IS NULL OR w.category = @category) AND (@employee IS NULL OR w.employee_id = @employee)
      ORDER BY w.visited_at DESC, w.id DESC`,
  ).all({
    before: now - f.olderThanDays * DAY,
    category: f.category ?? null,
    employee: f.employeeId ?? null,
  }) as Omit<Row, 'already'>[];
  return rows.map((r) => ({ ...r, already: shared.has(r.id) ? 1 : 0 }));
}

export function previewOf(rows: Row[]): ExportPreviewDto & { going: Row[] } {
  const leftOut: ExportPreviewDto['leftOut'] = {
    noShareConsent: 0,
    doNotContact: 0,
    noContactDetails: 0,
    alreadyShared: 0,
  };
  const going: Row[] = [];
  for (const r of rows) {
    const why = leftOutBecause(r);
    if (why) leftOut[why]++;
    else going.push(r);
  }
  return {
    qualifying: going.length,
    leftOut,
    going,
    sample: going.slice(0, SAMPLE).map((r) => ({
      walkoutId: r.id,
      prospectName: `${r.first_name} ${r.last_name}`.trim(),
      product: r.product,
      visitedAt: r.visited_at,
      ownerName: r.rep,
    })),
  };
}

/** The lead as the partner receives it: contact details always, the rest only where the agreement says. */
export function toSharedLead(r: Row, partner: PartnerDto, storeName: string): SharedLead {
  const allowed = new Set(partner.sharedFields);
  return {
    shareId: r.share_id,
    originDistributor: storeName,
    originRep: r.rep,
    visitedAt: r.visited_at,
    firstName: r.first_name,
    lastName: r.last_name,
    phone: r.phone,
    email: r.email,
    product: r.product,
    category: r.category,
    objection: r.objection,
    objectionText: r.objection_text,
    ...(allowed.has('priceQuoted') ? { priceQuotedCents: r.price_quoted_cents } : {}),
    ...(allowed.has('painPoints') ? { painPoints: r.pain_points } : {}),
    ...(allowed.has('notes') ? { notes: r.motivation } : {}),
    ...(allowed.has('personalDetails') ? { personalDetails: r.personal_details } : {}),
  };
}
