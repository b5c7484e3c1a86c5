// An employee's open follow-ups as an iCalendar file their phone or Outlook can take: one 15-minute event
// per call, in UTC, named by the prospect's first name and the call's purpose. Phones leave the store only
// when the employee asks for them.
import { createEvents, type EventAttributes } from 'ics';
import { formatPhone } from '../../../shared/domain/phone';
import { localDateKey } from '../../../shared/domain/storeClock';
import { PURPOSE_LABELS } from '../../../shared/domain/vocab';
import { nameSlug } from '../fileNames';
import type { OpenCallLine } from './calendarExport.repo';

export interface CalendarFileOptions {
  employeeName: string;
  storeName: string;
  withPhone: boolean;
  region: string;
  timeZone: string;
  now: number;
}

const CALL_MINUTES = 15;

function callSummary(line: Pick<OpenCallLine, 'firstName' | 'purpose'>): string {
  return `Call ${line.firstName}: ${PURPOSE_LABELS[line.purpose].toLowerCase()}`;
}

const slug = (s: string) => nameSlug(s, 'calendar');

export function calendarFile(
  lines: readonly OpenCallLine[],
  o: CalendarFileOptions,
): { fileName: string; content: string } {
  const events: EventAttributes[] = lines.map((line) => {
    const phone = o.withPhone && line.phone ? formatPhone(line.phone, o.region) : '';
    return {
      // Stable per follow-up, so importing a newer file updates the calendar instead of doubling it.
      uid: `beback-follow-up-${line.id}@${slug(o.storeName)}`,
      start: line.dueAt,
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: CALL_MINUTES },
      title: callSummary(line),
      description: phone ? `Phone: ${phone}` : 'The phone number is in BeBack, on My day.',
      status: 'CONFIRMED',
      busyStatus: 'BUSY',
      classification: 'PRIVATE',
      alarms: [{ action: 'display', description: callSummary(line), trigger: { minutes: 5, before: true } }],
    };
  });
  const { error, value } = createEvents(events, {
    productId: 'BeBack',
    calName: `${o.employeeName}'s calls (${o.storeName})`,
  });
  // The inputs are the app's own rows: a refusal here is a bug, not bad input.
  if (error || value === null) throw error ?? new Error('The calendar file could not be written');
  return {
    fileName: `beback-calls-${slug(o.employeeName)}-${localDateKey(o.now, o.timeZone)}.ics`,
    content: value,
  };
}
