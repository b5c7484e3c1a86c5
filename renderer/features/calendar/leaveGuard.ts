// The open call's guard for the ways out the calendar screen does not own: the header's Sign out asks
// through it, and the idle lock (which cannot wait for an answer at an unattended PC) keeps the typing
// instead. At most one call panel is open, so one guard at a time.

interface OpenCallGuard {
  /** Runs `leave` at once when nothing would be lost, or after the person chose Leave. */
  askToLeave: (leave: () => void) => void;
  /** Keeps the typed notes and edited message for the same employee, without asking. */
  keepForLock: () => void;
}

let current: OpenCallGuard | null = null;

/** Installs the guard of the call now open; the returned function removes it. */
export function installLeaveGuard(guard: OpenCallGuard): () => void {
  current = guard;
  return () => {
    if (current === guard) current = null;
  };
}

export function askBeforeLeaving(leave: () => void): void {
  if (current) current.askToLeave(leave);
  else leave();
}

export function keepOpenCallForLock(): void {
  current?.keepForLock();
}
