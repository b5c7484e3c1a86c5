// Follow-up compliance and the first call's state, defined once (PRODUCT.md "Metric definitions") for the
// dashboard and the manager's audit: conditions over a walkouts row w, their instants bound.
import { type RawBuilder, sql } from 'kysely';

export const DAY_MS = 86_400_000;

/**
 * A walkout with contact whose 24 h have passed: only these are on time or late. One logged an hour ago is
 * neither yet, so it is in neither side of the ratio.
 */
export const dueForFirstCall = (now: number): RawBuilder<unknown> =>
  sql`w.has_contact = 1 AND w.visited_at <= ${now - DAY_MS}`;

/** Compliance numerator: of those, the first completed attempt was within 24 h of the visit. */
export const calledWithin24h = (now: number): RawBuilder<unknown> =>
  sql`${dueForFirstCall(now)} AND w.first_attempt_at <= w.visited_at + ${DAY_MS}`;

/** The rest of the denominator: called late, or never. */
export const lateOrNeverCalled = (now: number): RawBuilder<unknown> =>
  sql`${dueForFirstCall(now)} AND (w.first_attempt_at IS NULL OR w.first_attempt_at > w.visited_at + ${DAY_MS})`;

/** Visits too recent to be judged yet: what a roll-up's compliance counts take off (see `dueForFirstCall`). */
export const tooRecentToJudge = (now: number): RawBuilder<unknown> => sql`w.visited_at > ${now - DAY_MS}`;

/** The walkout facts of "not yet due" beside its first call d (see `firstCallNotDue`). */
export const UNCALLED = 'w.has_contact = 1 AND w.first_attempt_at IS NULL';

/**
 * Its first call d, still ahead of `now` (the agreed next step, if any, is that call). Open, or cancelled
 * before its time (erased, sold, a return visit): until then the call is not due yet either way.
 */
export const firstCallAhead = (now: number): RawBuilder<unknown> =>
  sql`d.purpose = 'first_contact' AND d.status IN ('open', 'cancelled') AND d.due_at > ${now}`;

/**
 * Speed to first contact "not yet due": a walkout with contact, no completed attempt, and its first call
 * still ahead of `now`. Otherwise a walkout with contact and no attempt is "never".
 */
export const firstCallNotDue = (now: number): RawBuilder<unknown> =>
  sql`${sql.raw(UNCALLED)} AND EXISTS (SELECT 1 FROM follow_ups d WHERE d.walkout_id = w.id AND ${firstCallAhead(now)})`;
