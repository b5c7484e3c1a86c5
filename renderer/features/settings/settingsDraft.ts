// The settings form's editable copy (text as typed) and how it turns back into a patch of changed settings.
import { type DayHours, type Settings, settingsSchema } from '../../../shared/domain/settings';
import { formatMoneyExact, parseMoney } from '../../ui/format';

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
] as const;
export type CadenceKey = (typeof CADENCE_KEYS)[number];
/** Settings typed as a whole number: the cadence, and how long the counter PC waits before it locks. */
type WholeKey = CadenceKey | 'idleLockMinutes';

const MONEY_KEYS = ['saveCommissionCents', 'referralCreditCents'] as const;
type MoneyKey = (typeof MONEY_KEYS)[number];

export interface DayDraft {
  isOpen: boolean;
  open: string;
  close: string;
}

export interface SettingsDraft {
  storeName: string;
  storePhone: string;
  timeZone: string;
  defaultRegion: string;
  storeHours: DayDraft[];
  closedDates: string;
  callStart: string;
  callEnd: string;
  idleLockMinutes: string;
  cadence: Record<CadenceKey, string>;
  money: Record<MoneyKey, string>;
}

/** What every section of the form receives. */
export interface SectionProps {
  draft: SettingsDraft;
  onChange: (change: Partial<SettingsDraft>) => void;
  /**
   * The error for a settings path ('timeZone', 'storeHours.6' …), from the form or the server; unless
   * `exact`, an error deeper down ('storeHours.6.open') counts too.
   */
  issue: (path: string, exact?: boolean) => string | undefined;
  disabled: boolean;
}

/** The ranges come from the schema itself, so the hints and checks never drift from the server's. */
export function wholeRange(key: WholeKey): { min: number; max: number } {
  const shape = settingsSchema.shape[key];
  return { min: shape.minValue ?? 0, max: shape.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** Whole dollars read as "$50"; cents are kept ("$49.50") so an untouched amount never changes. */
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
    callStart: s.callWindow.start,
    callEnd: s.callWindow.end,
    idleLockMinutes: String(s.idleLockMinutes),
    cadence: Object.fromEntries(CADENCE_KEYS.map((k) => [k, String(s[k])])) as Record<CadenceKey, string>,
    money: Object.fromEntries(MONEY_KEYS.map((k) => [k, formatMoneyExact(s[k])])) as Record<MoneyKey, string>,
  };
}

/**
 * The settings that differ from `base`, plus problems the form can tell before asking the server
 * (keyed by settings path). Everything else, such as an unknown time zone, is the server's to judge.
 */
export function readDraft(
  draft: SettingsDraft,
  base: Settings,
): { patch: Partial<Settings>; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const next: Settings = {
    ...base,
    storeName: draft.storeName.trim(),
    storePhone: draft.storePhone.trim(),
    timeZone: draft.timeZone.trim(),
    defaultRegion: draft.defaultRegion.trim().toUpperCase(),
    storeHours: draft.storeHours.map((d): DayHours => (d.isOpen ? { open: d.open, close: d.close } : null)),
    closedDates: draft.closedDates
      .split(/[,\s]+/)
      .map((s) => s.trim())
      .filter(Boolean),
    callWindow: { start: draft.callStart, end: draft.callEnd },
  };
  // The server accepts these, but a store that never opens or a call window that ends before it starts
  // leaves no time a call could be due, so logging the next walkout would fail.
  if (next.storeHours.every((h) => h === null)) problems.storeHours = 'Open at least one day a week';
  next.storeHours.forEach((h, i) => {
    if (h && (!h.open || !h.close)) problems[`storeHours.${i}`] = 'Enter both times, or untick Open';
  });
  if (!next.callWindow.start) problems['callWindow.start'] = 'Enter a time';
  if (!next.callWindow.end) problems['callWindow.end'] = 'Enter a time';
  else if (next.callWindow.start >= next.callWindow.end)
    problems['callWindow.end'] = 'Must be after the start';
  if (next.closedDates.some((d) => !isCalendarDate(d))) {
    problems.closedDates = 'Use real dates written YYYY-MM-DD, e.g. 2026-12-25';
  }
  const whole = (key: WholeKey, typed: string) => {
    const text = typed.trim();
    const { min, max } = wholeRange(key);
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < min || n > max) problems[key] = `A whole number from ${min} to ${max}`;
    else next[key] = n;
  };
  for (const key of CADENCE_KEYS) whole(key, draft.cadence[key]);
  whole('idleLockMinutes', draft.idleLockMinutes);
  for (const key of MONEY_KEYS) {
    const cents = parseMoney(draft.money[key]);
    if (cents === null || Number.isNaN(cents)) problems[key] = 'Dollars, e.g. 50 or 49.50 (0 for none)';
    else next[key] = cents;
  }
  const patch: Partial<Settings> = {};
  for (const key of Object.keys(next) as (keyof Settings)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(base[key])) Object.assign(patch, { [key]: next[key] });
  }
  return { patch, problems };
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
}
