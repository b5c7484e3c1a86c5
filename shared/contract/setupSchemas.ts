// What the first start asks: the store (name, callback phone, time zone, opening hours), then its owner.
import { z } from 'zod';
import { normalizePhone } from '../domain/phone';
import { DEFAULT_SETTINGS, settingsSchema } from '../domain/settings';
import { personName, pinSchema } from './schemas';

/**
 * The first start asks no phone region: a callback number typed without +country is read as a number of
 * the default region (Settings can change the region later).
 */
export const SETUP_REGION = DEFAULT_SETTINGS.defaultRegion;

export const storeSetupInput = z
  .object({
    storeName: z.string().trim().min(1, 'Enter the store’s name').max(120, 'At most 120 characters'),
    storePhone: z
      .string()
      .max(40, 'At most 40 characters')
      .superRefine((raw, ctx) => {
        const checked = normalizePhone(raw, SETUP_REGION);
        if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.message });
      }),
    timeZone: settingsSchema.shape.timeZone,
    storeHours: settingsSchema.shape.storeHours,
  })
  .strict();
export type StoreSetupInput = z.infer<typeof storeSetupInput>;

/** The store and its owner arrive together and are written in one transaction, or not at all. */
export const createOwnerInput = z
  .object({ store: storeSetupInput, name: personName, pin: pinSchema })
  .strict();
export type CreateOwnerInput = z.infer<typeof createOwnerInput>;
