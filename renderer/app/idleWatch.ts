// The idle lock's clock work, free of React and timers so a test can drive it with a fake clock: when the
// last input was, whether the warning shows and with how many seconds left, when the PC locks, and when
// the server should hear that someone is still there.

/** The warning shows this long before the lock. */
export const IDLE_WARNING_MS = 30_000;

export type IdleState = { phase: 'active' } | { phase: 'warning'; secondsLeft: number } | { phase: 'locked' };

export interface IdleWatchOptions {
  /** How long without input before the lock (the store's idleLockMinutes). */
  idleMs: number;
  now: () => number;
}

export class IdleWatch {
  private lastInputAt: number;
  private lastKeepAliveAt: number;
  private idleMs: number;

  constructor(private readonly options: IdleWatchOptions) {
    this.idleMs = options.idleMs;
    this.lastInputAt = options.now();
    this.lastKeepAliveAt = this.lastInputAt;
  }

  /** The owner changed the setting: the new time counts from the last input. */
  setIdleMs(idleMs: number): void {
    this.idleMs = idleMs;
  }

  /**
   * Someone pressed a key, clicked, scrolled or touched. Once locked, input changes nothing (the sign-out
   * is under way). Returns true when the server should be told the session is in use: the server ends a
   * session no call has touched for the idle time, and typing a long story makes no calls.
   */
  input(): boolean {
    if (this.state().phase === 'locked') return false;
    const at = this.options.now();
    this.lastInputAt = at;
    if (at - this.lastKeepAliveAt < this.keepAliveMs()) return false;
    this.lastKeepAliveAt = at;
    return true;
  }

  state(): IdleState {
    const left = this.lastInputAt + this.idleMs - this.options.now();
    if (left <= 0) return { phase: 'locked' };
    if (left <= IDLE_WARNING_MS) {
      return { phase: 'warning', secondsLeft: Math.ceil(left / 1000) };
    }
    return { phase: 'active' };
  }

  /** How long until state() next changes (the warning, the next second of its countdown, the lock). */
  msToNextChange(): number | null {
    const left = this.lastInputAt + this.idleMs - this.options.now();
    if (left <= 0) return null;
    if (left > IDLE_WARNING_MS) return left - IDLE_WARNING_MS;
    return left % 1000 || 1000;
  }

  /** Often enough that the server's idle time never runs out under someone who is typing. */
  private keepAliveMs(): number {
    return Math.min(60_000, this.idleMs / 4);
  }
}
