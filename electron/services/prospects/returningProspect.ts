// A returning be-back's counter entry laid over what is stored: only what was typed, and typed differently,
// changes; a blank field or an untouched choice keeps what was known (PRODUCT.md quality bar).
import type { ProspectDto } from '../../../shared/contract/dto';
import type { ProspectFields } from './prospects.repo';

/** Choices the counter sends only when the employee changed them. */
type ChoiceField = 'preferredChannel' | 'contactOk' | 'shareOk';
/** What the counter sent: '' or null is "left blank", undefined is "not touched". */
export type ProspectEntry = Omit<ProspectFields, ChoiceField> & Partial<Pick<ProspectFields, ChoiceField>>;

/** Each changed field with its value before and after: the audit row reads on its own. */
export type ProspectChanges = Partial<{
  [K in keyof ProspectFields]: { before: ProspectFields[K]; after: ProspectFields[K] };
}>;

export function mergeReturning(
  stored: ProspectDto,
  entry: ProspectEntry,
): { fields: ProspectFields; changes: ProspectChanges } {
  const fields: ProspectFields = {
    firstName: entry.firstName || stored.firstName,
    lastName: entry.lastName || stored.lastName,
    phone: entry.phone ?? stored.phone,
    email: entry.email ?? stored.email,
    preferredChannel: entry.preferredChannel ?? stored.preferredChannel,
    bestTime: entry.bestTime || stored.bestTime,
    contactOk: entry.contactOk ?? stored.contactOk,
    shareOk: entry.shareOk ?? stored.shareOk,
  };
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(fields) as (keyof ProspectFields)[]) {
    if (fields[key] !== stored[key]) changes[key] = { before: stored[key], after: fields[key] };
  }
  return { fields, changes: changes as ProspectChanges };
}

/** Another rep's prospect as staff see it (the returning-prospect card): who, when, whose; never how to reach them. */
export function returningCard(prospect: ProspectDto): ProspectDto {
  return { ...prospect, phone: null, email: null, bestTime: '' };
}
