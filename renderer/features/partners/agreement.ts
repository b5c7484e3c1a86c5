// How a partner agreement reads on screen: the fields it shares, its dates, its kinds of batch.
import type { PartnerDto, ShareBatchDto } from '../../../shared/contract/dto';
import { formatDate } from '../../ui/format';

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
