// The counter form's text values and how they become a walkouts.create input (and back to field errors).
import type { InputOf } from '../../../shared/contract/channels';
import type { ProspectDto } from '../../../shared/contract/dto';
import type { FieldIssue } from '../../../shared/contract/result';
import { NEW_PROSPECT_CHOICES, walkoutCreateInput } from '../../../shared/contract/schemas';
import { normalizePhone } from '../../../shared/domain/phone';
import type { Channel, Objection } from '../../../shared/domain/vocab';
import { readWhen, type WhenStore } from '../../../shared/domain/whenText';
import { parseMoney } from '../../ui/format';

export interface WalkoutFormValues {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  contactRefused: boolean;
  preferredChannel: Channel;
  bestTime: string;
  product: string;
  category: string;
  price: string;
  closeness: string;
  objection: Objection | '';
  objectionText: string;
  painPoints: string;
  motivation: string;
  personalDetails: string;
  nextStepText: string;
  /** What was typed for the next step's time ("tomorrow 5pm"), read by readWhen in store time. */
  nextStepAt: string;
  contactOk: boolean;
  shareOk: boolean;
}

export const EMPTY_WALKOUT: WalkoutFormValues = {
  firstName: '',
  lastName: '',
  phone: '',
  email: '',
  contactRefused: false,
  bestTime: '',
  product: '',
  category: '',
  price: '',
  closeness: '3',
  objection: '',
  objectionText: '',
  painPoints: '',
  motivation: '',
  personalDetails: '',
  nextStepText: '',
  nextStepAt: '',
  ...NEW_PROSPECT_CHOICES,
};

/** Contract paths → the form field that shows the message. */
const FIELD_OF: Record<string, keyof WalkoutFormValues> = {
  'prospect.firstName': 'firstName',
  'prospect.lastName': 'lastName',
  'prospect.phone': 'phone',
  'prospect.email': 'email',
  'prospect.bestTime': 'bestTime',
  priceQuotedCents: 'price',
};

export function fieldOf(path: string): keyof WalkoutFormValues | null {
  if (FIELD_OF[path]) return FIELD_OF[path];
  return path in EMPTY_WALKOUT ? (path as keyof WalkoutFormValues) : null;
}

/** "Same person" (the stored prospect, as the match offered it) or "Different person". */
export type Choice = { returning?: ProspectDto; confirmNewProspect?: boolean };

/** The choices a returning prospect's entry sends only when the employee changed them. */
export const CHOICE_FIELDS = ['preferredChannel', 'contactOk', 'shareOk'] as const;
export type Choices = Pick<WalkoutFormValues, (typeof CHOICE_FIELDS)[number]>;

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
function changedChoices(v: WalkoutFormValues, stored: ProspectDto | undefined): Partial<Choices> {
  const mine = choicesOf(v);
  if (!stored) return mine;
  return Object.fromEntries(CHOICE_FIELDS.filter((k) => mine[k] !== stored[k]).map((k) => [k, mine[k]]));
}

export function toWalkoutInput(
  v: WalkoutFormValues,
  choice: Choice,
  ctx: { region: string; store: WhenStore; now: number },
): { input: InputOf<'walkouts.create'> } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  if (v.phone.trim()) {
    const phone = normalizePhone(v.phone, ctx.region);
    if (!phone.ok) issues.push({ path: 'phone', message: phone.message });
  }
  const price = parseMoney(v.price);
  if (Number.isNaN(price)) issues.push({ path: 'price', message: 'Write the price like 41900 or $41,900' });
  const when = readWhen(v.nextStepAt, ctx.now, ctx.store);
  if (when && !when.ok) issues.push({ path: 'nextStepAt', message: when.message });
  const nextStepAt = when?.ok ? when.at : null;
  if (!v.objection) issues.push({ path: 'objection', message: "Why didn't they buy?" });
  const input = {
    prospect: {
      firstName: v.firstName,
      lastName: v.lastName,
      phone: v.contactRefused ? '' : v.phone,
      email: v.contactRefused ? '' : v.email,
      bestTime: v.bestTime,
      ...changedChoices(v, choice.returning),
    },
    ...(choice.returning ? { existingProspectId: choice.returning.id } : {}),
    ...(choice.confirmNewProspect ? { confirmNewProspect: true } : {}),
    contactRefused: v.contactRefused,
    product: v.product,
    category: v.category,
    priceQuotedCents: Number.isNaN(price) ? null : price,
    closeness: Number(v.closeness),
    objection: (v.objection || 'other') as Objection,
    objectionText: v.objectionText,
    painPoints: v.painPoints,
    motivation: v.motivation,
    personalDetails: v.personalDetails,
    nextStepText: v.nextStepText,
    nextStepAt,
  };
  // The same schema the router applies, so the counter hears about a mistake before a round trip.
  const parsed = walkoutCreateInput.safeParse(input);
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push({ path: i.path.join('.'), message: i.message });
  }
  return issues.length ? { issues } : { input };
}
