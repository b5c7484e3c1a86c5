// Logging a walkout at the counter: prospect (new or returning) + walkout + first follow-ups + audit, one transaction.
import type {
  ProspectDto,
  ProspectMatchDto,
  WalkoutCreatedDto,
  WalkoutStoryDto,
} from '../../../shared/contract/dto';
import { NEW_PROSPECT_CHOICES, type WalkoutCreateInput } from '../../../shared/contract/schemas';
import { firstContactDue, firstContactIsLate, managerSurveyDue } from '../../../shared/domain/cadence';
import { normalizeEmail } from '../../../shared/domain/email';
import { normalizePhone } from '../../../shared/domain/phone';
import type { Executor } from '../../db/store';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { ConflictError, NotAllowedError, NotFoundError, ValidationError } from '../errors';
import {
  cancelOpenFollowUpsOfProspect,
  insertFollowUp,
  insertManagerSurvey,
} from '../followUps/followUps.repo';
import * as prospects from '../prospects/prospects.repo';
import { mergeReturning, type ProspectEntry, returningCard } from '../prospects/returningProspect';
import { channelFor } from './channelFor';
import { storyOf } from './story';
import * as repo from './walkouts.repo';

const FUTURE_SLACK_MS = 5 * 60_000;
const BACKDATE_LIMIT_MS = 30 * 24 * 3_600_000;

export function createWalkoutsService(deps: ServiceDeps) {
  const { store, now } = deps;

  function phoneOrNull(raw: string): string | null {
    if (!raw) return null;
    const check = normalizePhone(raw, deps.settings().defaultRegion);
    if (!check.ok)
      throw new ValidationError(check.message, [{ path: 'prospect.phone', message: check.message }]);
    return check.e164;
  }

  /** A returning be-back: what the counter typed differently is written and audited before and after. */
  async function updateReturning(
    tx: Executor,
    actor: SignedIn,
    id: number,
    entry: ProspectEntry,
    at: number,
  ): Promise<ProspectDto> {
    const stored = await prospects.getProspect(tx, id);
    if (!stored) throw new NotFoundError('That prospect');
    const { fields, changes } = mergeReturning(stored, entry);
    if (Object.keys(changes).length === 0) return stored;
    await prospects.updateProspect(tx, id, fields, at);
    await recordAudit(tx, {
      at,
      employeeId: actor.employee.id,
      action: 'update',
      entity: 'prospect',
      entityId: id,
      detail: { changes },
    });
    // What the update wrote over what was read: the row as a re-read would give it, without the round trip.
    return { ...stored, ...fields };
  }

  /** A new prospect, once the employee has seen any prospect with the same phone or email. */
  async function insertNew(
    tx: Executor,
    entry: ProspectEntry,
    confirmed: boolean,
    at: number,
  ): Promise<ProspectDto> {
    const matches = await prospects.findProspectMatches(tx, entry.phone, entry.email);
    if (matches.length > 0 && !confirmed) {
      const m = matches[0];
      const name = `${m.prospect.firstName} ${m.prospect.lastName}`.trim();
      throw new ConflictError(
        `${name} already has this ${m.matchedOn.join(' and ')}. Choose "Same person" or "Different person".`,
        [{ path: 'existingProspectId', message: 'Returning prospect?' }],
      );
    }
    const fields = {
      ...entry,
      preferredChannel: entry.preferredChannel ?? NEW_PROSPECT_CHOICES.preferredChannel,
      contactOk: entry.contactOk ?? NEW_PROSPECT_CHOICES.contactOk,
      shareOk: entry.shareOk ?? NEW_PROSPECT_CHOICES.shareOk,
    };
    return prospects.insertProspect(tx, { ...fields, source: 'walk_in' }, at);
  }

  /** The first call on the logging employee's calendar, and the manager's survey for a save-program rep. */
  async function scheduleFirstCalls(
    tx: Executor,
    actor: SignedIn,
    walkoutId: number,
    prospect: ProspectDto,
    visitedAt: number,
    nextStepAt: number | null,
    at: number,
  ): Promise<WalkoutCreatedDto['firstContact']> {
    const settings = deps.settings();
    const reachable = (prospect.phone || prospect.email) && !prospect.doNotContact && prospect.contactOk;
    if (!reachable) return null;
    const channel = channelFor(prospect.preferredChannel, prospect.phone, prospect.email);
    // An agreed next step ("I'll call you this evening") is the customer's own choice: it wins.
    const dueAt = nextStepAt ?? firstContactDue(visitedAt, channel, settings);
    const followUpId = await insertFollowUp(
      tx,
      { walkoutId, assigneeId: actor.employee.id, dueAt, channel, purpose: 'first_contact' },
      at,
    );
    if (actor.employee.saveProgram) {
      await insertManagerSurvey(
        tx,
        { walkoutId, dueAt: managerSurveyDue(visitedAt, settings), loggedBy: actor.employee.id },
        at,
      );
    }
    return {
      followUpId,
      dueAt,
      assigneeName: actor.employee.name,
      late: firstContactIsLate(visitedAt, dueAt, settings),
    };
  }

  return {
    async match(actor: SignedIn, input: { phone?: string; email?: string }): Promise<ProspectMatchDto[]> {
      const region = deps.settings().defaultRegion;
      const phone = input.phone ? normalizePhone(input.phone, region) : null;
      const email = input.email ? normalizeEmail(input.email) : null;
      const matches = await prospects.findProspectMatches(
        store.db,
        phone?.ok ? phone.e164 : null,
        email || null,
      );
      if (actor.employee.role !== 'staff') return matches;
      // Staff see another rep's prospect as the card only: who, when, whose; never how or when to reach them.
      const mine = await prospects.prospectsWorkedBy(
        store.db,
        actor.employee.id,
        matches.map((m) => m.prospect.id),
      );
      return matches.map((m) =>
        mine.has(m.prospect.id) ? m : { ...m, prospect: returningCard(m.prospect) },
      );
    },

    async create(actor: SignedIn, input: WalkoutCreateInput): Promise<WalkoutCreatedDto> {
      const at = now();
      const settings = deps.settings();
      const phone = phoneOrNull(input.prospect.phone);
      const email = input.prospect.email ? normalizeEmail(input.prospect.email) : null;
      const visitedAt = input.visitedAt ?? at;
      if (visitedAt > at + FUTURE_SLACK_MS) {
        throw new ValidationError('The visit time is in the future.', [
          { path: 'visitedAt', message: 'In the future' },
        ]);
      }
      if (visitedAt < at - BACKDATE_LIMIT_MS) {
        throw new ValidationError('Log walkouts within 30 days of the visit.', [
          { path: 'visitedAt', message: 'More than 30 days ago' },
        ]);
      }
      if (input.nextStepAt !== null && input.nextStepAt <= visitedAt) {
        throw new ValidationError('The agreed next step must be after the visit.', [
          { path: 'nextStepAt', message: 'Before the visit' },
        ]);
      }
      const entry = { ...input.prospect, phone, email };
      // Staff link a walkout to a prospect already here only through this entry's own match (the person
      // whose phone or e-mail they typed) or to a prospect of their own: any other id would hand them
      // someone else's prospect. An unknown id is NOT_FOUND, as for everyone.
      const linkTo = input.existingProspectId;
      if (
        linkTo !== undefined &&
        actor.employee.role === 'staff' &&
        (await prospects.getProspect(store.db, linkTo))
      ) {
        const matched = (await prospects.findProspectMatches(store.db, phone, email)).some(
          (m) => m.prospect.id === linkTo,
        );
        if (
          !matched &&
          !(await prospects.prospectsWorkedBy(store.db, actor.employee.id, [linkTo])).has(linkTo)
        ) {
          throw new NotAllowedError(
            'Only the returning prospect this entry matched can be chosen: type their phone or e-mail.',
          );
        }
      }

      return store.transaction(async (tx): Promise<WalkoutCreatedDto> => {
        const returning = input.existingProspectId !== undefined;
        // A return visit works the person's calls: two PCs logging the same person run one after the other.
        if (returning) await repo.lockProspect(tx, input.existingProspectId!);
        const prospect = returning
          ? await updateReturning(tx, actor, input.existingProspectId!, entry, at)
          : await insertNew(tx, entry, input.confirmNewProspect, at);
        const prospectId = prospect.id;
        // Rule 5, one person one call: the prospect's latest visit holds their calls. A visit logged late,
        // behind one already here, leaves the calls where they are; otherwise the earlier ones give way.
        const laterVisitAt = returning ? await repo.laterVisitAt(tx, prospectId, visitedAt) : null;
        const earlierCallsCancelled =
          returning && laterVisitAt === null ? await cancelOpenFollowUpsOfProspect(tx, prospectId) : 0;
        const walkoutId = await repo.insertWalkout(
          tx,
          { ...input, prospectId, employeeId: actor.employee.id, visitedAt, shareId: deps.newShareId() },
          at,
          settings.timeZone,
        );
        const firstContact =
          laterVisitAt === null
            ? await scheduleFirstCalls(tx, actor, walkoutId, prospect, visitedAt, input.nextStepAt, at)
            : null;
        await recordAudit(tx, {
          at,
          employeeId: actor.employee.id,
          action: 'create',
          entity: 'walkout',
          entityId: walkoutId,
          detail: { prospectId, returning, earlierCallsCancelled },
        });
        return {
          walkoutId,
          prospectId,
          prospectName: `${prospect.firstName} ${prospect.lastName}`.trim(),
          returning,
          visitedAt,
          firstContact,
          earlierCallsCancelled,
          laterVisitAt,
        };
      });
    },

    async get(actor: SignedIn, input: { id: number }): Promise<WalkoutStoryDto> {
      const walkout = await repo.getWalkout(store.db, input.id);
      if (!walkout) throw new NotFoundError('That walkout');
      if (
        actor.employee.role === 'staff' &&
        !(await repo.walkoutAssignedTo(store.db, walkout.id, actor.employee.id))
      ) {
        throw new NotAllowedError("That lead is on another employee's calendar.");
      }
      return storyOf(store.db, walkout.id, actor.employee);
    },
  };
}
