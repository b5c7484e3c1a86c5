// Walkouts left half typed when the counter form went away (the idle lock, a sign-out, another screen),
// one per employee, kept only in this window's memory: they hold customers' phone numbers, so never
// localStorage or disk, and a restart forgets them. Only the employee who typed one is offered it back.
import { EMPTY_WALKOUT, type WalkoutFormValues } from './walkoutFormValues';

const drafts = new Map<number, WalkoutFormValues>();

/** Anything typed or changed from the empty form, in the prospect's fields as in the walkout's. */
export function hasTyping(values: WalkoutFormValues): boolean {
  const changed = (typed: Record<string, unknown>, empty: Record<string, unknown>) =>
    Object.keys(empty).some((key) => {
      const value = typed[key];
      return typeof value === 'string' ? value.trim() !== empty[key] : value !== empty[key];
    });
  const { prospect, ...walkout } = values;
  const { prospect: noOne, ...noWalkout } = EMPTY_WALKOUT;
  return changed(prospect, noOne) || changed(walkout, noWalkout);
}

/** Keeps `values` as this employee's draft, replacing an older one; an untouched form keeps nothing. */
export function keepDraft(employeeId: number, values: WalkoutFormValues): void {
  if (hasTyping(values)) drafts.set(employeeId, { ...values, prospect: { ...values.prospect } });
}

export function draftOf(employeeId: number): WalkoutFormValues | null {
  return drafts.get(employeeId) ?? null;
}

export function forgetDraft(employeeId: number): void {
  drafts.delete(employeeId);
}
