// My day at any length: calendar.day sends the first rows of each section and how many each holds in all;
// calendar.section sends the rest from any offset as the list scrolls, in the same order, with no gap and no
// row twice, on the day the list was opened; staff read only their own.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CALENDAR_PAGE as FIRST_PAGE } from '../../shared/domain/vocab';
import { MONDAY_10AM, openStore, type Store, walkoutInput } from './harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** `n` walkouts logged by Tia a minute apart from 10:00: each first call is due two hours after its visit. */
async function logWalkouts(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    store.clock.now = MONDAY_10AM + i * MINUTE;
    await store.as(
      'Tia Staff',
      'walkouts.create',
      walkoutInput({
        prospect: { firstName: 'Rosa', lastName: `Diaz ${i}`, phone: `312555${String(1000 + i)}` },
      }),
    );
  }
}

describe('a long calendar', () => {
  it('sends a first page and the counts, then the rest of a section from an offset, in order', async () => {
    const total = 62;
    await logWalkouts(total);
    // 12:30: the 30 calls due 12:00 to 12:29 are overdue; the 32 from 12:30 on are still due today.
    store.clock.now = MONDAY_10AM + 2 * HOUR + 30 * MINUTE;
    const day = await store.as('Tia Staff', 'calendar.day', {});
    expect(day.counts).toEqual({ overdue: 30, today: 32, upcoming: 0 });
    expect(day.overdue).toHaveLength(Math.min(30, FIRST_PAGE));
    expect(day.today).toHaveLength(Math.min(32, FIRST_PAGE));

    // Three hours later everything is overdue: the first page holds FIRST_PAGE rows, the count all of them.
    store.clock.now += 3 * HOUR;
    const later = await store.as('Tia Staff', 'calendar.day', {});
    expect(later.counts).toEqual({ overdue: total, today: 0, upcoming: 0 });
    expect(later.overdue).toHaveLength(FIRST_PAGE);
    const rest = await store.as('Tia Staff', 'calendar.section', {
      section: 'overdue',
      at: later.now,
      offset: FIRST_PAGE,
      limit: 200,
    });
    expect(rest.rows).toHaveLength(total - FIRST_PAGE);
    const dues = [...later.overdue, ...rest.rows].map((r) => r.followUp.dueAt);
    expect(dues).toEqual(Array.from({ length: total }, (_, i) => MONDAY_10AM + 2 * HOUR + i * MINUTE));
    expect(rest.rows[0].prospect.lastName).toBe(`Diaz ${FIRST_PAGE}`);

    // The list's own day: asked with the earlier `now`, the same section ends where it ended then.
    const thenToday = await store.as('Tia Staff', 'calendar.section', {
      section: 'today',
      at: day.now,
      offset: 30,
      limit: 5,
    });
    expect(thenToday.rows.map((r) => r.prospect.lastName)).toEqual(['Diaz 60', 'Diaz 61']);
  });

  it('keeps staff to their own calendar and refuses a page size it does not serve', async () => {
    await logWalkouts(1);
    const sam = store.ids['Sam Staff'];
    const asked = { employeeId: sam, section: 'today' as const, at: MONDAY_10AM, offset: 0 };
    expect(await store.failAs('Tia Staff', 'calendar.section', asked)).toMatchObject({
      code: 'NOT_ALLOWED',
      message: "Only a manager can open another employee's calendar.",
    });
    const big = await store.failAs('Tia Staff', 'calendar.section', {
      ...asked,
      employeeId: undefined,
      limit: 500,
    });
    expect(big.code).toBe('VALIDATION');
    const mine = await store.as('Max Manager', 'calendar.section', {
      ...asked,
      employeeId: store.ids['Tia Staff'],
    });
    expect(mine.rows.map((r) => r.prospect.lastName)).toEqual(['Diaz 0']);
  });

  it('hands a reminder its own open call wherever it lies, and nothing once it is made or someone else’s', async () => {
    await logWalkouts(1);
    const day = await store.as('Tia Staff', 'calendar.day', {});
    const followUpId = day.today[0].followUp.id;
    const entry = await store.as('Tia Staff', 'calendar.entry', { followUpId });
    expect(entry?.prospect.lastName).toBe('Diaz 0');
    expect(await store.as('Sam Staff', 'calendar.entry', { followUpId })).toBeNull();
    await store.as('Tia Staff', 'followUps.complete', { followUpId, outcome: 'not_now' });
    expect(await store.as('Tia Staff', 'calendar.entry', { followUpId })).toBeNull();
  });
});
