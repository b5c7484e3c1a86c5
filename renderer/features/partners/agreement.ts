// How a partner agreement reads on screen: the fields it shares, its dates, its kinds of batch.
import type { PartnerDto, ResentFileDto, ShareBatchDto } from '../../../shared/contract/dto';
import { formatDate, plural } from '../../ui/format';
import { shortSha } from './download';

export type SharedField = PartnerDto['sharedFields'][number];
export const SHARED_FIELDS: readonly SharedField[] = [
  'painPoints',
  'notes',
  'priceQuoted',
  'personalDetails',
];
export const SHARED_FIELD_LABELS: Record<SharedField, string> = {
  painPoints: 'Pain points',
  notes: 'Notes',
  priceQuoted: 'Price quoted',
  personalDetails: 'Personal details',
};

/** "Contact details, pain points, price quoted": contact details always travel. */
export function sharedText(fields: readonly string[]): string {
  const extra = SHARED_FIELDS.filter((f) => fields.includes(f)).map((f) =>
    SHARED_FIELD_LABELS[f].toLowerCase(),
  );
  return ['Contact details', ...extra].join(', ');
}

export function activeText(p: Pick<PartnerDto, 'activeFrom' | 'activeUntil'>, timeZone: string): string {
  const from = p.activeFrom === null ? '' : `From ${formatDate(p.activeFrom, timeZone)}`;
  const until = p.activeUntil === null ? '' : `until ${formatDate(p.activeUntil, timeZone)}`;
  if (!from && !until) return 'No end date';
  return [from, until]
    .filter(Boolean)
    .join(' ')
    .replace(/^until/, 'Until');
}

export const BATCH_KIND_LABELS: Record<ShareBatchDto['kind'], string> = {
  lead_export: 'Leads sent',
  lead_import: 'Leads received',
  outcome_export: 'Outcomes sent',
  outcome_import: 'Outcomes received',
};

/** "Leads older than 14 days": the agreement's "share after", which the export applies. */
export function agreementAge(shareAfterDays: number): string {
  if (shareAfterDays === 0) return 'Leads of any age';
  return `Leads older than ${shareAfterDays} ${shareAfterDays === 1 ? 'day' : 'days'}`;
}

/** "Phones in area codes 312, 773" or "Any territory", with the free-text description beside it. */
export function territoryText(p: Pick<PartnerDto, 'areaCodes' | 'territory'>): string {
  const codes = p.areaCodes.length
    ? `Phones in area code${p.areaCodes.length === 1 ? '' : 's'} ${p.areaCodes.join(', ')}`
    : 'Any territory';
  return p.territory ? `${codes} (${p.territory})` : codes;
}

/** "Sent 3 leads again to … · SHA-256 … — 2 leads no longer shareable were left out." */
export function resentText(
  r: Pick<ResentFileDto, 'count' | 'fileName' | 'sha256' | 'noLongerShareable'>,
): string {
  const sent = `Sent ${plural(r.count, 'lead')} again to ${r.fileName} · ${shortSha(r.sha256)}`;
  if (r.noLongerShareable === 0) return `${sent} — every lead of the first file is still shareable.`;
  const n = r.noLongerShareable;
  return `${sent} — ${plural(n, 'lead')} no longer shareable ${n === 1 ? 'was' : 'were'} left out.`;
}
