// The counter form's values, named by the walkouts.create paths (prospect.firstName, priceQuotedCents…),
// and the contract's schema, with the typed texts read as values, that turns them into that input.
import { z } from 'zod';
import type { InputOf } from '../../../shared/contract/channels';
import type { ProspectDto } from '../../../shared/contract/dto';
import type { FieldIssue } from '../../../shared/contract/result';
import { NEW_PROSPECT_CHOICES, walkoutCreateInput } from '../../../shared/contract/schemas';
import { normalizePhone } from '../../../shared/domain/phone';
import { type Channel, OBJECTIONS, type Objection } from '../../../shared/domain/vocab';
import type { WhenStore } from '../../../shared/domain/whenText';
import { moneyText, whenText, withTypedFields } from '../../ui/typedText';

export interface WalkoutFormValues {
  prospect: {
    firstName: string;
    lastName: string;
    phone: string;
    email: string;
    bestTime: string;
    preferredChannel: Channel;
    contactOk: boolean;
    shareOk: boolean;
  };
  contactRefused: boolean;
  product: string;
  category: string;
  /** The price as typed ("$41,900"). */
  priceQuotedCents: string;
  closeness: string;
  objection: Objection | '';
  objectionText: string;
  painPoints: string;
  motivation: string;
  personalDetails: string;
  nextStepText: string;
  /** What was typed for the next step's time ("tomorrow 5pm"), read by readWhen in store time. */
  nextStepAt: string;
}

export const EMPTY_WALKOUT: WalkoutFormValues = {
  prospect: { firstName: '', lastName: '', phone: '', email: '', bestTime: '', ...NEW_PROSPECT_CHOICES },
  contactRefused: false,
  product: '',
  category: '',
  priceQuotedCents: '',
  closeness: '3',
  objection: '',
  objectionText: '',
  painPoints: '',
  motivation: '',
  personalDetails: '',
  nextStepText: '',
  nextStepAt: '',
};

/** "Same person" (the stored prospect, as the match offered it) or "Different person". */
export type Choice = { returning?: ProspectDto; confirmNewProspect?: boolean };

/** The choices a returning prospect's entry sends only when the employee changed them. */
export const CHOICE_FIELDS = ['preferredChannel', 'contactOk', 'shareOk'] as const;
export type Choices = Pick<WalkoutFormValues['prospect'], (typeof CHOICE_FIELDS)[number]>;

export function choicesOf(p: Choices): Choices {
  return { preferredChannel: p.preferredChannel, contactOk: p.contactOk, shareOk: p.shareOk };
}

/**
 * Choosing a returning prospect after the form was filled (Enter, then "S"): the stored channel and
 * consents, except those the employee changed from a new prospect's defaults — they said so today.
 */
export function choicesSaidToday(stored: Choices, typed: Choices): Choices {
  const said = (k: (typeof CHOICE_FIELDS)[number]) => typed[k] !== NEW_PROSPECT_CHOICES[k];
  return {
    preferredChannel: said('preferredChannel') ? typed.preferredChannel : stored.preferredChannel,
    contactOk: said('contactOk') ? typed.contactOk : stored.contactOk,
    shareOk: said('shareOk') ? typed.shareOk : stored.shareOk,
  };
}

/** All of them for a new prospect; for a returning one, those that differ from what is stored. */
function changedChoices(typed: Choices, stored: ProspectDto | undefined): Partial<Choices> {
  const mine = choicesOf(typed);
  if (!stored) return mine;
  return Object.fromEntries(CHOICE_FIELDS.filter((k) => mine[k] !== stored[k]).map((k) => [k, mine[k]]));
}

interface Context {
  region: string;
  store: WhenStore;
  now: number;
}

/** A phone as typed, checked in the store's region before a round trip; the server normalizes it. */
const phoneText = (region: string) =>
  walkoutCreateInput.shape.prospect.shape.phone.superRefine((typed, ctx) => {
    if (!typed) return;
    const phone = normalizePhone(typed, region);
    if (!phone.ok) ctx.addIssue({ code: 'custom', message: phone.message });
  });

/** The contract's walkouts.create schema over the form's values, its typed texts read as values. */
export const walkoutFormSchema = (ctx: Context) =>
  withTypedFields(walkoutCreateInput, {
    prospect: walkoutCreateInput.shape.prospect.extend({ phone: phoneText(ctx.region) }),
    priceQuotedCents: moneyText('Write the price like 41900 or $41,900', null),
    closeness: z.string().transform(Number),
    objection: z.enum(OBJECTIONS, "Why didn't they buy?"),
    nextStepAt: whenText(ctx.now, ctx.store),
  });

export function toWalkoutInput(
  v: WalkoutFormValues,
  choice: Choice,
  ctx: Context,
): { input: InputOf<'walkouts.create'> } | { issues: FieldIssue[] } {
  const { preferredChannel, contactOk, shareOk, ...who } = v.prospect;
  const entry = {
    ...v,
    prospect: {
      ...who,
      // Refused contact details: whatever was typed in the (disabled) phone and email is not sent.
      ...(v.contactRefused ? { phone: '', email: '' } : {}),
      ...changedChoices({ preferredChannel, contactOk, shareOk }, choice.returning),
    },
    ...(choice.returning ? { existingProspectId: choice.returning.id } : {}),
    ...(choice.confirmNewProspect ? { confirmNewProspect: true } : {}),
  };
  const parsed = walkoutFormSchema(ctx).safeParse(entry);
  if (parsed.success) return { input: parsed.data };
  const issues = issuesOf(parsed.error);
  // A text the form cannot read stops zod before the contract's checks across fields ("Enter a first
  // name"): they run again over the rest, so one Enter shows every mistake, not one after another.
  const taken = new Set(issues.map((i) => i.path));
  const rest = walkoutCreateInput.safeParse({
    ...entry,
    prospect: { ...entry.prospect, phone: taken.has('prospect.phone') ? '' : entry.prospect.phone },
    priceQuotedCents: null,
    closeness: Number(entry.closeness),
    objection: 'other',
    nextStepAt: null,
  });
  const more = rest.success ? [] : issuesOf(rest.error).filter((i) => !taken.has(i.path));
  return { issues: [...issues, ...more] };
}

const issuesOf = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
