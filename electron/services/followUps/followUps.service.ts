// Logging an attempt's outcome and scheduling what comes next, in the same transaction.
import type { AttemptLoggedDto, ReassignedDto } from '../../../shared/contract/dto';
import type { FollowUpCompleteInput } from '../../../shared/contract/schemas';
import { type AttemptRecord, planAfterAttempt } from '../../../shared/domain/cadence';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { creditManagerSave } from '../credits/saveCredit';
import * as employees from '../employees/employees.repo';
import { NotAllowedError, NotFoundError, ValidationError } from '../errors';
import * as prospects from '../prospects/prospects.repo';
import { getReasonRule } from '../reasons/reasons.repo';
import { channelFor } from '../walkouts/channelFor';
import * as walkouts from '../walkouts/walkouts.repo';
import { alreadyLogged } from './alreadyLogged';
import * as repo from './followUps.repo';
import { readBefore, recordOf } from './outcomeRecord';
import { createUndo } from './undoOutcome';

export function createFollowUpsService(deps: ServiceDeps) {
  const { store, now } = deps;

  async function complete(actor: SignedIn, input: FollowUpCompleteInput): Promise<AttemptLoggedDto> {
    const at = now();
    const followUp = await repo.getFollowUp(store.db, input.followUpId);
    if (!followUp) throw new NotFoundError('That follow-up');
    if (actor.employee.role === 'staff' && followUp.assigneeId !== actor.employee.id) {
      throw new NotAllowedError("That follow-up is on another employee's calendar.");
    }
    if (input.agreedNextAt !== null && input.agreedNextAt <= at) {
      throw new ValidationError('The agreed next step must be in the future.', [
        { path: 'agreedNextAt', message: 'In the past' },
      ]);
    }

    return store.transaction(async (tx): Promise<AttemptLoggedDto> => {
      // Checked inside the transaction: two doors logging the same call must not both succeed.
      // The person's lock first: a PC logging the same call, selling the visit or logging a return visit
      // waits here, and finds the call no longer open once this transaction ends.
      await walkouts.lockProspectOfWalkout(tx, followUp.walkoutId);
      if (input.reasonId !== null && !(await getReasonRule(tx, input.reasonId)))
        throw new NotFoundError('That reason');
      const walkout = (await walkouts.getWalkout(tx, followUp.walkoutId))!;
      const prospect = (await prospects.getProspect(tx, walkout.prospectId))!;
      // Read under the lock, before anything is written: what an undo puts back.
      const current = (await repo.getFollowUp(tx, followUp.id))!;
      const before = await readBefore(
        tx,
        { followUpId: followUp.id, walkoutId: walkout.id, prospectId: prospect.id },
        input.reasonId ?? current.reasonId,
        { notes: current.notes, message: current.message, reasonId: current.reasonId },
      );
      if (!(await repo.completeFollowUp(tx, followUp.id, { ...input, at, by: actor.employee.id }))) {
        throw alreadyLogged(await repo.getFollowUp(tx, followUp.id), at, deps.settings().timeZone);
      }
      const done = (await repo.followUpsOfWalkout(tx, walkout.id)).filter(
        (f) => f.status === 'done' && f.id !== followUp.id,
      );
      const history: AttemptRecord[] = done
        .map((f) => ({ purpose: f.purpose, outcome: f.outcome!, completedAt: f.completedAt! }))
        .sort((a, b) => a.completedAt - b.completedAt);
      const plan = planAfterAttempt({
        history,
        attempt: { purpose: followUp.purpose, outcome: input.outcome, completedAt: at },
        channel: channelFor(prospect.preferredChannel, prospect.phone, prospect.email),
        agreedNextAt: input.agreedNextAt,
        settings: deps.settings(),
        currentStatus: walkout.status,
      });

      let cancelledCount = 0;
      let creditId: number | null = null;
      if (plan.cancelProspectFollowUps) {
        await prospects.markDoNotContact(tx, prospect.id, at);
        cancelledCount += await repo.cancelOpenFollowUpsOfProspect(tx, prospect.id);
        await walkouts.loseOpenWalkoutsOfProspect(tx, prospect.id, at);
      }
      if (followUp.purpose === 'manager_survey' && input.surveyObjection !== null) {
        await walkouts.setSurveyAnswer(tx, walkout.id, input.surveyObjection, input.surveyText, at);
      }
      if (plan.walkoutStatus === 'sold' && walkout.status !== 'sold') {
        // Sold on the manager's survey call is a save; sold on the rep's own calendar is the rep's sale.
        const closer = followUp.purpose === 'manager_survey' ? 'manager_save' : 'rep';
        await walkouts.markWalkoutSold(tx, walkout.id, {
          at,
          closer,
          closedBy: actor.employee.id,
          amountCents: input.saleAmountCents,
        });
        if (closer === 'manager_save') creditId = await creditManagerSave(tx, walkout, deps.settings(), at);
      } else if (plan.walkoutStatus !== walkout.status && !plan.cancelProspectFollowUps) {
        await walkouts.setWalkoutStatus(tx, walkout.id, plan.walkoutStatus, at);
      }
      if (plan.closedBy) cancelledCount += await repo.cancelAllOpenFollowUps(tx, walkout.id);

      let next: AttemptLoggedDto['next'] = null;
      if (plan.ownerNext.kind === 'schedule') {
        cancelledCount += await repo.cancelOpenOwnerFollowUps(tx, walkout.id);
        const channel = channelFor(prospect.preferredChannel, prospect.phone, prospect.email);
        const nextId = await repo.insertFollowUp(
          tx,
          {
            walkoutId: walkout.id,
            assigneeId: walkout.employeeId,
            dueAt: plan.ownerNext.dueAt,
            channel,
            purpose: plan.ownerNext.purpose,
          },
          at,
        );
        next = {
          followUpId: nextId,
          dueAt: plan.ownerNext.dueAt,
          purpose: plan.ownerNext.purpose,
          assigneeName: walkout.employeeName,
        };
      } else if (plan.ownerNext.kind === 'none') {
        cancelledCount += await repo.cancelOpenOwnerFollowUps(tx, walkout.id);
      }
      await recordAudit(tx, {
        at,
        employeeId: actor.employee.id,
        action: 'update',
        entity: 'follow_up',
        entityId: followUp.id,
        detail: {
          outcome: input.outcome,
          walkoutStatus: plan.walkoutStatus,
          nextFollowUpId: next?.followUpId ?? null,
          undo: await recordOf(tx, before, {
            walkoutId: walkout.id,
            walkoutStatus: plan.walkoutStatus,
            doNotContact: plan.cancelProspectFollowUps,
            creditId,
            booked: next && {
              id: next.followUpId,
              dueAt: next.dueAt,
              purpose: next.purpose,
              assigneeId: walkout.employeeId,
            },
          }),
        },
      });
      return { walkoutStatus: plan.walkoutStatus, next, cancelledCount };
    });
  }

  async function reassign(
    actor: SignedIn,
    input: { toEmployeeId: number; walkoutId?: number; fromEmployeeId?: number },
  ): Promise<ReassignedDto> {
    const to = await employees.getEmployee(store.db, input.toEmployeeId);
    if (!to?.active) throw new ValidationError('Choose an active employee to take the leads.');
    return store.transaction(async (tx): Promise<ReassignedDto> => {
      const at = now();
      let walkoutIds: number[];
      let followUps: number;
      if (input.walkoutId !== undefined) {
        if (!(await walkouts.getWalkout(tx, input.walkoutId))) throw new NotFoundError('That walkout');
        walkoutIds = [input.walkoutId];
        followUps = await repo.reassignOpenFollowUps(tx, { walkoutId: input.walkoutId }, to.id);
      } else {
        if (!(await employees.getEmployee(tx, input.fromEmployeeId!)))
          throw new NotFoundError('That employee');
        walkoutIds = await walkouts.openWalkoutIdsOwnedBy(tx, input.fromEmployeeId!);
        followUps = await repo.reassignOpenFollowUps(tx, { assigneeId: input.fromEmployeeId }, to.id);
      }
      for (const id of walkoutIds) await walkouts.setWalkoutOwner(tx, id, to.id, at);
      await recordAudit(tx, {
        at,
        employeeId: actor.employee.id,
        action: 'update',
        entity: input.walkoutId !== undefined ? 'walkout' : 'calendar',
        entityId: input.walkoutId ?? input.fromEmployeeId ?? null,
        detail: { reassignedTo: to.id, walkouts: walkoutIds.length, followUps },
      });
      return { walkouts: walkoutIds.length, followUps };
    });
  }

  return { complete, reassign, ...createUndo(deps) };
}
