// The reason bank and campaigns through the router: roles, validation, ranking by fit, one transaction.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getReason } from '../../electron/services/reasons/reasons.repo';
import type { InputOf } from '../../shared/contract/channels';
import { MONDAY_10AM, openStore, type Store, walkoutInput } from './harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

const DAY = 86_400_000;
const financing: InputOf<'reasons.create'> = {
  text: 'We now approve first-time buyers with $500 down',
  category: 'new_policy',
  objections: ['financing'],
};
const tractors: InputOf<'reasons.create'> = {
  text: 'The 2027 BX tractors arrived with a free loader',
  category: 'new_product',
  categories: ['Tractors'],
};

/** A walkout whose first call was made (no answer), so it sits on the check-in ladder. */
async function workedLead(
  who: 'Tia Staff' | 'Sam Staff',
  over: Partial<InputOf<'walkouts.create'>>,
  phone: string,
) {
  const created = await store.as(
    who,
    'walkouts.create',
    walkoutInput({ ...over, prospect: { firstName: 'Lead', lastName: phone, phone } }),
  );
  await store.as(who, 'followUps.complete', {
    followUpId: created.firstContact!.followUpId,
    outcome: 'no_answer',
  });
  return created.walkoutId;
}

describe('reasons', () => {
  it('managers add, edit and retire reasons; staff can read but not change them', async () => {
    const denied = await store.failAs('Tia Staff', 'reasons.create', financing);
    expect(denied.code).toBe('NOT_ALLOWED');
    const r = await store.as('Max Manager', 'reasons.create', financing);
    expect(r).toMatchObject({
      category: 'new_policy',
      objections: ['financing'],
      createdByName: 'Max Manager',
    });
    const edited = await store.as('Max Manager', 'reasons.update', {
      id: r.id,
      ...financing,
      text: 'Now $250 down',
    });
    expect(edited.text).toBe('Now $250 down');
    await store.as('Max Manager', 'reasons.retire', { id: r.id });
    expect(await store.as('Tia Staff', 'reasons.list', {})).toEqual([]);
    const all = await store.as('Tia Staff', 'reasons.list', { includeRetired: true });
    expect(all[0].retiredAt).toBe(MONDAY_10AM);
    const audit = store.db
      .prepare("SELECT action FROM audit_log WHERE entity = 'reason' ORDER BY id")
      .pluck()
      .all();
    expect(audit).toEqual(['create', 'update', 'delete']);
  });

  it.each([
    ['a one-word reason', { text: 'New' }],
    ['an unknown category', { category: 'gossip' }],
    ['an unknown objection', { objections: ['weather'] }],
    ['until before from', { activeFrom: MONDAY_10AM, activeUntil: MONDAY_10AM - DAY }],
  ])('refuses %s and writes nothing', async (_label, over) => {
    const e = await store.failAs('Max Manager', 'reasons.create', { ...financing, ...over });
    expect(e.code).toBe('VALIDATION');
    expect(store.count('reasons')).toBe(0);
  });

  it('suggests fitting reasons, better converters first, and records the reason used on the attempt', async () => {
    const fin = await store.as('Max Manager', 'reasons.create', financing);
    const any = await store.as('Max Manager', 'reasons.create', {
      text: 'Saturday loaner cars now',
      category: 'new_capability',
    });
    await store.as('Max Manager', 'reasons.create', tractors);
    const lead = await store.as(
      'Tia Staff',
      'walkouts.create',
      walkoutInput({ objection: 'financing', category: 'Mowers', product: 'Zero-turn mower' }),
    );
    const suggested = await store.as('Tia Staff', 'reasons.suggest', { walkoutId: lead.walkoutId });
    // The tractor reason does not fit a mower; the financing reason matches the objection.
    expect(suggested.map((s) => s.reason.id)).toEqual([fin.id, any.id]);

    await store.as('Tia Staff', 'followUps.complete', {
      followUpId: lead.firstContact!.followUpId,
      outcome: 'sold',
      reasonId: fin.id,
      message: 'Hi Rosa, the reason I am calling is our new $500-down approval.',
    });
    const story = await store.as('Tia Staff', 'walkouts.get', { id: lead.walkoutId });
    const done = story.followUps.find((f) => f.status === 'done')!;
    expect(done).toMatchObject({ reasonId: fin.id, reasonText: financing.text });
    expect(done.message).toContain('$500-down');
    const [withStats] = (await store.as('Tia Staff', 'reasons.list', {})).filter((r) => r.id === fin.id);
    expect(withStats.stats).toEqual({ attempts: 1, reached: 1, sold: 1 });
    // One reason read alone (after an update, a retire) counts only its own attempts, the same way.
    const reasonsOf = store.data.db;
    expect((await getReason(reasonsOf, fin.id))?.stats).toEqual(withStats.stats);
    expect((await getReason(reasonsOf, any.id))?.stats).toEqual({ attempts: 0, reached: 0, sold: 0 });
  });

  it('an attempt cannot name a reason that does not exist', async () => {
    const lead = await store.as('Tia Staff', 'walkouts.create', walkoutInput());
    const e = await store.failAs('Tia Staff', 'followUps.complete', {
      followUpId: lead.firstContact!.followUpId,
      outcome: 'no_answer',
      reasonId: 999,
    });
    expect(e.code).toBe('NOT_FOUND');
    expect(
      store.db
        .prepare('SELECT status FROM follow_ups WHERE id = ?')
        .pluck()
        .get(lead.firstContact!.followUpId),
    ).toBe('open');
  });
});

describe('campaigns', () => {
  it('previews who fits, with the reasons others are left out, then books each owner once', async () => {
    const tiaLead = await workedLead('Tia Staff', { category: 'Tractors' }, '3125550101');
    const samLead = await workedLead('Sam Staff', { category: 'Tractors' }, '3125550102');
    await workedLead('Tia Staff', { category: 'Mowers', product: 'Zero-turn mower' }, '3125550103');
    const fresh = await store.as(
      'Tia Staff',
      'walkouts.create',
      walkoutInput({ category: 'Tractors', prospect: { firstName: 'New', phone: '3125550104' } }),
    );
    const dnc = await workedLead('Tia Staff', { category: 'Tractors' }, '3125550105');
    const dncProspect = store.db.prepare('SELECT prospect_id FROM walkouts WHERE id = ?').pluck().get(dnc);
    store.db.prepare('UPDATE prospects SET do_not_contact = 1 WHERE id = ?').run(dncProspect);

    const reason = await store.as('Max Manager', 'reasons.create', tractors);
    const preview = await store.as('Max Manager', 'campaigns.preview', { reasonId: reason.id });
    expect(preview).toMatchObject({ fitting: 4, eligible: 2 });
    expect(preview.excluded).toMatchObject({ doNotContact: 1, firstCallStillDue: 1 });
    expect(preview.perEmployee.map((p) => [p.name, p.count]).sort()).toEqual([
      ['Sam Staff', 1],
      ['Tia Staff', 1],
    ]);
    expect(store.db.prepare("SELECT count(*) FROM follow_ups WHERE purpose = 'campaign'").pluck().get()).toBe(
      0,
    );

    const staff = await store.failAs('Tia Staff', 'campaigns.start', { reasonId: reason.id });
    expect(staff.code).toBe('NOT_ALLOWED');
    const started = await store.as('Max Manager', 'campaigns.start', { reasonId: reason.id });
    let progress = started;
    while (progress.phase !== 'done' && progress.phase !== 'failed') {
      await new Promise((r) => setImmediate(r));
      progress = await store.as('Max Manager', 'campaigns.progress', { jobId: started.jobId });
    }
    expect(progress).toMatchObject({ phase: 'done', created: 2 });

    for (const [walkoutId, owner] of [
      [tiaLead, 'Tia Staff'],
      [samLead, 'Sam Staff'],
    ] as const) {
      const open = store.db
        .prepare(
          "SELECT purpose, assignee_id AS who, reason_id AS reason FROM follow_ups WHERE walkout_id = ? AND status = 'open' AND purpose <> 'manager_survey'",
        )
        .all(walkoutId);
      // The campaign call replaced the check-in: still exactly one next follow-up on the owner's calendar.
      expect(open).toEqual([{ purpose: 'campaign', who: store.ids[owner], reason: reason.id }]);
    }
    expect(
      store.db
        .prepare("SELECT count(*) FROM follow_ups WHERE walkout_id = ? AND status = 'open'")
        .pluck()
        .get(fresh.walkoutId),
    ).toBe(1);

    const again = await store.as('Max Manager', 'campaigns.preview', { reasonId: reason.id });
    expect(again).toMatchObject({ eligible: 0, excluded: { alreadyInCampaign: 2 } });
  });

  it('spreads calls so no calendar gets more than the daily cap', async () => {
    await store.as('Olive Owner', 'settings.update', { campaignDailyCap: 2 });
    for (let i = 0; i < 5; i++) await workedLead('Tia Staff', { category: 'Tractors' }, `312555020${i}`);
    const reason = await store.as('Max Manager', 'reasons.create', tractors);
    const preview = await store.as('Max Manager', 'campaigns.preview', { reasonId: reason.id });
    expect(preview.eligible).toBe(5);
    const started = await store.as('Max Manager', 'campaigns.start', { reasonId: reason.id });
    while ((await store.as('Max Manager', 'campaigns.progress', { jobId: started.jobId })).phase !== 'done') {
      await new Promise((r) => setImmediate(r));
    }
    // Store days (Chicago, UTC-6 in November) counted here: SQLite's date() has no PostgreSQL twin.
    const perDay = new Map<string, number>();
    for (const dueAt of store.db
      .prepare("SELECT due_at FROM follow_ups WHERE purpose = 'campaign' ORDER BY due_at")
      .pluck()
      .all() as number[]) {
      const day = new Date(dueAt - 6 * 3_600_000).toISOString().slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const days = [...perDay].map(([day, n]) => ({ day, n }));
    // Tuesday, Wednesday, Thursday after a Monday run: 2 + 2 + 1.
    expect(days).toEqual([
      { day: '2026-11-24', n: 2 },
      { day: '2026-11-25', n: 2 },
      { day: '2026-11-26', n: 1 },
    ]);
  });

  it('a retired reason cannot start a campaign', async () => {
    const reason = await store.as('Max Manager', 'reasons.create', tractors);
    await store.as('Max Manager', 'reasons.retire', { id: reason.id });
    const e = await store.failAs('Max Manager', 'campaigns.preview', { reasonId: reason.id });
    expect(e.code).toBe('VALIDATION');
  });
});
