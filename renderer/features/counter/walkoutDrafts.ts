// Walkouts left half typed when the counter form went away (the idle lock, a sign-out, another screen),
// one per employee, kept only in this window's memory: they hold customers' phone numbers, so never
// localStorage or disk, and a restart forgets them. Only the employee who typed one is offered it back.
import { EMPTY_WALKOUT, type WalkoutFormValues } from './walkoutFormValues';

const drafts = new Map<number, WalkoutFormValues>();

/** Anything typed or changed from the empty form. */
export function hasTyping(values: WalkoutFormValues): boolean {
  return (Object.keys(EMPTY_WALKOUT) as (keyof WalkoutFormValues)[]).some((key) => {
    const value = values[key];
    return typeof value === 'string' ? value.trim() !== EMPTY_WALKOUT[key] : value !== EMPTY_WALKOUT[key];
  });
}

/** Keeps `values` as this employee's draft, replacing an older one; an untouched form keeps nothing. */
export function keepDraft(employeeId: number, values: WalkoutFormValues): void {
  if (hasTyping(values)) drafts.set(employeeId, { ...values });
}

export function draftOf(employeeId: number): WalkoutFormValues | null {
  return drafts.get(employeeId) ?? null;
}

export function forgetDraft(employeeId: number): void {
  drafts.delete(employeeId);
}
