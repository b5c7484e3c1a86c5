// What the first start asks: the store (name, callback phone, country, time zone, opening hours), then its
// owner.
import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';
import { normalizePhone } from '../domain/phone';
import { settingsSchema } from '../domain/settings';
import { personName, pinSchema } from './schemas';

/**
 * The store's country: a callback number typed without +country is read as a number there, and so is every
 * phone typed at the counter afterwards (Settings keeps it as the default region).
 */
const region = settingsSchema.shape.defaultRegion;

export const storeSetupInput = z
  .object({
    storeName: z.string().trim().min(1, 'Enter the store’s name').max(120, 'At most 120 characters'),
    storePhone: z.string().max(40, 'At most 40 characters'),
    region,
    timeZone: settingsSchema.shape.timeZone,
    storeHours: settingsSchema.shape.storeHours,
  })
  .strict()
  .superRefine((store, ctx) => {
    if (!isSupportedCountry(store.region)) return;
    const checked = normalizePhone(store.storePhone, store.region);
    if (!checked.ok) ctx.addIssue({ code: 'custom', path: ['storePhone'], message: checked.message });
  });
export type StoreSetupInput = z.infer<typeof storeSetupInput>;

/** The store and its owner arrive together and are written in one transaction, or not at all. */
export const createOwnerInput = z
  .object({ store: storeSetupInput, name: personName, pin: pinSchema })
  .strict();
export type CreateOwnerInput = z.infer<typeof createOwnerInput>;

/** The demo stores a first start can show: each trade's products, objections' words and reasons. */
export const DEMO_TRADES = ['vehicles', 'appliances', 'trade_supplies'] as const;
export type DemoTradeName = (typeof DEMO_TRADES)[number];
export const DEMO_TRADE_LABELS: Record<DemoTradeName, string> = {
  vehicles: 'Vehicles',
  appliances: 'Home appliances and vacuums',
  trade_supplies: 'Trade supplies',
};
export const demoTradeInput = z.strictObject({ trade: z.enum(DEMO_TRADES, 'Choose one of the demo stores') });
export type DemoTradeInput = z.infer<typeof demoTradeInput>;
