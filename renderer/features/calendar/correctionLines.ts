// How a correction reads in the walkout story: "Corrected by Sam Staff at 10:42 AM" and one line per field,
// "Phone (312) 555-0150 → (312) 555-0151", with values shown as the story shows them.
import { TZDate } from '@date-fns/tz';
import { format, isSameDay } from 'date-fns';
import type { CorrectionDto } from '../../../shared/contract/dto';
import { formatPhone } from '../../../shared/domain/phone';
import { CHANNEL_LABELS, type Channel, OBJECTION_LABELS, type Objection } from '../../../shared/domain/vocab';
import { formatMoney } from '../../ui/format';

/** The fields by their path in walkouts.correct's changes, as the correction dialog labels them. */
const LABELS: Record<string, string> = {
  product: 'Product',
  category: 'Category',
  priceQuotedCents: 'Price quoted',
  closeness: 'How close',
  objection: 'Objection',
  objectionText: 'In their words',
  painPoints: 'Pain points',
  motivation: 'Motivation',
  personalDetails: 'Personal details',
  'prospect.firstName': 'First name',
  'prospect.lastName': 'Last name',
  'prospect.phone': 'Phone',
  'prospect.email': 'Email',
  'prospect.bestTime': 'Best time',
  'prospect.preferredChannel': 'Best way to reach',
  'prospect.contactOk': 'OK to contact',
  'prospect.shareOk': 'OK to share',
};

function shown(path: string, value: string | number | boolean | null, region: string): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (path === 'priceQuotedCents') return formatMoney(Number(value));
  if (path === 'closeness') return `${value}/5`;
  if (path === 'objection') return OBJECTION_LABELS[value as Objection];
  if (path === 'prospect.preferredChannel') return CHANNEL_LABELS[value as Channel];
  if (path === 'prospect.phone') return formatPhone(String(value), region);
  return String(value);
}

/** "Corrected by Sam Staff at 10:42 AM" today, "… on 20 Nov, 4:05 PM" before. */
export function correctedBy(c: CorrectionDto, now: number, timeZone: string): string {
  const at = new TZDate(c.at, timeZone);
  const when = isSameDay(at, new TZDate(now, timeZone))
    ? `at ${format(at, 'h:mm a')}`
    : `on ${format(at, 'd MMM, h:mm a')}`;
  return `Corrected by ${c.byName} ${when}`;
}

export function correctionLines(c: CorrectionDto, region: string): string[] {
  return Object.keys(c.after).map(
    (path) =>
      `${LABELS[path] ?? path}: ${shown(path, c.before[path] ?? null, region)} → ${shown(path, c.after[path], region)}`,
  );
}
