// The manager's desk escalation: first-contact calls still open N hours (firstCallOverdueHours) after they
// fell due, across the team; and the setting itself, refused whole when it is not 1–72 whole hours.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MONDAY_10AM, openStore, type Store, walkoutInput } from './harness';

const HOUR = 3_600_000;
const MINUTE = 60_000;
let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

/*
 * Monday 10:00: Tia logs Ana (first call left open) and Ben (first call made at once, no answer);
 * Sam, in the save program, logs Cy: his own first call plus Max's manager survey the next business day.
 */
async function fixture() {
  store.clock.now = MONDAY_10AM;
  const ana = await store.as(
    'Tia Staff',
    'walkouts.create',
    walkoutInput({ prospect: { firstName: 'Ana', lastName: 'Ruiz', phone: '3125550401' } }),
  );
  const ben = await store.as(
    'Tia Staff',
    'walkouts.create',
    walkoutInput({ prospect: { firstName: 'Ben', lastName: 'Ode', phone: '3125550402' } }),
  );
  await store.as('Tia Staff', 'followUps.complete', {
    followUpId: ben.firstContact!.followUpId,
    outcome: 'no_answer',
  });
  store.clock.now = MONDAY_10AM + 5 * MINUTE;
  const cy = await store.as(
    'Sam Staff',
    'walkouts.create',
    walkoutInput({ prospect: { firstName: 'Cy', lastName: 'Park', phone: '3125550403' } }),
  );
  return { ana: ana.firstContact!, cy: cy.firstContact! };
}

const listed = async () => (await store.as('Max Manager', 'audit.firstCallsOverdue', {})).calls;

describe('first calls overdue on the team', () => {
  it('lists a first call from exactly N hours after it fell due, not a minute before', async () => {
    const { ana } = await fixture();
    store.clock.now = ana.dueAt + 2 * HOUR - MINUTE;
    expect(await listed()).toEqual([]);
    store.clock.now = ana.dueAt + 2 * HOUR;
    expect((await listed()).map((c) => c.prospectName)).toEqual(['Ana Ruiz']);
    store.clock.now = ana.dueAt + 2 * HOUR + MINUTE;
    const answer = await store.as('Olive Owner', 'audit.firstCallsOverdue', {});
    expect(answer).toEqual({
      now: ana.dueAt + 2 * HOUR + MINUTE,
      overdueAfterHours: 2,
      calls: [
        {
          followUpId: ana.followUpId,
          walkoutId: expect.any(Number),
          prospectName: 'Ana Ruiz',
          employeeId: store.ids['Tia Staff'],
          employeeName: 'Tia Staff',
          dueAt: ana.dueAt,
        },
      ],
    });
  });

  it('covers every rep, leaves out calls made and other purposes, and follows the setting', async () => {
    const { ana, cy } = await fixture();
    // Tuesday 15:00: Max's survey of Cy (due Tuesday morning) is hours late too, but it is no first call.
    store.clock.now = MONDAY_10AM + 29 * HOUR;
    const calls = await listed();
    expect(calls.map((c) => [c.prospectName, c.employeeName, c.dueAt])).toEqual([
      ['Ana Ruiz', 'Tia Staff', ana.dueAt],
      ['Cy Park', 'Sam Staff', cy.dueAt],
    ]);
    const surveys = store.db
      .prepare(
        `SELECT count(*) AS n FROM follow_ups WHERE purpose = 'manager_survey' AND status = 'open' AND due_at < ?`,
      )
      .get(store.clock.now) as { n: number };
    expect(Number(surveys.n)).toBe(1);

    await store.as('Sam Staff', 'followUps.complete', {
      followUpId: cy.followUpId,
      outcome: 'voicemail_left',
    });
    expect((await listed()).map((c) => c.prospectName)).toEqual(['Ana Ruiz']);

    await store.as('Olive Owner', 'settings.update', { firstCallOverdueHours: 30 });
    expect(await listed()).toEqual([]);
    store.clock.now = ana.dueAt + 30 * HOUR;
    expect((await listed()).map((c) => c.prospectName)).toEqual(['Ana Ruiz']);
  });

  it('is the managers’ and the owner’s: staff are refused', async () => {
    expect((await store.failAs('Tia Staff', 'audit.firstCallsOverdue', {})).code).toBe('NOT_ALLOWED');
  });
});

describe('the "first call overdue after" setting', () => {
  const rows = () => store.db.prepare('SELECT key, value FROM settings ORDER BY key').all();

  it('defaults to 2 hours and takes a whole number from 1 to 72', async () => {
    expect((await store.as('Max Manager', 'settings.get', {})).firstCallOverdueHours).toBe(2);
    expect(
      (await store.as('Olive Owner', 'settings.update', { firstCallOverdueHours: 1 })).firstCallOverdueHours,
    ).toBe(1);
    expect(
      (await store.as('Olive Owner', 'settings.update', { firstCallOverdueHours: 72 })).firstCallOverdueHours,
    ).toBe(72);
  });

  it.each([
    [0, 'First call overdue after: at least 1 hour'],
    [73, 'First call overdue after: at most 72 hours'],
    [2.5, 'First call overdue after: a whole number of hours'],
    ['3', 'First call overdue after: a whole number of hours'],
  ])('refuses %j with a clear message and writes nothing', async (value, message) => {
    const before = rows();
    const e = await store.failAs('Olive Owner', 'settings.update', { firstCallOverdueHours: value });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toBe(message);
    expect(e.issues).toEqual([{ path: 'firstCallOverdueHours', message }]);
    expect(rows()).toEqual(before);
  });
});
