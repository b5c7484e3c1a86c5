// An open call's typed notes and edited message, kept when the idle lock signed its employee out, so the
// same employee is offered them back on opening that call again. The counter's walkout drafts scheme: one
// per employee, in this window's memory only (notes name customers), never another employee's.

export interface CallDraft {
  followUpId: number;
  notes: string;
  /** The survey's "in their words". */
  surveyText: string;
  /** The message as the employee edited it; null when it was the composer's own draft. */
  message: string | null;
}

const drafts = new Map<number, CallDraft>();

/** Something worth offering back: typed notes or an edited message. */
export function hasCallTyping(draft: CallDraft): boolean {
  return draft.notes.trim() !== '' || draft.surveyText.trim() !== '' || draft.message !== null;
}

/** Keeps `draft` as this employee's, replacing an older one; nothing typed keeps nothing. */
export function keepCallDraft(employeeId: number, draft: CallDraft): void {
  if (hasCallTyping(draft)) drafts.set(employeeId, { ...draft });
}

/** This employee's kept draft, if it belongs to this call. */
export function callDraftOf(employeeId: number, followUpId: number): CallDraft | null {
  const draft = drafts.get(employeeId);
  return draft?.followUpId === followUpId ? draft : null;
}

/** Forgets this employee's draft of this call (put back, discarded or its outcome logged); another call's stays. */
export function forgetCallDraft(employeeId: number, followUpId: number): void {
  if (callDraftOf(employeeId, followUpId)) drafts.delete(employeeId);
}
