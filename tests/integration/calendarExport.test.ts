// "Export to calendar": the signed-in employee's open follow-ups as an .ics file, read back with a real
// iCalendar parser (ical.js): one event per open call, at its due instant in UTC, the prospect's first
// name and the purpose; the phone only when ticked; nobody else's calls.
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGINE, openStore, type Store, walkoutInput } from './harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

function eventsOf(content: string) {
  const calendar = new ICAL.Component(ICAL.parse(content));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().getTime(),
      startIsUtc: event.startDate.zone?.tzid === 'UTC',
      minutes: event.duration.toSeconds() / 60,
      description: event.description,
    };
  });
}

/** Sam's open follow-ups as the database holds them, soonest first. */
function samsOpenCalls() {
  return store.db
    .prepare(
      `SELECT f.id, f.due_at AS "dueAt", f.purpose, p.first_name AS "firstName" FROM follow_ups f
        JOIN walkouts w ON w.id = f.walkout_id JOIN prospects p ON p.id = w.prospect_id
        WHERE f.assignee_id = ? AND f.status = 'open' ORDER BY f.due_at, f.id`,
    )
    .all(store.ids['Sam Staff']) as { id: number; dueAt: number; purpose: string; firstName: string }[];
}

describe(`calendar export on ${ENGINE}`, () => {
  beforeEach(async () => {
    await store.as('Sam Staff', 'walkouts.create', walkoutInput());
    await store.as(
      'Sam Staff',
      'walkouts.create',
      walkoutInput({ prospect: { firstName: 'Ana', lastName: 'Ruiz', phone: '(312) 555-0177', email: '' } }),
    );
    await store.as(
      'Tia Staff',
      'walkouts.create',
      walkoutInput({ prospect: { firstName: 'Lee', lastName: 'Park', phone: '(312) 555-0199', email: '' } }),
    );
  });

  it('holds every open call of mine, at its due time in UTC, by first name and purpose, no phone', async () => {
    const file = await store.as('Sam Staff', 'calendar.exportIcs', { withPhone: false });
    expect(file.fileName).toBe('beback-calls-sam-staff-2026-11-23.ics');
    const expected = samsOpenCalls();
    expect(expected.map((c) => c.firstName)).toEqual(['Rosa', 'Ana']);
    expect(eventsOf(file.content)).toEqual(
      expected.map((c) => ({
        uid: `beback-follow-up-${c.id}@beback-motors`,
        summary: `Call ${c.firstName}: first contact`,
        start: c.dueAt,
        startIsUtc: true,
        minutes: 15,
        description: 'The phone number is in BeBack, on My day.',
      })),
    );
    expect(file.content).not.toMatch(/555|0142|0177|Lee/);
  });

  it('gives the phone only when ticked', async () => {
    const file = await store.as('Sam Staff', 'calendar.exportIcs', { withPhone: true });
    expect(eventsOf(file.content).map((e) => e.description)).toEqual([
      'Phone: (312) 555-0142',
      'Phone: (312) 555-0177',
    ]);
    expect(file.content).not.toContain('555-0199'); // Tia's prospect is not on Sam's calendar
  });

  it('a call logged leaves the file; an empty calendar is still a calendar', async () => {
    const [first] = samsOpenCalls();
    await store.as('Sam Staff', 'followUps.complete', { followUpId: first.id, outcome: 'not_interested' });
    const after = eventsOf((await store.as('Sam Staff', 'calendar.exportIcs', { withPhone: false })).content);
    expect(after.map((e) => e.uid)).not.toContain(`beback-follow-up-${first.id}@beback-motors`);
    const owner = await store.as('Olive Owner', 'calendar.exportIcs', { withPhone: false });
    expect(eventsOf(owner.content)).toEqual([]);
    expect(owner.content).toContain("X-WR-CALNAME:Olive Owner's calls (BeBack Motors)");
  });

  it.each([
    ['no choice about the phone', {}, 'withPhone', 'Invalid input: expected boolean, received undefined'],
    [
      'the choice as words',
      { withPhone: 'yes' },
      'withPhone',
      'Invalid input: expected boolean, received string',
    ],
    [
      'another employee’s calendar asked for',
      { withPhone: false, employeeId: 1 },
      '',
      'Unrecognized key: "employeeId"',
    ],
  ])('refuses %s in words', async (_case, input, path, message) => {
    const error = await store.failAs('Sam Staff', 'calendar.exportIcs', input);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => [i.path, i.message])).toEqual([[path, message]]);
  });
});
