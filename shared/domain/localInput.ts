// Converting between instants and the "YYYY-MM-DDTHH:mm" wall-clock text of a datetime-local field,
// in the store's time zone (not the PC's), so a counter PC set to the wrong zone still books right.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function fromLocalInput(value: string, timeZone: string): number | null {
  const m = PATTERN.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const t = new TZDate(y, mo - 1, d, h, mi, timeZone);
  // Reject dates that roll over (31 February) rather than silently moving them.
  if (t.getMonth() !== mo - 1 || t.getDate() !== d) return null;
  return t.getTime();
}

export function toLocalInput(t: number, timeZone: string): string {
  return format(new TZDate(t, timeZone), "yyyy-MM-dd'T'HH:mm");
}
