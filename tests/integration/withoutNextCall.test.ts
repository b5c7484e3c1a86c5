// Cadence rule 5's gap: open leads with no open call, listed per rep (My day) and for the store (the desk),
// and "Put back on a calendar", which books exactly one call and refuses everything else writing nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MONDAY_10AM, openStore, type Store, type TeamName, walkoutInput } from './harness';

const DAY = 86_400_000;
let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

async function visit(who: TeamName, firstName: string, phone: string) {
  const w = await store.as(
    who,
    'walkouts.create',
    walkoutInput({ prospect: { firstName, lastName: 'Test', phone } }),
  );
  return { walkoutId: w.walkoutId, call: w.firstContact!.followUpId };
}
const cancelCalls = (walkoutId: number) =>
  store.db
    .prepare("UPDATE follow_ups SET status = 'cancelled' WHERE walkout_id = ? AND status = 'open'")
    .run(walkoutId);

/** Tia: Ana keeps her call, Ben's is cancelled, Cy bought; Sam: Dee's call is cancelled. */
async function fixture() {
  store.clock.now = MONDAY_10AM;
  const ana = await visit('Tia Staff', 'Ana', '3125550501');
  const ben = await visit('Tia Staff', 'Ben', '3125550502');
  const cy = await visit('Tia Staff', 'Cy', '3125550503');
  const dee = await visit('Sam Staff', 'Dee', '3125550504');
  cancelCalls(ben.walkoutId);
  cancelCalls(dee.walkoutId);
  await store.as('Tia Staff', 'followUps.complete', {
    followUpId: cy.call,
    outcome: 'sold',
    saleAmountCents: 5000,
  });
  cancelCalls(cy.walkoutId);
  return { ana, ben, cy, dee };
}
const listed = async (who: TeamName, scope: 'mine' | 'team') =>
  (await store.as(who, 'followUps.withoutNextCall', { scope })).rows.map((r) => [
    r.prospectName,
    r.employeeName,
  ]);

describe('open walkouts without a next call', () => {
  it('lists exactly the open leads with no open call: the rep’s own, and the whole team for a manager', async () => {
    const { ben } = await fixture();
    expect(await listed('Tia Staff', 'mine')).toEqual([['Ben Test', 'Tia Staff']]);
    expect(await listed('Sam Staff', 'mine')).toEqual([['Dee Test', 'Sam Staff']]);
    expect(await listed('Max Manager', 'team')).toEqual([
      ['Ben Test', 'Tia Staff'],
      ['Dee Test', 'Sam Staff'],
    ]);
    const row = (await store.as('Tia Staff', 'followUps.withoutNextCall', {})).rows[0];
    expect(row).toEqual({
      walkoutId: ben.walkoutId,
      prospectName: 'Ben Test',
      visitedAt: MONDAY_10AM,
      product: walkoutInput().product,
      objection: walkoutInput().objection,
      status: 'open',
      employeeId: store.ids['Tia Staff'],
      employeeName: 'Tia Staff',
      lastCall: { status: 'cancelled', outcome: null, at: expect.any(Number) },
      channel: 'call',
      suggestedDueAt: MONDAY_10AM,
    });
    // The audit's figure counts the same leads.
    const team = await store.as('Max Manager', 'audit.team', {
      from: MONDAY_10AM - DAY,
      to: MONDAY_10AM + DAY,
    });
    expect(Object.fromEntries(team.rows.map((r) => [r.name, r.withoutNextCall]))).toMatchObject({
      'Tia Staff': 1,
      'Sam Staff': 1,
    });
    expect((await store.failAs('Tia Staff', 'followUps.withoutNextCall', { scope: 'team' })).code).toBe(
      'NOT_ALLOWED',
    );
  });

  it('puts one back with exactly one call on the rep’s calendar at the first allowed slot, then refuses a second', async () => {
    const { ben } = await fixture();
    const before = store.count('follow_ups');
    const booked = await store.as('Tia Staff', 'followUps.putBack', { walkoutId: ben.walkoutId });
    expect(booked).toEqual({
      followUpId: expect.any(Number),
      walkoutId: ben.walkoutId,
      assigneeId: store.ids['Tia Staff'],
      assigneeName: 'Tia Staff',
      dueAt: MONDAY_10AM,
      channel: 'call',
    });
    expect(store.count('follow_ups')).toBe(before + 1);
    expect(await listed('Tia Staff', 'mine')).toEqual([]);
    const day = await store.as('Tia Staff', 'calendar.day', {});
    expect([...day.overdue, ...day.today].filter((r) => r.walkout.id === ben.walkoutId).length).toBe(1);
    const again = await store.failAs('Max Manager', 'followUps.putBack', { walkoutId: ben.walkoutId });
    expect([again.code, again.message]).toEqual([
      'CONFLICT',
      'That walkout already has an open call on a calendar.',
    ]);
    expect(store.count('follow_ups')).toBe(before + 1);
  });

  it('lets a manager choose the time and whose calendar; refuses staff on another rep’s lead, sold leads and closed hours', async () => {
    const { cy, dee } = await fixture();
    const before = store.count('follow_ups');
    const forged = await store.failAs('Tia Staff', 'followUps.putBack', { walkoutId: dee.walkoutId });
    expect(forged.code).toBe('NOT_ALLOWED');
    const elsewhere = await store.failAs('Sam Staff', 'followUps.putBack', {
      walkoutId: dee.walkoutId,
      assigneeId: store.ids['Tia Staff'],
    });
    expect(elsewhere.code).toBe('NOT_ALLOWED');
    const sold = await store.failAs('Max Manager', 'followUps.putBack', { walkoutId: cy.walkoutId });
    expect([sold.code, sold.message]).toEqual(['CONFLICT', 'That walkout is sold: it needs no call.']);
    const night = await store.failAs('Max Manager', 'followUps.putBack', {
      walkoutId: dee.walkoutId,
      dueAt: MONDAY_10AM + 14 * 3_600_000, // Tuesday 00:00 store time
    });
    expect([night.code, night.issues]).toEqual([
      'VALIDATION',
      [
        {
          path: 'dueAt',
          message: 'Outside store hours or the calling window: the next time allowed is Tue Nov 24, 9:00 AM.',
        },
      ],
    ]);
    const past = await store.failAs('Max Manager', 'followUps.putBack', {
      walkoutId: dee.walkoutId,
      dueAt: MONDAY_10AM - 60_000,
    });
    expect(past.issues).toEqual([
      { path: 'dueAt', message: 'That time has passed: choose one from now on.' },
    ]);
    expect(store.count('follow_ups')).toBe(before);
    const tomorrow = MONDAY_10AM + DAY;
    const booked = await store.as('Max Manager', 'followUps.putBack', {
      walkoutId: dee.walkoutId,
      dueAt: tomorrow,
      assigneeId: store.ids['Max Manager'],
    });
    expect([booked.assigneeName, booked.dueAt]).toEqual(['Max Manager', tomorrow]);
    expect(store.count('follow_ups')).toBe(before + 1);
    expect(await listed('Max Manager', 'team')).toEqual([['Ben Test', 'Tia Staff']]);
  });
});
