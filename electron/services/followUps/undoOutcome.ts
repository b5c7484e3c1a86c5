// Undoing the last logged outcome within ten minutes: by the one who logged it, or a manager or owner. The
// outcome's audit line holds what it changed (outcomeRecord.ts); the undo writes every row back as it was, in
// one transaction under the person's lock, and refuses in words when anything happened on the person since.
import type { LastLoggedDto, OutcomeUndoneDto } from '../../../shared/contract/dto';
import { auditFor, recordAudit } from '../audit/audit.repo';
import { calendarRowOf } from '../calendar/calendarRows.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { getEmployee } from '../employees/employees.repo';
import { ConflictError, NotAllowedError, NotFoundError } from '../errors';
import * as walkouts from '../walkouts/walkouts.repo';
import { whenInStore } from './alreadyLogged';
import * as repo from './followUps.repo';
import type { OutcomeRecord } from './outcomeRecord';
import * as undoRepo from './undo.repo';

/** How long a logged outcome can be undone, on the server's clock. */
export const UNDO_WINDOW_MS = 10 * 60_000;

const LATER: Record<'call' | 'visit' | 'booked', (name: string, at: string) => string> = {
  call: (name, at) => `${name} logged another call at ${at}`,
  visit: (name, at) => `${name} logged a return visit at ${at}`,
  booked: (name, at) => `a new call for ${name} was booked at ${at}`,
};

const tooLate = (why: string) => new ConflictError(`This call can no longer be undone: ${why}.`);

export function createUndo(deps: ServiceDeps) {
  const { store, now } = deps;

  async function undo(actor: SignedIn, input: { followUpId: number }): Promise<OutcomeUndoneDto> {
    const at = now();
    const { timeZone } = deps.settings();
    const when = (t: number) => whenInStore(t, at, timeZone);
    const found = await repo.getFollowUp(store.db, input.followUpId);
    if (!found) throw new NotFoundError('That call');

    return store.transaction(async (tx): Promise<OutcomeUndoneDto> => {
      // The person's lock first, as logging the outcome took it: two PCs cannot undo and log at once.
      await walkouts.lockProspectOfWalkout(tx, found.walkoutId);
      const call = (await repo.getFollowUp(tx, found.id))!;
      const history = await auditFor(tx, 'follow_up', call.id);
      const loggedAt = history.findLastIndex((e) => e.detail?.undo !== undefined);
      const logged = loggedAt < 0 ? null : history[loggedAt];
      const staff = actor.employee.role === 'staff';
      if (call.status !== 'done') {
        if (staff && call.assigneeId !== actor.employee.id)
          throw new NotAllowedError('Only the person who logged a call, or a manager, can undo it.');
        const undone = history.findLast((e, i) => i > loggedAt && e.detail?.undone === true);
        if (undone) {
          const by = undone.employeeId === null ? null : await getEmployee(tx, undone.employeeId);
          throw new ConflictError(
            `This call was already undone (${by?.name ?? 'someone'}, ${when(undone.at)}).`,
          );
        }
        throw new ConflictError('This call has no logged outcome to undo.');
      }
      if (staff && logged?.employeeId !== actor.employee.id)
        throw new NotAllowedError('Only the person who logged a call, or a manager, can undo it.');
      const completedAt = call.completedAt!;
      if (!logged || logged.at !== completedAt)
        throw new ConflictError(
          'This call was logged before undo was kept on record, so it cannot be undone.',
        );
      if (at - completedAt > UNDO_WINDOW_MS)
        throw new ConflictError(`More than 10 minutes have passed (logged at ${when(completedAt)}).`);
      const rec = logged.detail?.undo as OutcomeRecord;
      const walkout = (await walkouts.getWalkout(tx, call.walkoutId))!;

      const later = await undoRepo.laterOnPerson(tx, walkout.prospectId, completedAt, {
        followUpId: call.id,
        bookedId: rec.booked?.id ?? null,
        walkoutId: walkout.id,
      });
      if (later) throw tooLate(LATER[later.kind](later.name, when(later.at)));
      const resold = rec.walkoutStatusAfter === 'sold' && walkout.soldAt !== completedAt;
      if (walkout.status !== rec.walkoutStatusAfter || resold) {
        if (walkout.status === 'sold' && walkout.soldAt !== null) {
          const by = await walkouts.saleRecordedBy(tx, walkout.id);
          throw tooLate(`${by ?? 'someone'} recorded a sale at ${when(walkout.soldAt)}`);
        }
        throw tooLate('the visit was changed since');
      }
      if (rec.booked) {
        const b = await undoRepo.bookedCall(tx, rec.booked.id);
        if (b?.status !== 'open') throw tooLate('the next call it booked is no longer on the calendar');
        if (b.purpose !== rec.booked.purpose) throw tooLate('a campaign took over the next call it booked');
        if (b.assigneeId !== rec.booked.assigneeId || b.dueAt !== rec.booked.dueAt)
          throw tooLate(`the next call it booked was moved (${b.assigneeName}, ${when(b.dueAt)})`);
      }
      if (rec.creditId !== null) {
        const credit = await undoRepo.creditPaidAt(tx, rec.creditId);
        if (credit?.paidAt != null)
          throw tooLate(`its save credit was already paid (${when(credit.paidAt)})`);
      }

      // The booked call goes first: the call reopened takes its place on the calendar (one open call each).
      if (rec.booked) await undoRepo.deleteOpenCall(tx, rec.booked.id);
      await undoRepo.reopenLogged(tx, call.id, rec.followUp);
      const reopenedCount = await undoRepo.reopenCancelled(tx, rec.cancelledFollowUpIds);
      if (rec.creditId !== null) await undoRepo.deleteCredit(tx, rec.creditId);
      for (const v of rec.lostVisits) await undoRepo.restoreVisitStatus(tx, v);
      await undoRepo.restoreWalkoutState(tx, walkout.id, rec.walkout);
      if (rec.prospect) await undoRepo.restoreProspectState(tx, walkout.prospectId, rec.prospect);
      if (rec.reasonPair)
        await undoRepo.restoreReasonPair(tx, walkout.id, rec.reasonPair.reasonId, rec.reasonPair.firstUsedAt);

      await recordAudit(tx, {
        at,
        employeeId: actor.employee.id,
        action: 'undo',
        entity: 'follow_up',
        entityId: call.id,
        detail: {
          undone: true,
          loggedBy: logged.employeeId,
          before: {
            status: 'done',
            outcome: call.outcome,
            completedAt,
            walkoutStatus: rec.walkoutStatusAfter,
            nextFollowUpId: rec.booked?.id ?? null,
          },
          after: {
            status: 'open',
            walkoutStatus: rec.walkout.status,
            reopenedFollowUpIds: rec.cancelledFollowUpIds,
            removedFollowUpId: rec.booked?.id ?? null,
            removedCreditId: rec.creditId,
            doNotContact: rec.prospect ? rec.prospect.doNotContact === 1 : undefined,
          },
        },
      });
      return {
        row: (await calendarRowOf(tx, call.id))!,
        reopenedCount,
        removedFollowUpId: rec.booked?.id ?? null,
      };
    });
  }

  async function lastLogged(actor: SignedIn, input: { employeeId?: number }): Promise<LastLoggedDto | null> {
    const employeeId = input.employeeId ?? actor.employee.id;
    if (actor.employee.role === 'staff' && employeeId !== actor.employee.id)
      throw new NotAllowedError("Only a manager can see another employee's calls.");
    if (!(await getEmployee(store.db, employeeId))) throw new NotFoundError('That employee');
    const at = now();
    const line = await undoRepo.latestCallAudit(store.db, employeeId, at - UNDO_WINDOW_MS);
    // Their latest word on a call is an undo, or nothing in ten minutes: nothing to offer.
    if (!line || (JSON.parse(line.detail) as Record<string, unknown>).undo === undefined) return null;
    const row = await calendarRowOf(store.db, line.followUpId);
    const f = row?.followUp;
    if (!row || !f || f.status !== 'done' || f.completedAt !== line.at) return null;
    return {
      followUpId: f.id,
      outcome: f.outcome!,
      prospectName: `${row.prospect.firstName} ${row.prospect.lastName}`.trim(),
      completedAt: f.completedAt,
      completedByName: f.completedByName ?? '',
      undoableUntil: f.completedAt + UNDO_WINDOW_MS,
    };
  }

  return { undo, lastLogged };
}
