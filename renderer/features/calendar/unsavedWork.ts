// What leaving a call before its outcome is logged would throw away, and how the leave dialog says it.

export interface UnsavedWork {
  /** Notes, or the survey's "in their words", were typed. */
  notes: boolean;
  /** The drafted message was changed from what the composer wrote. */
  message: boolean;
}

/** The panel's typing as something to lose, or null when leaving loses nothing. */
export function unsavedWork(notes: boolean, message: boolean): UnsavedWork | null {
  return notes || message ? { notes, message } : null;
}

export function lossWords(work: UnsavedWork): string {
  if (work.notes && work.message) return 'Your notes and your edited message will be lost.';
  return work.notes ? 'Your notes will be lost.' : 'Your edited message will be lost.';
}
