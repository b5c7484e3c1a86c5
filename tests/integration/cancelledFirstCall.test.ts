// "Not yet due" is about the first call's time, not whether it is still open: a first call cancelled before
// its time (the person erased, the walkout sold at the counter, or superseded by a return visit) leaves its
// walkout "not yet due" until that time, and "never" after — not "never" the moment it is cancelled.
// Counted by hand, on both engines (the harness picks one).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store, walkoutInput } from './harness';

const at = (iso: string) => Date.parse(`${iso}-06:00`);
const PERIOD = { from: at('2026-11-23T00:00:00'), to: at('2026-11-24T00:00:00') };
let store: Store;
const ids: Record<string, number> = {};
const firstCallDue: Record<string, number> = {};

/*
 * Mon 23 Nov, Tia's walkouts, each with a phone; a first call is due two hours after the visit.
 * E 09:00 Eve: erased by the owner at 09:40 (her open calls cancelled).
 * S 09:10 Sol: came back and bought at 09:20 (a rep sale: her first call cancelled).
 * R 09:05 Ray, back at 09:30 (R2): the first visit's call cancelled in favour of the new visit's.
 * K 09:15 Kim: nothing happened; her first call is open.
 */
beforeAll(async () => {
  store = await openStore();
  const visit = async (key: string, when: string, prospect: object, over: object = {}) => {
    store.clock.now = at(when);
    const created = await store.as('Tia Staff', 'walkouts.create', walkoutInput({ prospect, ...over }));
    ids[key] = created.walkoutId;
    firstCallDue[key] = created.firstContact!.dueAt;
    return created;
  };
  const eve = await visit('E', '2026-11-23T09:00:00', {
    firstName: 'Eve',
    lastName: 'Eraso',
    phone: '3125550701',
  });
  const ray = await visit('R', '2026-11-23T09:05:00', {
    firstName: 'Ray',
    lastName: 'Roe',
    phone: '3125550702',
  });
  await visit('S', '2026-11-23T09:10:00', { firstName: 'Sol', lastName: 'Sun', phone: '3125550703' });
  await visit('K', '2026-11-23T09:15:00', { firstName: 'Kim', lastName: 'Kay', phone: '3125550704' });
  store.clock.now = at('2026-11-23T09:20:00');
  await store.as('Max Manager', 'walkouts.recordSale', {
    walkoutId: ids.S,
    closer: 'rep',
    amountCents: 2_500_000,
  });
  await visit('R2', '2026-11-23T09:30:00', { phone: '3125550702' }, { existingProspectId: ray.prospectId });
  store.clock.now = at('2026-11-23T09:40:00');
  await store.as('Olive Owner', 'prospects.erase', { prospectId: eve.prospectId, confirm: 'Eve Eraso' });
});
afterAll(() => store.close());

const speedAt = async (iso: string) => {
  store.clock.now = at(iso);
  const got = await store.as('Olive Owner', 'dashboard.figures', {
    ...PERIOD,
    previousFrom: at('2026-11-22T00:00:00'),
    previousTo: PERIOD.from,
    granularity: 'week',
  });
  const listed = async (key: string) =>
    (await store.as('Olive Owner', 'dashboard.walkouts', { ...PERIOD, slice: 'speed', key })).rows
      .map((r) => Object.keys(ids).find((k) => ids[k] === r.walkoutId))
      .sort();
  return { speed: got.speed, notYetDue: await listed('not_yet_due'), never: await listed('never') };
};

describe('a first call cancelled before its time', () => {
  it('each walkout had its first call due two hours after the visit, and the cancelled ones are cancelled', () => {
    expect(firstCallDue.E).toBe(at('2026-11-23T11:00:00'));
    expect(firstCallDue.R).toBe(at('2026-11-23T11:05:00'));
    const statuses = store.db
      .prepare(
        `SELECT w.id, f.status FROM follow_ups f JOIN walkouts w ON w.id = f.walkout_id
          WHERE f.purpose = 'first_contact' ORDER BY w.id`,
      )
      .all() as { id: number; status: string }[];
    const of = (k: string) => statuses.filter((s) => s.id === ids[k]).map((s) => s.status);
    expect([of('E'), of('R'), of('S'), of('K'), of('R2')]).toEqual([
      ['cancelled'],
      ['cancelled'],
      ['cancelled'],
      ['open'],
      ['open'],
    ]);
  });

  it('is "not yet due" before that time, the sale counted as sold', async () => {
    const got = await speedAt('2026-11-23T10:00:00');
    expect(got.speed).toEqual([{ bucket: 'not_yet_due', walkouts: 5, sold: 1 }]);
    expect(got.notYetDue).toEqual(['E', 'K', 'R', 'R2', 'S']);
    expect(got.never).toEqual([]);
  });

  it('is "never" once that time has passed, beside the open calls still ahead', async () => {
    // 11:12: E's (11:00), R's (11:05) and S's (11:10) times have passed; K's (11:15) and R2's (11:30) not.
    const got = await speedAt('2026-11-23T11:12:00');
    expect(got.speed).toEqual([
      { bucket: 'not_yet_due', walkouts: 2, sold: 0 },
      { bucket: 'never', walkouts: 3, sold: 1 },
    ]);
    expect(got.notYetDue).toEqual(['K', 'R2']);
    expect(got.never).toEqual(['E', 'R', 'S']);
  });
});
