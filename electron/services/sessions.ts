// Which employee is signed in at which door session (an Electron window, a browser tab).
// Kept in memory: a restart signs everyone out, which is what a shared counter PC wants. A session no
// call has used for the idle time ends by itself, so a forgotten tab or window is signed out even when
// its own idle timer never ran.
export interface SessionClock {
  now: () => number;
  /** How long a session may go unused; Infinity keeps sessions until sign-out. */
  idleMs: () => number;
}

const NEVER: SessionClock = { now: Date.now, idleMs: () => Number.POSITIVE_INFINITY };

export class Sessions {
  private readonly byKey = new Map<string, { employeeId: number; lastSeen: number }>();

  constructor(private readonly clock: SessionClock = NEVER) {}

  signIn(sessionKey: string, employeeId: number): void {
    this.byKey.set(sessionKey, { employeeId, lastSeen: this.clock.now() });
  }

  signOut(sessionKey: string): void {
    this.byKey.delete(sessionKey);
  }

  /**
   * The signed-in employee, or undefined. Each call counts as use of the session unless `use` is false (a
   * screen's own timer asking, not a person).
   */
  employeeId(sessionKey: string, use = true): number | undefined {
    const session = this.byKey.get(sessionKey);
    if (!session) return undefined;
    const at = this.clock.now();
    if (at - session.lastSeen > this.clock.idleMs()) {
      this.byKey.delete(sessionKey);
      return undefined;
    }
    if (use) session.lastSeen = at;
    return session.employeeId;
  }

  clear(): void {
    this.byKey.clear();
  }
}
