// walkouts.correct: a walkout's details fixed after logging. Every field is the counter's own schema
// (walkouts.create), without its defaults: a field left out is "not corrected", never "made blank".
import { z } from 'zod';
import { walkoutCreateInput, walkoutGetInput } from './schemas';

const entry = walkoutCreateInput.shape;
const person = entry.prospect.shape;

/** The prospect's fields as the counter took them; the phone is normalised by the service (libphonenumber). */
const prospectCorrection = z.strictObject({
  firstName: person.firstName.unwrap().min(1, 'Enter a first name').optional(),
  lastName: person.lastName.unwrap().optional(),
  phone: person.phone.unwrap().optional(),
  email: person.email.unwrap().optional(),
  bestTime: person.bestTime.unwrap().optional(),
  preferredChannel: person.preferredChannel,
  contactOk: person.contactOk,
  shareOk: person.shareOk,
});

/** Said when a sold walkout's sale amount is sent: the sale has its own way back (walkouts.reopen). */
export const SALE_NOT_CORRECTED =
  'The sale amount is not corrected here: a manager reopens the sale and records it again.';

export const walkoutCorrectionChanges = z.strictObject(
  {
    product: entry.product.optional(),
    category: entry.category.unwrap().optional(),
    priceQuotedCents: entry.priceQuotedCents.unwrap().optional(),
    closeness: entry.closeness.optional(),
    objection: entry.objection.optional(),
    objectionText: entry.objectionText.unwrap().optional(),
    painPoints: entry.painPoints.unwrap().optional(),
    motivation: entry.motivation.unwrap().optional(),
    personalDetails: entry.personalDetails.unwrap().optional(),
    prospect: prospectCorrection.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' && issue.keys.some((k) => k.startsWith('sale'))
        ? SALE_NOT_CORRECTED
        : undefined,
  },
);
export type WalkoutCorrectionChanges = z.infer<typeof walkoutCorrectionChanges>;

export const walkoutCorrectInput = z.strictObject({
  walkoutId: walkoutGetInput.shape.id,
  changes: walkoutCorrectionChanges,
});
export type WalkoutCorrectInput = z.infer<typeof walkoutCorrectInput>;
