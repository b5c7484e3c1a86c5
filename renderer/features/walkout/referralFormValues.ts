// The referrals form: rows of people as typed; a row left blank (no first name, no phone) is no one.
import { z } from 'zod';
import { referralsCreateInput } from '../../../shared/contract/schemas';

const referredPerson = referralsCreateInput.shape.people.element;
export type ReferredPerson = z.input<typeof referredPerson> & { lastName: string; relationship: string };

export const blankPerson = (): ReferredPerson => ({
  firstName: '',
  lastName: '',
  phone: '',
  relationship: '',
});
const isFilled = (p: ReferredPerson) => Boolean(p.firstName.trim() || p.phone.trim());

/** The rows someone typed into, in order. */
export const filledPeople = (people: readonly ReferredPerson[]) => people.filter(isFilled);

/**
 * Each filled row checked with the contract's own person schema at its own row (a blank row above it does
 * not shift the message onto the wrong person); at least one person.
 */
export const referralFormSchema = z
  .object({
    people: z.array(
      z.object({ firstName: z.string(), lastName: z.string(), phone: z.string(), relationship: z.string() }),
    ),
  })
  .superRefine(({ people }, ctx) => {
    if (!people.some(isFilled))
      ctx.addIssue({ code: 'custom', path: ['people'], message: 'Add at least one person' });
    people.forEach((person, i) => {
      if (!isFilled(person)) return;
      const read = referredPerson.safeParse(person);
      for (const issue of read.error?.issues ?? [])
        ctx.addIssue({ code: 'custom', path: ['people', i, ...issue.path], message: issue.message });
    });
  });
