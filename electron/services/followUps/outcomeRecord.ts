// What logging an outcome changed, kept in its audit line so the outcome can be undone exactly: the rows'
// previous values and the ids of what it cancelled, booked or credited. Read before the outcome writes, in
// its transaction, after the person's lock (so nothing else changes them in between).
import type { Purpose, WalkoutStatus } from '../../../shared/domain/vocab';
import type { Executor } from '../../db/store';
import * as undoRepo from './undo.repo';

export interface OutcomeRecord {
  followUp: { notes: string; message: string; reasonId: number | null };
  walkout: undoRepo.WalkoutState;
  /** The walkout's status once the outcome was logged: an undo refuses if it moved since. */
  walkoutStatusAfter: WalkoutStatus;
  /** Do-not-contact only: the person's flags and the other visits it lost, as they were. */
  prospect: undoRepo.ProspectState | null;
  lostVisits: undoRepo.VisitStatus[];
  cancelledFollowUpIds: number[];
  creditId: number | null;
  /** The reason of value used, and its first use on this walkout before (null: never used on it). */
  reasonPair: { reasonId: number; firstUsedAt: number | null } | null;
  booked: { id: number; dueAt: number; purpose: Purpose; assigneeId: number } | null;
}

/** The rows as they are before the outcome writes anything. */
export async function readBefore(
  ex: Executor,
  ids: { followUpId: number; walkoutId: number; prospectId: number },
  reasonId: number | null,
  followUp: { notes: string; message: string; reasonId: number | null },
) {
  return {
    followUp,
    walkout: await undoRepo.walkoutState(ex, ids.walkoutId),
    prospect: await undoRepo.prospectState(ex, ids.prospectId),
    openVisits: await undoRepo.openVisitsOfProspect(ex, ids.prospectId),
    openFollowUpIds: (await undoRepo.openFollowUpIdsOfProspect(ex, ids.prospectId)).filter(
      (id) => id !== ids.followUpId,
    ),
    reasonPair:
      reasonId === null
        ? null
        : { reasonId, firstUsedAt: await undoRepo.reasonFirstUse(ex, ids.walkoutId, reasonId) },
  };
}

/** The record once the outcome wrote: which of the open calls it cancelled, what it booked and credited. */
export async function recordOf(
  ex: Executor,
  before: Awaited<ReturnType<typeof readBefore>>,
  after: {
    walkoutId: number;
    walkoutStatus: WalkoutStatus;
    doNotContact: boolean;
    creditId: number | null;
    booked: OutcomeRecord['booked'];
  },
): Promise<OutcomeRecord> {
  return {
    followUp: before.followUp,
    walkout: before.walkout,
    walkoutStatusAfter: after.walkoutStatus,
    prospect: after.doNotContact ? before.prospect : null,
    lostVisits: after.doNotContact ? before.openVisits.filter((v) => v.id !== after.walkoutId) : [],
    cancelledFollowUpIds: await undoRepo.cancelledAmong(ex, before.openFollowUpIds),
    creditId: after.creditId,
    reasonPair: before.reasonPair,
    booked: after.booked,
  };
}
