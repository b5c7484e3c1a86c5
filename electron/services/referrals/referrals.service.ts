// Referrals from a sold walkout: each referred person becomes a lead on the originating rep's
// calendar, credited to that rep, all in one transaction.
import type { ReferralDto } from '../../../shared/contract/dto';
import type { FieldIssue } from '../../../shared/contract/result';
import type { ReferralsCreateInput } from '../../../shared/contract/schemas';
import { firstContactDue } from '../../../shared/domain/cadence';
import { normalizePhone } from '../../../shared/domain/phone';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { insertCredit } from '../credits/credits.repo';
import { ConflictError, NotAllowedError, NotFoundError, ValidationError } from '../errors';
import { insertFollowUp } from '../followUps/followUps.repo';
import { findProspectMatches, getProspect, insertProspect } from '../prospects/prospects.repo';
import { getWalkout, insertWalkout } from '../walkouts/walkouts.repo';
import { insertReferral, referralsOfWalkout } from './referrals.repo';

export function createReferralsService(deps: ServiceDeps) {
  const { store, now } = deps;

  return {
    async create(actor: SignedIn, input: ReferralsCreateInput): Promise<ReferralDto[]> {
      const at = now();
      const settings = deps.settings();
      const walkout = await getWalkout(store.db, input.walkoutId);
      if (!walkout) throw new NotFoundError('That walkout');
      if (actor.employee.role === 'staff' && walkout.employeeId !== actor.employee.id) {
        throw new NotAllowedError("That customer is another employee's.");
      }
      if (walkout.status !== 'sold') throw new ConflictError('Referrals are logged from a sold walkout.');
      const customer = (await getProspect(store.db, walkout.prospectId))!;
      const customerName = `${customer.firstName} ${customer.lastName}`.trim();

      // Every person is checked before anything is written: one bad phone writes no one.
      const issues: FieldIssue[] = [];
      const phones: (string | null)[] = [];
      for (const [i, p] of input.people.entries()) {
        const check = normalizePhone(p.phone, settings.defaultRegion);
        if (!check.ok) {
          issues.push({ path: `people.${i}.phone`, message: `${p.firstName}: ${check.message}` });
          phones.push(null);
          continue;
        }
        if ((await findProspectMatches(store.db, check.e164, null)).length > 0) {
          issues.push({
            path: `people.${i}.phone`,
            message: `${p.firstName} is already a prospect with that phone`,
          });
        }
        phones.push(check.e164);
      }
      const seen = new Set<string>();
      phones.forEach((ph, i) => {
        if (ph && seen.has(ph))
          issues.push({ path: `people.${i}.phone`, message: 'The same phone is listed twice' });
        if (ph) seen.add(ph);
      });
      if (issues.length > 0) {
        const already = issues.some((i) => i.message.includes('already a prospect'));
        const message = issues.map((i) => i.message).join('; ');
        throw already ? new ConflictError(message, issues) : new ValidationError(message, issues);
      }

      await store.transaction(async (tx) => {
        for (const [i, person] of input.people.entries()) {
          const { id: prospectId } = await insertProspect(
            tx,
            {
              firstName: person.firstName,
              lastName: person.lastName,
              phone: phones[i],
              email: null,
              preferredChannel: 'call',
              bestTime: '',
              contactOk: true,
              shareOk: false,
              source: 'referral',
              referredByProspectId: customer.id,
            },
            at,
          );
          const leadId = await insertWalkout(
            tx,
            {
              source: 'referral',
              prospectId,
              employeeId: walkout.employeeId,
              visitedAt: at,
              product: walkout.product,
              category: walkout.category,
              priceQuotedCents: null,
              closeness: 3,
              objection: 'other',
              objectionText: `Referred by ${customerName}${person.relationship ? ` (${person.relationship})` : ''}`,
              painPoints: '',
              motivation: '',
              personalDetails: '',
              nextStepText: `Introduce yourself as ${customerName}'s rep`,
              nextStepAt: null,
              contactRefused: false,
              shareId: deps.newShareId(),
            },
            at,
            settings.timeZone,
          );
          const referralId = await insertReferral(
            tx,
            {
              walkoutId: walkout.id,
              prospectId,
              employeeId: walkout.employeeId,
              relationship: person.relationship,
            },
            at,
          );
          await insertCredit(tx, {
            employeeId: walkout.employeeId,
            walkoutId: walkout.id,
            kind: 'referral',
            amountCents: settings.referralCreditCents,
            referralId,
            at,
          });
          await insertFollowUp(
            tx,
            {
              walkoutId: leadId,
              assigneeId: walkout.employeeId,
              dueAt: firstContactDue(at, 'call', settings),
              channel: 'call',
              purpose: 'first_contact',
            },
            at,
          );
          await recordAudit(tx, {
            at,
            employeeId: actor.employee.id,
            action: 'create',
            entity: 'referral',
            entityId: referralId,
            detail: { fromWalkout: walkout.id, leadWalkout: leadId },
          });
        }
      });
      return referralsOfWalkout(store.db, walkout.id);
    },
  };
}
