// Store settings: every cadence number and store-hours rule is a setting (PRODUCT.md "Default cadence").
import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, 24-hour');

export const dayHoursSchema = z
  .object({ open: clock, close: clock })
  .refine((h) => h.open < h.close, { message: 'Opening must be before closing' })
  .nullable();
export type DayHours = z.infer<typeof dayHoursSchema>;

export const settingsSchema = z.object({
  storeName: z.string().min(1).max(120),
  /** The callback number messages give ("call me back at …"); empty until the owner sets it. */
  storePhone: z.string().max(40),
  timeZone: z.string().refine(isTimeZone, 'Unknown time zone'),
  /** The country phones typed without +country are read in: one libphonenumber can read. */
  defaultRegion: z
    .string()
    .refine((code): boolean => isSupportedCountry(code), 'Choose the store’s country from the list'),
  /** Index 0 = Sunday … 6 = Saturday; null = closed that day. */
  storeHours: z
    .array(dayHoursSchema)
    .length(7)
    // With every day closed no call could ever fall due: the cadence would have nowhere to put one.
    .refine((days) => days.some((d) => d !== null), { message: 'Open at least one day a week' }),
  /** Local dates (YYYY-MM-DD) the store is closed. */
  closedDates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** Calls and texts are only due inside this window in the prospect's local time. */
  callWindow: z
    .object({ start: clock, end: clock })
    .refine((w) => w.start < w.end, { message: 'The call window must end after it starts', path: ['end'] }),
  firstContactHours: z.number().int().min(0).max(24),
  firstContactMaxHours: z.number().int().min(1).max(72),
  checkInFirstDays: z.number().int().min(1).max(60),
  checkInRepeatDays: z.number().int().min(1).max(60),
  maxNoContactAttempts: z.number().int().min(1).max(50),
  longTermDays: z.number().int().min(7).max(730),
  maxLongTermNoContact: z.number().int().min(1).max(50),
  /** Minutes after opening that a manager survey call is due on the next business day. */
  surveyMinutesAfterOpen: z.number().int().min(0).max(600),
  /** Most campaign follow-ups one calendar gets on one day; the rest spread over later business days. */
  campaignDailyCap: z.number().int().min(1).max(200),
  saveCommissionCents: z.number().int().min(0),
  referralCreditCents: z.number().int().min(0),
  /** Backup rotation: the newest of today, then the newest of each day and of each month. */
  backupKeepToday: z.number().int().min(1).max(96),
  backupKeepDays: z.number().int().min(0).max(366),
  backupKeepMonths: z.number().int().min(0).max(120),
  /** Minutes without use after which a counter PC locks itself and its session ends. */
  idleLockMinutes: z.number().int().min(1).max(240),
  /** A first call still open this many hours after it fell due shows on the manager's desk. */
  firstCallOverdueHours: z
    .number({ error: 'First call overdue after: a whole number of hours' })
    .int('First call overdue after: a whole number of hours')
    .min(1, 'First call overdue after: at least 1 hour')
    .max(72, 'First call overdue after: at most 72 hours'),
});
export type Settings = z.infer<typeof settingsSchema>;

const weekday = { open: '09:00', close: '19:00' };
export const DEFAULT_SETTINGS: Settings = {
  storeName: 'BeBack Motors',
  storePhone: '',
  timeZone: 'America/Chicago',
  defaultRegion: 'US',
  storeHours: [null, weekday, weekday, weekday, weekday, weekday, { open: '09:00', close: '17:00' }],
  closedDates: [],
  callWindow: { start: '08:00', end: '21:00' },
  firstContactHours: 2,
  firstContactMaxHours: 24,
  checkInFirstDays: 3,
  checkInRepeatDays: 7,
  maxNoContactAttempts: 6,
  longTermDays: 90,
  maxLongTermNoContact: 4,
  surveyMinutesAfterOpen: 60,
  campaignDailyCap: 10,
  saveCommissionCents: 5000,
  referralCreditCents: 0,
  backupKeepToday: 4,
  backupKeepDays: 14,
  backupKeepMonths: 12,
  idleLockMinutes: 5,
  firstCallOverdueHours: 2,
};

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
