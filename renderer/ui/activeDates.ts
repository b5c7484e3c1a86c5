// The optional "active from / until" dates of a partner agreement or a reason: store-local date fields
// in the form, instants (local midnight) in the contract.
import { fromLocalInput } from '../../shared/domain/localInput';
import { localDateKey } from '../../shared/domain/storeClock';

/** The date field's text for an instant: "" when there is none. */
export const dateFieldOf = (t: number | null, timeZone: string) =>
  t === null ? '' : localDateKey(t, timeZone);

/** The instants the two fields name, or null when either names a date that does not exist. */
export function readActiveDates(
  from: string,
  until: string,
  timeZone: string,
): { activeFrom: number | null; activeUntil: number | null } | null {
  const activeFrom = from ? fromLocalInput(`${from}T00:00`, timeZone) : null;
  const activeUntil = until ? fromLocalInput(`${until}T00:00`, timeZone) : null;
  if ((from && activeFrom === null) || (until && activeUntil === null)) return null;
  return { activeFrom, activeUntil };
}
