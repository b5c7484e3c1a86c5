// The settings form's values (text as typed, named by the settings' own paths) and the schema that reads
// them back as settings; only the settings that changed are sent.
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { dayHoursSchema, type Settings, settingsSchema } from '../../../shared/domain/settings';
import { formatMoneyExact } from '../../ui/format';
import { moneyText, wholeText } from '../../ui/typedText';

export const CADENCE_KEYS = [
  'firstContactHours',
  'firstContactMaxHours',
  'checkInFirstDays',
  'checkInRepeatDays',
  'maxNoContactAttempts',
  'longTermDays',
  'maxLongTermNoContact',
  'surveyMinutesAfterOpen',
  'campaignDailyCap',
  'firstCallOverdueHours',
] as const;
export type CadenceKey = (typeof CADENCE_KEYS)[number];
/** Settings typed as a whole number: the cadence, and how long the counter PC waits before it locks. */
type WholeKey = CadenceKey | 'idleLockMinutes';
const WHOLE_KEYS: readonly WholeKey[] = [...CADENCE_KEYS, 'idleLockMinutes'];

const MONEY_KEYS = ['saveCommissionCents', 'referralCreditCents'] as const;
type MoneyKey = (typeof MONEY_KEYS)[number];

/** The form's values: every setting as typed, under its own settings path. */
export type SettingsDraft = z.input<typeof settingsFormSchema>;

/** What every section of the form receives. */
export interface SectionProps {
  form: UseFormReturn<SettingsDraft, unknown, SettingsRead>;
  /** The message for a settings path ('timeZone', 'storeHours.6' …), the form's or the server's. */
  error: (path: string) => string | undefined;
  disabled: boolean;
}

/** The ranges come from the schema itself, so the hints and checks never drift from the server's. */
export function wholeRange(key: WholeKey): { min: number; max: number } {
  const shape = settingsSchema.shape[key];
  return { min: shape.minValue ?? 0, max: shape.maxValue ?? Number.MAX_SAFE_INTEGER };
}

// A closed day still remembers sensible times, so ticking "Open" gives a ready row.
const CLOSED_DEFAULT = { open: '09:00', close: '17:00' };

export function toDraft(s: Settings): SettingsDraft {
  return {
    storeName: s.storeName,
    storePhone: s.storePhone,
    timeZone: s.timeZone,
    defaultRegion: s.defaultRegion,
    storeHours: s.storeHours.map((h) => ({ isOpen: h !== null, ...(h ?? CLOSED_DEFAULT) })),
    closedDates: s.closedDates.join(', '),
    callWindow: { ...s.callWindow },
    ...(Object.fromEntries(WHOLE_KEYS.map((k) => [k, String(s[k])])) as Record<WholeKey, string>),
    // Whole dollars read as "$50"; cents are kept ("$49.50") so an untouched amount never changes.
    ...(Object.fromEntries(MONEY_KEYS.map((k) => [k, formatMoneyExact(s[k])])) as Record<MoneyKey, string>),
  };
}

const trimmed = z.string().transform((s) => s.trim());
const whole = (key: WholeKey) => {
  const { min, max } = wholeRange(key);
  const message = `A whole number from ${min} to ${max}`;
  return wholeText(message).pipe(z.number().min(min, message).max(max, message));
};
const money = moneyText('Dollars, e.g. 50 or 49.50 (0 for none)', null).pipe(
  z.number({ error: 'Dollars, e.g. 50 or 49.50 (0 for none)' }),
);
// A closed day's times are not read (its inputs are disabled, so they may come back empty).
const day = z.object({ isOpen: z.boolean(), open: z.string().optional(), close: z.string().optional() });
const clockTyped = z.string().min(1, 'Enter a time');

/**
 * Typed values → settings, with the form's own checks where the server would accept a value that leaves no
 * time a call could be due (a store that never opens, a call window that ends before it starts). What only
 * the server can judge, such as an unknown time zone, is left to it.
 */
export const settingsFormSchema = z.object({
  storeName: trimmed,
  storePhone: trimmed,
  timeZone: trimmed,
  defaultRegion: trimmed,
  storeHours: z
    .array(day)
    .transform((days, ctx) =>
      days.map((d, i) => {
        if (!d.isOpen) return null;
        if (!d.open || !d.close) {
          ctx.addIssue({ code: 'custom', path: [i], message: 'Enter both times, or untick Open' });
          return null;
        }
        const read = dayHoursSchema.safeParse({ open: d.open, close: d.close });
        for (const issue of read.error?.issues ?? [])
          ctx.addIssue({ code: 'custom', path: [i, ...issue.path], message: issue.message });
        return read.data ?? null;
      }),
    )
    .refine((days) => days.some((d) => d !== null), 'Open at least one day a week'),
  closedDates: z
    .string()
    .transform((s) => s.split(/[,\s]+/).filter(Boolean))
    .refine((dates) => dates.every(isCalendarDate), 'Use real dates written YYYY-MM-DD, e.g. 2026-12-25'),
  callWindow: z
    .object({ start: clockTyped, end: clockTyped })
    .refine((w) => w.start < w.end, { message: 'Must be after the start', path: ['end'] }),
  ...(Object.fromEntries(WHOLE_KEYS.map((k) => [k, whole(k)])) as Record<WholeKey, ReturnType<typeof whole>>),
  ...(Object.fromEntries(MONEY_KEYS.map((k) => [k, money])) as Record<MoneyKey, typeof money>),
});
export type SettingsRead = z.output<typeof settingsFormSchema>;

/** The settings that differ from `base`: only what the owner changed travels. */
export function changedSettings(next: SettingsRead, base: Settings): Partial<Settings> {
  const patch: Partial<Settings> = {};
  for (const key of Object.keys(next) as (keyof SettingsRead)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(base[key])) Object.assign(patch, { [key]: next[key] });
  }
  return patch;
}

/** The changed settings, or the problems the form can tell before asking the server (by settings path). */
export function readDraft(
  draft: SettingsDraft,
  base: Settings,
): { patch: Partial<Settings>; problems: Record<string, string> } {
  const read = settingsFormSchema.safeParse(draft);
  if (read.success) return { patch: changedSettings(read.data, base), problems: {} };
  const problems: Record<string, string> = {};
  for (const issue of read.error.issues) problems[issue.path.join('.')] ??= issue.message;
  return { patch: {}, problems };
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
}
