// The call sheet's lines from the day's rows: overdue first, the survey's own script for a manager's
// survey, the chosen reason in the words the drafts use, the email when no phone was left.
import { describe, expect, it } from 'vitest';
import { callSheetEntries } from '../../../renderer/features/calendar/callSheet';
import type { CalendarDayDto, CalendarRowDto } from '../../../shared/contract/dto';

const NOW = Date.parse('2026-11-24T10:00:00-06:00'); // Tuesday
const MONDAY_3PM = Date.parse('2026-11-23T15:00:00-06:00');
const SENDER = { name: 'Sam Seller', storeName: 'BeBack Motors', callbackNumber: '(312) 555-0100' };

function row(over: {
  id: number;
  dueAt: number;
  purpose?: CalendarRowDto['followUp']['purpose'];
  reasonText?: string | null;
  phone?: string | null;
  email?: string | null;
  objectionText?: string;
}): CalendarRowDto {
  return {
    followUp: {
      id: over.id,
      walkoutId: over.id,
      assigneeId: 3,
      assigneeName: 'Sam Seller',
      dueAt: over.dueAt,
      channel: 'call',
      purpose: over.purpose ?? 'first_contact',
      status: 'open',
      outcome: null,
      notes: '',
      message: '',
      reasonId: over.reasonText ? 9 : null,
      reasonText: over.reasonText ?? null,
      completedAt: null,
      completedByName: null,
    },
    prospect: {
      id: over.id,
      firstName: 'Rosa',
      lastName: 'Diaz',
      phone: over.phone === undefined ? '+13125550142' : over.phone,
      email: over.email ?? null,
      preferredChannel: 'call',
      bestTime: '',
      contactOk: true,
      shareOk: false,
      doNotContact: false,
      source: 'walk_in',
    },
    walkout: {
      id: over.id,
      prospectId: over.id,
      employeeId: 3,
      employeeName: 'Sam Seller',
      visitedAt: MONDAY_3PM,
      product: 'Kubota BX2380 tractor',
      category: 'Tractors',
      priceQuotedCents: null,
      closeness: 4,
      objection: 'price',
      objectionText: over.objectionText ?? '',
      painPoints: '',
      motivation: '',
      personalDetails: '',
      nextStepText: '',
      nextStepAt: null,
      contactRefused: false,
      status: 'open',
      soldAt: null,
      closer: null,
      saleAmountCents: null,
      source: 'walk_in',
      surveyObjection: null,
      surveyText: '',
    },
    attemptsSoFar: 0,
  };
}

function day(
  overdue: CalendarRowDto[],
  today: CalendarRowDto[],
  upcoming: CalendarRowDto[] = [],
): CalendarDayDto {
  return {
    now: NOW,
    timeZone: 'America/Chicago',
    employee: {
      id: 3,
      name: 'Sam Seller',
      role: 'staff',
      active: true,
      saveProgram: false,
    } as CalendarDayDto['employee'],
    overdue,
    today,
    upcoming,
    counts: { overdue: overdue.length, today: today.length, upcoming: upcoming.length },
  };
}

describe('the call sheet', () => {
  it('lists overdue then today, never upcoming, with time, contact and why not', () => {
    const entries = callSheetEntries(
      day(
        [row({ id: 1, dueAt: MONDAY_3PM + 7_200_000, objectionText: 'Wants it under $18k' })],
        [row({ id: 2, dueAt: NOW + 3_600_000, phone: null, email: 'rosa@example.com' })],
        [row({ id: 3, dueAt: NOW + 86_400_000 * 2 })],
      ),
      SENDER,
      'US',
    );
    expect(entries.map((e) => [e.followUpId, e.when, e.overdue, e.contact, e.whyNot])).toEqual([
      [1, 'Yesterday 5:00 PM', true, '(312) 555-0142', 'Price: “Wants it under $18k”'],
      [2, 'Today 11:00 AM', false, 'rosa@example.com', 'Price'],
    ]);
  });

  it('a chosen reason is said as the drafts say it, and the voicemail to leave follows', () => {
    const [entry] = callSheetEntries(
      day(
        [],
        [row({ id: 4, dueAt: NOW + 60_000, reasonText: 'Used truck values are at a three-year high' })],
      ),
      SENDER,
      'US',
    );
    expect(entry.reason).toBe("The reason I'm calling is used truck values are at a three-year high.");
    expect(entry.script[0]).toEqual({ note: 'If nobody answers, leave:' });
    expect(entry.script[1].say).toBe(
      "Hi Rosa, it's Sam Seller at BeBack Motors. The reason I'm calling is used truck values are at a three-year high. I thought of you and the Kubota BX2380 tractor right away. Call me back at (312) 555-0100.",
    );
  });

  it('a manager’s survey carries the survey script, naming the real visit day', () => {
    const [entry] = callSheetEntries(
      day([], [row({ id: 5, dueAt: NOW + 60_000, purpose: 'manager_survey' })]),
      SENDER,
      'US',
    );
    expect(entry.purpose).toBe('Manager survey');
    expect(entry.reason).toBe('Customer service survey');
    expect(entry.script[0].say).toBe(
      'Hi Rosa, this is the sales manager. You were in yesterday with Sam Seller — I call everyone who visits: how did Sam Seller treat you?',
    );
    expect(entry.script).toHaveLength(4);
  });
});
