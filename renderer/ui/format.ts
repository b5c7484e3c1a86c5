// How instants, money and phones read on screen: always in the store's time zone.
import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format } from 'date-fns';

export function formatWhen(t: number, now: number, timeZone: string): string {
  const at = new TZDate(t, timeZone);
  const days = differenceInCalendarDays(at, new TZDate(now, timeZone));
  const time = formatTime(t, timeZone);
  if (days === 0) return `Today ${time}`;
  if (days === 1) return `Tomorrow ${time}`;
  if (days === -1) return `Yesterday ${time}`;
  if (Math.abs(days) < 7) return `${format(at, 'EEE d MMM')} ${time}`;
  return format(at, 'd MMM yyyy, h:mm a');
}

/** The time of day alone ("10:42 AM"), as formatWhen writes it. */
export function formatTime(t: number, timeZone: string): string {
  return format(new TZDate(t, timeZone), 'h:mm a');
}

export function formatDate(t: number, timeZone: string): string {
  return format(new TZDate(t, timeZone), 'EEE d MMM yyyy');
}

export function formatMoney(cents: number | null): string {
  if (cents === null) return '—';
  return (cents / 100).toLocaleString('en-US', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
}

/** "$75", or "$75.50" when there are cents: an amount someone set exactly, not a rounded figure. */
export function formatMoneyExact(cents: number): string {
  if (cents % 100 === 0) return formatMoney(cents);
  return (cents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });
}

/** Comma-separated text as its trimmed, non-empty items: "Trucks, , SUVs" → ["Trucks", "SUVs"]. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "$41,900" or "41900.50" → cents; null when empty; NaN when unreadable. */
export function parseMoney(text: string): number | null {
  const cleaned = text.replace(/[$,\s]/g, '');
  if (!cleaned) return null;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return Number.NaN;
  return Math.round(Number(cleaned) * 100);
}

/** "1 walkout", "3 walkouts": counts in sentences read naturally. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
