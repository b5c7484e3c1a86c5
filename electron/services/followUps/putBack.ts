// Cadence rule 5: every open lead has a next call. Lists those that lost theirs (cadence run out, calls
// cancelled by an erasure or a do-not-contact undo, a reassignment) and books one back, in one transaction.
import type { PutBackDto, WithoutNextCallListDto } from '../../../shared/contract/dto';
import type { PutBackInput, WithoutNextCallInput } from '../../../shared/contract/withoutNextCallSchemas';
import { nextAllowedInstant } from '../../../shared/domain/storeClock';
import { describeWhen } from '../../../shared/domain/whenText';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import * as employees from '../employees/employees.repo';
import { ConflictError, NotAllowedError, NotFoundError, ValidationError } from '../errors';
import { channelFor } from '../walkouts/channelFor';
import { lockProspectOfWalkout } from '../walkouts/walkouts.repo';
import { insertFollowUp } from './followUps.repo';
import { type PutBackCheck, putBackCheck, walkoutsWithoutNextCall } from './withoutNextCall.repo';

/** Why a walkout the list would not hold cannot be put back, in the words of the person who asked. */
function refusal(c: PutBackCheck): Error {
  if (c.status !== 'open' && c.status !== 'not_now')
    return new ConflictError(`That walkout is ${c.status}: it needs no call.`);
  if (Number(c.openCalls) > 0)
    return new ConflictError('That walkout already has an open call on a calendar.');
  if (c.doNotContact) return new ConflictError('That prospect asked not to be contacted.');
  if (!c.reachable) return new ConflictError('That prospect left no phone or email, or no consent to call.');
  return new ConflictError('The prospect walked out again later: that newer visit holds their call.');
}

export function createPutBack(deps: ServiceDeps) {
  const { store, now } = deps;

  async function list(actor: SignedIn, input: WithoutNextCallInput): Promise<WithoutNextCallListDto> {
    if (input.scope === 'team' && actor.employee.role === 'staff') {
      throw new NotAllowedError("Only a manager or the owner sees the team's leads.");
    }
    const at = now();
    const s = deps.settings();
    const rows = await walkoutsWithoutNextCall(store.db, input.scope === 'mine' ? actor.employee.id : null);
    return {
      now: at,
      rows: rows.map(({ preferredChannel, phone, email, lastStatus, lastOutcome, lastAt, ...shown }) => {
        const channel = channelFor(preferredChannel, phone, email);
        return {
          ...shown,
          lastCall: lastStatus ? { status: lastStatus, outcome: lastOutcome, at: lastAt! } : null,
          channel,
          suggestedDueAt: nextAllowedInstant(at, channel, s),
        };
      }),
    };
  }

  async function putBack(actor: SignedIn, input: PutBackInput): Promise<PutBackDto> {
    const at = now();
    const s = deps.settings();
    const staff = actor.employee.role === 'staff';
    const assigneeId = input.assigneeId;
    if (staff && assigneeId !== null && assigneeId !== actor.employee.id) {
      throw new NotAllowedError('Staff book calls only on their own calendar.');
    }
    if (input.dueAt !== null && input.dueAt < at) {
      const message = 'That time has passed: choose one from now on.';
      throw new ValidationError(message, [{ path: 'dueAt', message }]);
    }
    return store.transaction(async (tx): Promise<PutBackDto> => {
      // The person's lock first: a PC logging a call, a sale or a return visit of them waits here, and the
      // walkout is then read once as it stands.
      await lockProspectOfWalkout(tx, input.walkoutId);
      const locked = await putBackCheck(tx, input.walkoutId);
      if (!locked) throw new NotFoundError('That walkout');
      if (staff && locked.employeeId !== actor.employee.id) {
        throw new NotAllowedError("That walkout is another employee's lead.");
      }
      if (!locked.listed) throw refusal(locked);
      const assignee = await employees.getEmployee(tx, assigneeId ?? locked.employeeId);
      if (!assignee?.active) {
        throw new ValidationError('Choose an active employee’s calendar.', [
          { path: 'assigneeId', message: 'Not an active employee' },
        ]);
      }
      const channel = channelFor(locked.preferredChannel, locked.phone, locked.email);
      const dueAt = nextAllowedInstant(input.dueAt ?? at, channel, s);
      if (input.dueAt !== null && dueAt !== input.dueAt) {
        const message = `Outside store hours or the calling window: the next time allowed is ${describeWhen(dueAt, s.timeZone)}.`;
        throw new ValidationError(message, [{ path: 'dueAt', message }]);
      }
      const purpose = locked.status === 'not_now' ? 'long_term' : 'check_in';
      const followUpId = await insertFollowUp(
        tx,
        { walkoutId: input.walkoutId, assigneeId: assignee.id, dueAt, channel, purpose },
        at,
      );
      await recordAudit(tx, {
        at,
        employeeId: actor.employee.id,
        action: 'create',
        entity: 'follow_up',
        entityId: followUpId,
        detail: { putBack: input.walkoutId, assigneeId: assignee.id, dueAt },
      });
      return {
        followUpId,
        walkoutId: input.walkoutId,
        assigneeId: assignee.id,
        assigneeName: assignee.name,
        dueAt,
        channel,
      };
    });
  }

  return { list, putBack };
}
