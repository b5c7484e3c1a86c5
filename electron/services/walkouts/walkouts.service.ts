// Logging a walkout at the counter: prospect (new or returning) + walkout + first follow-ups + audit, one transaction.
import type { ProspectMatchDto, WalkoutCreatedDto, WalkoutStoryDto } from '../../../shared/contract/dto';
import type { WalkoutCreateInput } from '../../../shared/contract/schemas';
import { firstContactDue, firstContactIsLate, managerSurveyDue } from '../../../shared/domain/cadence';
import { normalizeEmail } from '../../../shared/domain/email';
import { normalizePhone } from '../../../shared/domain/phone';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import * as employees from '../employees/employees.repo';
import { ConflictError, NotAllowedError, NotFoundError, ValidationError } from '../errors';
import { insertFollowUp } from '../followUps/followUps.repo';
import * as prospects from '../prospects/prospects.repo';
import { channelFor } from './channelFor';
import { storyOf } from './story';
import * as repo from './walkouts.repo';

const FUTURE_SLACK_MS = 5 * 60_000;
const BACKDATE_LIMIT_MS = 30 * 24 * 3_600_000;

export function createWalkoutsService(deps: ServiceDeps) {
  const { db, now } = deps;

  function phoneOrNull(raw: string): string | null {
    if (!raw) return null;
    const check = normalizePhone(raw, deps.settings().defaultRegion);
    if (!check.ok)
      throw new ValidationError(check.message, [{ path: 'prospect.phone', message: check.message }]);
    return check.e164;
  }

  return {
    match(_actor: SignedIn, input: { phone?: string; email?: string }): ProspectMatchDto[] {
      const region = deps.settings().defaultRegion;
      const phone = input.phone ? normalizePhone(input.phone, region) : null;
      const email = input.email ? normalizeEmail(input.email) : null;
      return prospects.findProspectMatches(db, phone?.ok ? phone.e164 : null, email || null);
    },

    create(actor: SignedIn, input: WalkoutCreateInput): WalkoutCreatedDto {
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
      const fields = { ...input.prospect, phone, email };

      return db.transaction((): WalkoutCreatedDto => {
        let prospectId: number;
        if (input.existingProspectId !== undefined) {
          if (!prospects.getProspect(db, input.existingProspectId)) throw new NotFoundError('That prospect');
          prospectId = input.existingProspectId;
          prospects.refreshProspect(db, prospectId, fields, at);
        } else {
          const matches = prospects.findProspectMatches(db, phone, email);
          if (matches.length > 0 && !input.confirmNewProspect) {
            const m = matches[0];
            const name = `${m.prospect.firstName} ${m.prospect.lastName}`.trim();
            throw new ConflictError(
              `${name} already has this ${m.matchedOn.join(' and ')}. Choose "Same person" or "Different person".`,
              [{ path: 'existingProspectId', message: 'Returning prospect?' }],
            );
          }
          prospectId = prospects.insertProspect(db, { ...fields, source: 'walk_in' }, at);
        }
        const prospect = prospects.getProspect(db, prospectId)!;
        const walkoutId = repo.insertWalkout(
          db,
          { ...input, prospectId, employeeId: actor.employee.id, visitedAt, shareId: deps.newShareId() },
          at,
          settings.timeZone,
        );

        let firstContact: WalkoutCreatedDto['firstContact'] = null;
        const reachable = (prospect.phone || prospect.email) && !prospect.doNotContact && prospect.contactOk;
        if (reachable) {
          const channel = channelFor(prospect.preferredChannel, prospect.phone, prospect.email);
          const cadenceDue = firstContactDue(visitedAt, channel, settings);
          // An agreed next step ("I'll call you this evening") is the customer's own choice: it wins.
          const dueAt = input.nextStepAt ?? cadenceDue;
          const followUpId = insertFollowUp(
            db,
            { walkoutId, assigneeId: actor.employee.id, dueAt, channel, purpose: 'first_contact' },
            at,
          );
          firstContact = {
            followUpId,
            dueAt,
            assigneeName: actor.employee.name,
            late: firstContactIsLate(visitedAt, dueAt, settings),
          };
          const manager = employees.firstActiveManager(db);
          if (actor.employee.saveProgram && manager && manager.id !== actor.employee.id) {
            insertFollowUp(
              db,
              {
                walkoutId,
                assigneeId: manager.id,
                dueAt: managerSurveyDue(visitedAt, settings),
                channel: 'call',
                purpose: 'manager_survey',
              },
              at,
            );
          }
        }
        recordAudit(db, {
          at,
          employeeId: actor.employee.id,
          action: 'create',
          entity: 'walkout',
          entityId: walkoutId,
          detail: { prospectId, returning: input.existingProspectId !== undefined },
        });
        return {
          walkoutId,
          prospectId,
          prospectName: `${prospect.firstName} ${prospect.lastName}`.trim(),
          returning: input.existingProspectId !== undefined,
          visitedAt,
          firstContact,
        };
      })();
    },

    get(actor: SignedIn, input: { id: number }): WalkoutStoryDto {
      const walkout = repo.getWalkout(db, input.id);
      if (!walkout) throw new NotFoundError('That walkout');
      if (actor.employee.role === 'staff' && !repo.walkoutAssignedTo(db, walkout.id, actor.employee.id)) {
        throw new NotAllowedError("That lead is on another employee's calendar.");
      }
      return storyOf(db, walkout.id);
    },
  };
}
