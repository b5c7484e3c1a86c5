// walkouts.correct: details typed wrong at the counter fixed after logging, in one transaction with an audit
// line holding each changed field before and after. The person is locked first, as every writer does.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { WalkoutCorrectInput } from '../../../shared/contract/correctionSchemas';
import type { CorrectedValues, ProspectDto, WalkoutDto, WalkoutStoryDto } from '../../../shared/contract/dto';
import { normalizeEmail } from '../../../shared/domain/email';
import { normalizePhone } from '../../../shared/domain/phone';
import type { Executor } from '../../db/store';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { ConflictError, NotAllowedError, NotFoundError, ValidationError } from '../errors';
import * as prospects from '../prospects/prospects.repo';
import * as corrections from './correction.repo';
import { storyOf } from './story';
import { getWalkout, lockProspectOfWalkout } from './walkouts.repo';

const WALKOUT_FIELDS = [
  'product',
  'category',
  'priceQuotedCents',
  'closeness',
  'objection',
  'objectionText',
  'painPoints',
  'motivation',
  'personalDetails',
] as const;
const PROSPECT_FIELDS = [
  'firstName',
  'lastName',
  'phone',
  'email',
  'bestTime',
  'preferredChannel',
  'contactOk',
  'shareOk',
] as const;

type Changes = WalkoutCorrectInput['changes'];
type ProspectChanges = Partial<Pick<ProspectDto, (typeof PROSPECT_FIELDS)[number]>>;

/** The fields sent that differ from what is stored, keyed by their path in the input. */
function differences(walkout: WalkoutDto, prospect: ProspectDto, w: Changes, p: ProspectChanges) {
  const before: CorrectedValues = {};
  const after: CorrectedValues = {};
  for (const k of WALKOUT_FIELDS) {
    if (w[k] !== undefined && w[k] !== walkout[k]) {
      before[k] = walkout[k];
      after[k] = w[k];
    }
  }
  for (const k of PROSPECT_FIELDS) {
    if (p[k] !== undefined && p[k] !== prospect[k]) {
      before[`prospect.${k}`] = prospect[k];
      after[`prospect.${k}`] = p[k];
    }
  }
  return { before, after };
}

export function createCorrectionService(deps: ServiceDeps) {
  const { store, now } = deps;

  /** The typed phone and email as they are stored: E.164 and lower case, blank as none. */
  function normalised(p: NonNullable<Changes['prospect']>): ProspectChanges {
    const { phone, email, ...rest } = p;
    const out: ProspectChanges = { ...rest };
    if (phone !== undefined) {
      if (!phone) out.phone = null;
      else {
        const check = normalizePhone(phone, deps.settings().defaultRegion);
        if (!check.ok) {
          throw new ValidationError(check.message, [
            { path: 'changes.prospect.phone', message: check.message },
          ]);
        }
        out.phone = check.e164;
      }
    }
    if (email !== undefined) out.email = normalizeEmail(email) || null;
    return out;
  }

  /** A corrected phone or email that is another person's: that is a return visit, never a silent merge. */
  async function refuseOthersContact(tx: Executor, prospect: ProspectDto, p: ProspectChanges) {
    for (const field of ['phone', 'email'] as const) {
      const value = p[field];
      if (!value || value === prospect[field]) continue;
      const other = (
        await prospects.findProspectMatches(
          tx,
          field === 'phone' ? value : null,
          field === 'email' ? value : null,
        )
      ).find((m) => m.prospect.id !== prospect.id);
      if (!other) continue;
      const name = `${other.prospect.firstName} ${other.prospect.lastName}`.trim();
      const visited = format(new TZDate(other.lastVisitAt, deps.settings().timeZone), 'd MMM');
      throw new ConflictError(
        `That ${field} belongs to ${name} (visited ${visited}): log a return visit instead.`,
        [{ path: `changes.prospect.${field}`, message: `${name}'s ${field}` }],
      );
    }
  }

  return {
    async correct(actor: SignedIn, input: WalkoutCorrectInput): Promise<WalkoutStoryDto> {
      const at = now();
      const typedProspect = input.changes.prospect ? normalised(input.changes.prospect) : {};
      return store.transaction(async (tx) => {
        await lockProspectOfWalkout(tx, input.walkoutId);
        const walkout = await getWalkout(tx, input.walkoutId);
        if (!walkout) throw new NotFoundError('That walkout');
        if (
          actor.employee.role === 'staff' &&
          !(await corrections.walkoutLoggedOrOwnedBy(tx, walkout.id, actor.employee.id))
        ) {
          throw new NotAllowedError('Only the rep who logged this walkout, or a manager, can correct it.');
        }
        const prospect = (await prospects.getProspect(tx, walkout.prospectId))!;
        const { before, after } = differences(walkout, prospect, input.changes, typedProspect);
        if (Object.keys(after).length === 0) {
          throw new ValidationError('Nothing changed: the details are as they were.');
        }
        const person = { ...prospect, ...typedProspect };
        if (!person.phone && !person.email && (prospect.phone || prospect.email)) {
          throw new ValidationError('Keep a phone or an email: without both there is no way to reach them.', [
            { path: 'changes.prospect.phone', message: 'Enter a phone or email' },
          ]);
        }
        if (person.contactOk && !prospect.contactOk && prospect.doNotContact) {
          throw new ValidationError('They asked not to be contacted: that is not corrected here.', [
            { path: 'changes.prospect.contactOk', message: 'They asked not to be contacted' },
          ]);
        }
        await refuseOthersContact(tx, prospect, typedProspect);
        if (WALKOUT_FIELDS.some((k) => k in after)) {
          await corrections.updateWalkoutDetails(tx, walkout.id, { ...walkout, ...input.changes }, at);
        }
        if (PROSPECT_FIELDS.some((k) => `prospect.${k}` in after)) {
          await prospects.updateProspect(tx, prospect.id, person, at);
        }
        await recordAudit(tx, {
          at,
          employeeId: actor.employee.id,
          action: 'correct',
          entity: 'walkout',
          entityId: walkout.id,
          detail: { before, after },
        });
        return storyOf(tx, walkout.id, actor.employee);
      });
    },
  };
}
