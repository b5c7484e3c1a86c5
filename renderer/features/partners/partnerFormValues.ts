// The partner form's values (dollars, area codes, days, lists and dates as typed) and the schema that reads
// them as the contract's input.
import { z } from 'zod';
import type { PartnerDto } from '../../../shared/contract/dto';
import { partnerCreateInput } from '../../../shared/contract/schemas';
import { parseAreaCodes } from '../../../shared/domain/territory';
import { dateFieldOf } from '../../ui/activeDates';
import { dateText, listText, moneyText, withTypedFields } from '../../ui/typedText';

const DAYS = 'Enter a number of days from 0 to 365';

/** "312, (773); 630" → the codes, once each; the first bad one is the message. */
const areaCodesText = z.string().transform((typed, ctx) => {
  const read = parseAreaCodes(typed);
  if (read.ok) return read.codes;
  ctx.addIssue({ code: 'custom', message: read.message });
  return z.NEVER;
});

export const partnerFormSchema = (timeZone: string) =>
  withTypedFields(partnerCreateInput, {
    commissionCents: moneyText('Enter an amount like 75 or 75.50'),
    areaCodes: areaCodesText,
    // Up to three digits; the contract says the same words past 365.
    shareAfterDays: z
      .string()
      .regex(/^\s*\d{1,3}\s*$/, DAYS)
      .transform(Number),
    categories: listText,
    activeFrom: dateText(timeZone),
    activeUntil: dateText(timeZone),
  });

/** Whole dollars without cents ("75"), cents kept ("75.50"); none is empty. */
const moneyField = (cents: number | undefined) =>
  !cents ? '' : cents % 100 ? (cents / 100).toFixed(2) : String(cents / 100);

/** What the form shows: the agreement being edited, or a new one (shared after 14 days). */
export function partnerFormValues(editing: PartnerDto | null, timeZone: string) {
  return {
    name: editing?.name ?? '',
    contact: editing?.contact ?? '',
    sharedFields: editing?.sharedFields ?? [],
    commissionCents: moneyField(editing?.commissionCents),
    territory: editing?.territory ?? '',
    areaCodes: editing?.areaCodes.join(', ') ?? '',
    shareAfterDays: String(editing?.shareAfterDays ?? 14),
    categories: editing?.categories.join(', ') ?? '',
    activeFrom: dateFieldOf(editing?.activeFrom ?? null, timeZone),
    activeUntil: dateFieldOf(editing?.activeUntil ?? null, timeZone),
  };
}
