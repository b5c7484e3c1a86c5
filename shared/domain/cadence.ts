// The default follow-up cadence (PRODUCT.md "Default cadence"): when each follow-up is due and what
// completing one schedules next. Pure: callers pass instants and settings, nothing reads the clock.
import type { Settings } from './settings';
import {
  addLocalDays,
  allowedWindows,
  localDateKey,
  nextAllowedInstant,
  nextBusinessDayAt,
} from './storeClock';
import { type Channel, NO_CONTACT_OUTCOMES, type Outcome, type Purpose, type WalkoutStatus } from './vocab';

const HOUR_MS = 3_600_000;

export interface AttemptRecord {
  purpose: Purpose;
  outcome: Outcome;
  completedAt: number;
}

/**
 * Due time of the first contact: firstContactHours after the visit, but no later than the end of
 * the visit day's last allowed window for the channel (store closing, or the call window's end
 * if that comes first), then moved into the next allowed window.
 */
export function firstContactDue(visitedAt: number, channel: Channel, s: Settings): number {
  let base = visitedAt + s.firstContactHours * HOUR_MS;
  const closing = sameDayDeadline(visitedAt, channel, s);
  if (closing !== null && visitedAt < closing) base = Math.min(base, closing);
  return nextAllowedInstant(base, channel, s);
}

// "By closing time": for calls that means the last minute a call is allowed that day, otherwise a
// visit at 20:30 in a store open until 22:00 would be due at 22:00 and slide to tomorrow morning.
// Email and letters have no time restriction, so store closing is the deadline for them.
function sameDayDeadline(visitedAt: number, channel: Channel, s: Settings): number | null {
  const key = localDateKey(visitedAt, s.timeZone);
  const gated: Channel = channel === 'email' || channel === 'letter' ? 'visit' : channel;
  const windows = allowedWindows(key, gated, s);
  return windows.length ? windows[windows.length - 1][1] : null;
}

/**
 * True when the first contact cannot be due within firstContactMaxHours of the visit (a visit on a
 * Saturday evening before a closed Sunday). Unavoidable, but worth showing to the manager.
 */
export function firstContactIsLate(visitedAt: number, due: number, s: Settings): boolean {
  return due - visitedAt > s.firstContactMaxHours * HOUR_MS;
}

/** The manager's survey call: next business day, surveyMinutesAfterOpen after opening. */
export function managerSurveyDue(visitedAt: number, s: Settings): number {
  return nextAllowedInstant(nextBusinessDayAt(visitedAt, s.surveyMinutesAfterOpen, s), 'call', s);
}

export type OwnerNext =
  | { kind: 'schedule'; purpose: Purpose; dueAt: number }
  | { kind: 'keep' }
  | { kind: 'none' };

export interface AttemptPlan {
  walkoutStatus: WalkoutStatus;
  ownerNext: OwnerNext;
  cancelProspectFollowUps: boolean;
  closedBy?: 'sold' | 'lost';
}

export interface AttemptInput {
  /** Earlier completed attempts on this walkout, oldest first, any purpose. */
  history: AttemptRecord[];
  /** The attempt just completed. */
  attempt: AttemptRecord;
  /** Channel of the next follow-up; decides which hours it may be due in. */
  channel: Channel;
  /** A time agreed with the prospect (or promised in a voicemail); used as-is when given. */
  agreedNextAt?: number | null;
  settings: Settings;
  /** Status before this attempt; a no-contact attempt keeps a 'not_now' walkout in 'not_now'. */
  currentStatus?: WalkoutStatus;
}

/** Purposes on the owner's calendar; only these count toward the unanswered-attempt limits. */
const OWNER_PURPOSES: readonly Purpose[] = ['first_contact', 'check_in', 'long_term', 'campaign'];

export function isNoContact(outcome: Outcome): boolean {
  return NO_CONTACT_OUTCOMES.includes(outcome);
}

/**
 * Trailing unanswered owner attempts (n) and, among them, long-term ones (longTerm), counted back
 * to the last attempt (owner's or manager's survey) that reached the prospect. Unanswered surveys
 * neither count nor reset: they are the manager's, not the owner's, tries.
 */
export function countNoContact(attempts: readonly AttemptRecord[]): { n: number; longTerm: number } {
  let n = 0;
  let longTerm = 0;
  for (let i = attempts.length - 1; i >= 0; i--) {
    const a = attempts[i];
    if (!isNoContact(a.outcome)) break;
    if (!OWNER_PURPOSES.includes(a.purpose)) continue;
    n++;
    if (a.purpose === 'long_term') longTerm++;
  }
  return { n, longTerm };
}

/** What completing an attempt does to the walkout and to the owner's next follow-up. */
export function planAfterAttempt(input: AttemptInput): AttemptPlan {
  const { history, attempt, channel, settings: s } = input;
  const agreed = input.agreedNextAt ?? null;
  const current = input.currentStatus ?? 'open';
  const at = (days: number) =>
    nextAllowedInstant(addLocalDays(attempt.completedAt, days, s.timeZone), channel, s);
  const schedule = (purpose: Purpose, days: number): OwnerNext => ({
    kind: 'schedule',
    purpose,
    dueAt: agreed ?? at(days),
  });
  const closed = (by: 'sold' | 'lost', cancel = false): AttemptPlan => ({
    walkoutStatus: by,
    ownerNext: { kind: 'none' },
    cancelProspectFollowUps: cancel,
    closedBy: by,
  });

  switch (attempt.outcome) {
    case 'sold':
      return closed('sold');
    case 'not_interested':
      return closed('lost');
    case 'do_not_contact':
      // The prospect asked us to stop: every open follow-up of theirs goes, not only this walkout's.
      return closed('lost', true);
    case 'not_now':
      return {
        walkoutStatus: 'not_now',
        ownerNext: schedule('long_term', s.longTermDays),
        cancelProspectFollowUps: false,
      };
    case 'appointment_set':
      return {
        walkoutStatus: 'open',
        ownerNext: schedule('check_in', s.checkInFirstDays),
        cancelProspectFollowUps: false,
      };
  }

  // Nobody was reached.
  if (!OWNER_PURPOSES.includes(attempt.purpose)) {
    // An unanswered manager survey leaves the owner's cadence alone.
    return { walkoutStatus: current, ownerNext: { kind: 'keep' }, cancelProspectFollowUps: false };
  }
  const { n, longTerm } = countNoContact([...history, attempt]);
  const isLongTerm = attempt.purpose === 'long_term';
  if (isLongTerm && longTerm >= s.maxLongTermNoContact) return closed('lost');
  const goesLongTerm = isLongTerm || n >= s.maxNoContactAttempts;
  // Not now is not never: a lead nobody answers moves to the long-term list, like a "not now".
  const status: WalkoutStatus = current === 'not_now' || goesLongTerm ? 'not_now' : 'open';
  const ownerNext = goesLongTerm
    ? schedule('long_term', s.longTermDays)
    : schedule('check_in', n === 1 ? s.checkInFirstDays : s.checkInRepeatDays);
  return { walkoutStatus: status, ownerNext, cancelProspectFollowUps: false };
}
