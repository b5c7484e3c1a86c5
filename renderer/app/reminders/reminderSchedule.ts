// Due-call reminders' clock work, free of React, timers and the Notification API so a test drives it with
// a fake clock: which of the signed-in employee's open calls are due now (the badge), which fell due since
// the last look (a notification each, once per session), and when the next one falls due (the next look).
import type { Purpose } from '../../../shared/domain/vocab';

export interface DueCall {
  followUpId: number;
  assigneeId: number;
  dueAt: number;
  prospectName: string;
  purpose: Purpose;
}

/** Who is at the PC: nobody, someone whose PC has locked, or someone working. */
export type Presence = { kind: 'signedOut' } | { kind: 'locked' | 'active'; employeeId: number };

export interface ReminderCheck {
  /** The employee's own open calls due at or before now: the header's and the window's count. */
  dueNow: DueCall[];
  /** Calls that fell due since the last look and were not notified yet in this session. */
  toNotify: DueCall[];
  /** When the next own call falls due (the next look), or null when none is ahead or nobody is working. */
  nextDueAt: number | null;
}

const NOTHING: ReminderCheck = { dueNow: [], toNotify: [], nextDueAt: null };

export class ReminderSchedule {
  private employeeId: number | null = null;
  private lastCheckAt = 0;
  private readonly notified = new Set<number>();

  constructor(private readonly now: () => number) {}

  check(calls: readonly DueCall[], presence: Presence): ReminderCheck {
    const at = this.now();
    if (presence.kind === 'signedOut') {
      this.employeeId = null;
      this.notified.clear();
      return NOTHING;
    }
    if (presence.employeeId !== this.employeeId) {
      // A new session: what was already due shows in the count; only what falls due from now is notified.
      this.employeeId = presence.employeeId;
      this.notified.clear();
      this.lastCheckAt = at;
    }
    // Nothing is said on a locked PC, and what fell due meanwhile is not announced later in a burst.
    const since = this.lastCheckAt;
    this.lastCheckAt = at;
    if (presence.kind === 'locked') return NOTHING;

    const own = calls.filter((c) => c.assigneeId === presence.employeeId);
    const dueNow = own.filter((c) => c.dueAt <= at);
    const toNotify = dueNow.filter((c) => c.dueAt > since && !this.notified.has(c.followUpId));
    for (const c of toNotify) this.notified.add(c.followUpId);
    const ahead = own.filter((c) => c.dueAt > at).map((c) => c.dueAt);
    return { dueNow, toNotify, nextDueAt: ahead.length ? Math.min(...ahead) : null };
  }
}
