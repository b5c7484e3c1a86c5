// followUps.withoutNextCall and followUps.putBack: open leads with nothing booked, and booking their next call.
import { z } from 'zod';
import { id, instant } from './schemas';

/** 'mine': the signed-in employee's own leads (My day); 'team': every rep's (the manager's desk). */
export const withoutNextCallInput = z.strictObject({ scope: z.enum(['mine', 'team']).default('mine') });

export const putBackInput = z.strictObject({
  walkoutId: id,
  /** When the call is due; null books the first allowed slot from now (store hours, call window). */
  dueAt: instant.nullable().default(null),
  /** Whose calendar; null is the lead's own rep. Staff may only book on their own. */
  assigneeId: id.nullable().default(null),
});

export type WithoutNextCallInput = z.infer<typeof withoutNextCallInput>;
export type PutBackInput = z.infer<typeof putBackInput>;
