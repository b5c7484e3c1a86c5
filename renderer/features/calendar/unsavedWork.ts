// What leaving a call before its outcome is logged would throw away, and how the leave dialog says it.

export interface UnsavedWork {
  /** Notes, or the survey's "in their words", were typed. */
  notes: boolean;
  /** A sale amount was typed (the outcome chosen is Sold). */
  amount: boolean;
  /** A next-step time was filled in. */
  nextStep: boolean;
  /** The drafted message was changed from what the composer wrote. */
  message: boolean;
}

/** The panel's typing as something to lose, or null when leaving loses nothing. */
export function unsavedWork(typed: UnsavedWork): UnsavedWork | null {
  return typed.notes || typed.amount || typed.nextStep || typed.message ? { ...typed } : null;
}

/** "Your notes will be lost." — every part named, in the order the panel shows them. */
export function lossWords(work: UnsavedWork): string {
  const parts = [
    work.notes && 'your notes',
    work.amount && 'your sale amount',
    work.nextStep && 'your next-step time',
    work.message && 'your edited message',
  ].filter((part): part is string => part !== false);
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `${listed.charAt(0).toUpperCase()}${listed.slice(1)} will be lost.`;
}
