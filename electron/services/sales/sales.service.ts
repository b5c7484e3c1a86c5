// Recording a sale from the manager's desk (a save closed outside the survey call, or a rep's sale
// logged late) and reopening one that fell through. Credits are computed in the same transaction.
import type { WalkoutStoryDto } from '../../../shared/contract/dto';
import { addLocalDays, nextAllowedInstant } from '../../../shared/domain/storeClock';
import type { Executor } from '../../db/store';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { creditManagerSave } from '../credits/saveCredit';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { cancelAllOpenFollowUps, insertFollowUp } from '../followUps/followUps.repo';
import { getProspect } from '../prospects/prospects.repo';
import { channelFor } from '../walkouts/channelFor';
import { storyOf } from '../walkouts/story';
import { getWalkout, lockProspectOfWalkout, markWalkoutSold, reopenWalkout } from '../walkouts/walkouts.repo';
import { alreadySold } from './alreadySold';

export function createSalesService(deps: ServiceDeps) {
  const { store, now } = deps;

  async function mustGet(ex: Executor, id: number) {
    const walkout = await getWalkout(ex, id);
    if (!walkout) throw new NotFoundError('That walkout');
    return walkout;
  }

  return {
    async recordSale(
      actor: SignedIn,
      input: { walkoutId: number; closer: 'rep' | 'manager_save'; amountCents: number; soldAt?: number },
    ): Promise<WalkoutStoryDto> {
      const at = now();
      const walkout = await mustGet(store.db, input.walkoutId);
      const soldAt = input.soldAt ?? at;
      if (input.closer === 'manager_save' && walkout.employeeId === actor.employee.id) {
        throw new ValidationError('Closing your own lead is your sale, not a manager save.', [
          { path: 'closer', message: 'Your own lead' },
        ]);
      }
      if (soldAt > at)
        throw new ValidationError('The sale date is in the future.', [
          { path: 'soldAt', message: 'In the future' },
        ]);
      if (soldAt < walkout.visitedAt) {
        throw new ValidationError('The sale date is before the visit.', [
          { path: 'soldAt', message: 'Before the visit' },
        ]);
      }
      await store.transaction(async (tx) => {
        // Re-read under the person's lock: two PCs selling it run one after the other; the second is told.
        await lockProspectOfWalkout(tx, walkout.id);
        const current = await mustGet(tx, walkout.id);
        if (current.status === 'sold') throw await alreadySold(tx, current, at, deps.settings().timeZone);
        await markWalkoutSold(tx, walkout.id, {
          at: soldAt,
          closer: input.closer,
          closedBy: actor.employee.id,
          amountCents: input.amountCents,
        });
        const cancelled = await cancelAllOpenFollowUps(tx, walkout.id);
        const creditId =
          input.closer === 'manager_save' ? await creditManagerSave(tx, walkout, deps.settings(), at) : null;
        await recordAudit(tx, {
          at,
          employeeId: actor.employee.id,
          action: 'update',
          entity: 'walkout',
          entityId: walkout.id,
          detail: {
            sold: { closer: input.closer, amountCents: input.amountCents, soldAt },
            cancelled,
            creditId,
          },
        });
      });
      return storyOf(store.db, walkout.id, actor.employee);
    },

    async reopen(actor: SignedIn, input: { walkoutId: number; why: string }): Promise<WalkoutStoryDto> {
      const at = now();
      const walkout = await mustGet(store.db, input.walkoutId);
      if (walkout.status !== 'sold') throw new ConflictError('Only a sold walkout can be reopened.');
      const settings = deps.settings();
      const prospect = (await getProspect(store.db, walkout.prospectId))!;
      await store.transaction(async (tx) => {
        // Two PCs reopening the same sale: the second finds it open again and writes nothing.
        await lockProspectOfWalkout(tx, walkout.id);
        if ((await mustGet(tx, walkout.id)).status !== 'sold')
          throw new ConflictError('Someone else already reopened this sale. Nothing was written twice.');
        await reopenWalkout(tx, walkout.id, at);
        // Rule 5: an open walkout always has its next call on the owner's calendar.
        const channel = channelFor(prospect.preferredChannel, prospect.phone, prospect.email);
        await insertFollowUp(
          tx,
          {
            walkoutId: walkout.id,
            assigneeId: walkout.employeeId,
            dueAt: nextAllowedInstant(
              addLocalDays(at, settings.checkInFirstDays, settings.timeZone),
              channel,
              settings,
            ),
            channel,
            purpose: 'check_in',
          },
          at,
        );
        // Credits already earned stay: the once-per-walkout index keeps a re-sale from paying twice.
        await recordAudit(tx, {
          at,
          employeeId: actor.employee.id,
          action: 'update',
          entity: 'walkout',
          entityId: walkout.id,
          detail: {
            reopened: input.why,
            was: { closer: walkout.closer, amountCents: walkout.saleAmountCents, soldAt: walkout.soldAt },
          },
        });
      });
      return storyOf(store.db, walkout.id, actor.employee);
    },
  };
}
