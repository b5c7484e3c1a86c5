// Logging walkouts through the real router on a temp-file database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MONDAY_10AM, openStore, type Store, walkoutInput } from './harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

const HOUR = 3_600_000;

describe('walkouts.create', () => {
  it('stores the prospect in E.164, the walkout, a same-day first contact and an audit row', async () => {
    const created = await store.as('Tia Staff', 'walkouts.create', walkoutInput());
    expect(created.prospectName).toBe('Rosa Diaz');
    expect(created.returning).toBe(false);
    // 10:00 walkout: due two hours later, same day.
    expect(created.firstContact?.dueAt).toBe(MONDAY_10AM + 2 * HOUR);
    expect(created.firstContact?.late).toBe(false);
    const phone = store.db
      .prepare('SELECT phone FROM prospects WHERE id = ?')
      .pluck()
      .get(created.prospectId);
    expect(phone).toBe('+13125550142');
    const audit = store.db
      .prepare("SELECT employee_id AS who FROM audit_log WHERE entity = 'walkout' AND entity_id = ?")
      .get(created.walkoutId) as { who: number };
    expect(audit.who).toBe(store.ids['Tia Staff']);
    const day = await store.as('Tia Staff', 'calendar.day', {});
    expect(day.today.map((r) => r.walkout.id)).toEqual([created.walkoutId]);
    expect(day.today[0].followUp.purpose).toBe('first_contact');
  });

  it.each([
    ['a bad phone number', { prospect: { firstName: 'Rosa', phone: '12' } }],
    ['no phone, no email, not refused', { prospect: { firstName: 'Rosa' } }],
    ['closeness 7', { closeness: 7 }],
    ['an objection that is not on the list', { objection: 'weather' }],
    ['an empty product', { product: '  ' }],
    ['a visit in the future', { visitedAt: MONDAY_10AM + 2 * HOUR }],
    ['a next step before the visit', { nextStepAt: MONDAY_10AM - HOUR }],
    ['an unknown field', { sneaky: true }],
  ])('refuses %s with a message and writes nothing', async (_label, over) => {
    const tables = ['prospects', 'walkouts', 'follow_ups', 'audit_log'];
    await store.as('Tia Staff', 'auth.current', {});
    const before = tables.map((t) => store.count(t));
    const error = await store.failAs('Tia Staff', 'walkouts.create', { ...walkoutInput(), ...over });
    expect(error.code).toBe('VALIDATION');
    expect(error.message.length).toBeGreaterThan(5);
    expect(tables.map((t) => store.count(t))).toEqual(before);
  });

  it('a refused-contact walkout is logged and counted, with no follow-up to make', async () => {
    const created = await store.as(
      'Tia Staff',
      'walkouts.create',
      walkoutInput({ prospect: { firstName: 'Walter' }, contactRefused: true }),
    );
    expect(created.firstContact).toBeNull();
    expect(
      store.db.prepare('SELECT contact_refused FROM walkouts WHERE id = ?').pluck().get(created.walkoutId),
    ).toBe(1);
    expect(store.count('follow_ups')).toBe(0);
  });

  it('recognises a returning prospect by phone instead of duplicating them', async () => {
    const first = await store.as('Tia Staff', 'walkouts.create', walkoutInput());
    const again = walkoutInput({ prospect: { firstName: 'Rosa', lastName: 'Diaz', phone: '312.555.0142' } });
    const matches = await store.as('Sam Staff', 'prospects.match', { phone: '+1 312 555 0142' });
    expect(matches.map((m) => m.prospect.id)).toEqual([first.prospectId]);
    expect(matches[0].matchedOn).toEqual(['phone']);

    const conflict = await store.failAs('Sam Staff', 'walkouts.create', again);
    expect(conflict.code).toBe('CONFLICT');
    expect(store.count('prospects')).toBe(1);
    expect(store.count('walkouts')).toBe(1);

    const returning = await store.as('Sam Staff', 'walkouts.create', {
      ...again,
      existingProspectId: first.prospectId,
    });
    expect(returning.returning).toBe(true);
    expect(returning.prospectId).toBe(first.prospectId);
    expect(store.count('prospects')).toBe(1);
  });

  it('a different person with the same phone is a new prospect only when the employee says so', async () => {
    await store.as('Tia Staff', 'walkouts.create', walkoutInput());
    const other = walkoutInput({
      prospect: { firstName: 'Luis', phone: '3125550142' },
      confirmNewProspect: true,
    });
    await store.as('Tia Staff', 'walkouts.create', other);
    expect(store.count('prospects')).toBe(2);
  });

  it('a rep in the save program gets a next-business-day survey on the manager calendar', async () => {
    const created = await store.as('Sam Staff', 'walkouts.create', walkoutInput());
    const rows = store.db
      .prepare(
        'SELECT assignee_id AS who, purpose, due_at AS due FROM follow_ups WHERE walkout_id = ? ORDER BY id',
      )
      .all(created.walkoutId) as { who: number; purpose: string; due: number }[];
    expect(rows.map((r) => [r.who, r.purpose])).toEqual([
      [store.ids['Sam Staff'], 'first_contact'],
      [store.ids['Max Manager'], 'manager_survey'],
    ]);
    // Tuesday, store opens at 9:00; the survey is set a little after opening (a setting).
    const tuesday9 = Date.parse('2026-11-24T09:00:00-06:00');
    expect(rows[1].due).toBeGreaterThanOrEqual(tuesday9);
    expect(rows[1].due).toBeLessThan(tuesday9 + 4 * HOUR);
    const tia = await store.as(
      'Tia Staff',
      'walkouts.create',
      walkoutInput({ prospect: { firstName: 'B', phone: '3125550100' } }),
    );
    expect(
      store.db.prepare('SELECT count(*) FROM follow_ups WHERE walkout_id = ?').pluck().get(tia.walkoutId),
    ).toBe(1);
  });

  it('a manager in the save program is not sent a survey of their own walkout', async () => {
    store.db.prepare('UPDATE employees SET save_program = 1 WHERE id = ?').run(store.ids['Max Manager']);
    const created = await store.as('Max Manager', 'walkouts.create', walkoutInput());
    const purposes = store.db
      .prepare('SELECT assignee_id AS who, purpose FROM follow_ups WHERE walkout_id = ? ORDER BY id')
      .all(created.walkoutId) as { who: number; purpose: string }[];
    expect(purposes).toEqual([{ who: store.ids['Max Manager'], purpose: 'first_contact' }]);
  });

  it('an agreed next step sets when the first call is due', async () => {
    const agreed = Date.parse('2026-11-23T18:00:00-06:00');
    const created = await store.as(
      'Tia Staff',
      'walkouts.create',
      walkoutInput({ nextStepAt: agreed, nextStepText: 'Call after work' }),
    );
    expect(created.firstContact?.dueAt).toBe(agreed);
  });
});
