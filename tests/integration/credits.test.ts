// Save credits, referrals and commissions: computed with the sale, once, at the rate in force that day.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract/channels';
import { openStore, type Store, walkoutInput } from './harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

const DAY = 86_400_000;
let phoneSeq = 400;
async function lead(who: 'Tia Staff' | 'Sam Staff', over: Partial<InputOf<'walkouts.create'>> = {}) {
  phoneSeq++;
  return store.as(
    who,
    'walkouts.create',
    walkoutInput({ prospect: { firstName: `P${phoneSeq}`, phone: `3125550${phoneSeq}` }, ...over }),
  );
}
function surveyOf(walkoutId: number): number {
  return store.db
    .prepare(
      "SELECT id FROM follow_ups WHERE walkout_id = ? AND purpose = 'manager_survey' AND status = 'open'",
    )
    .pluck()
    .get(walkoutId) as number;
}
function credits(walkoutId?: number) {
  return store.db
    .prepare(
      `SELECT employee_id AS rep, kind, amount_cents AS amount FROM save_credits
        WHERE ? IS NULL OR walkout_id = ? ORDER BY id`,
    )
    .all(walkoutId ?? null, walkoutId ?? null) as { rep: number; kind: string; amount: number }[];
}

describe('manager saves', () => {
  it('a save on the survey call credits the opted-in rep the commission in force that day', async () => {
    const a = await lead('Sam Staff');
    store.clock.now += DAY;
    await store.as('Max Manager', 'followUps.complete', {
      followUpId: surveyOf(a.walkoutId),
      outcome: 'sold',
      saleAmountCents: 1_700_000,
    });
    const sale = store.db.prepare('SELECT closer, status FROM walkouts WHERE id = ?').get(a.walkoutId);
    expect(sale).toEqual({ closer: 'manager_save', status: 'sold' });
    expect(credits(a.walkoutId)).toEqual([
      { rep: store.ids['Sam Staff'], kind: 'manager_save', amount: 5000 },
    ]);

    // A later change of the commission applies to later sales only.
    await store.as('Olive Owner', 'settings.update', { saveCommissionCents: 7500 });
    const b = await lead('Sam Staff');
    await store.as('Max Manager', 'walkouts.recordSale', {
      walkoutId: b.walkoutId,
      closer: 'manager_save',
      amountCents: 900_000,
    });
    expect(credits(a.walkoutId)[0].amount).toBe(5000);
    expect(credits(b.walkoutId)[0].amount).toBe(7500);
  });

  it('a rep who opted out gets no credit', async () => {
    const t = await lead('Tia Staff');
    await store.as('Max Manager', 'walkouts.recordSale', {
      walkoutId: t.walkoutId,
      closer: 'manager_save',
      amountCents: 500_000,
    });
    expect(store.db.prepare('SELECT closer FROM walkouts WHERE id = ?').pluck().get(t.walkoutId)).toBe(
      'manager_save',
    );
    expect(credits()).toEqual([]);
  });

  it('a sale reopened and sold again never pays twice', async () => {
    const a = await lead('Sam Staff');
    await store.as('Max Manager', 'walkouts.recordSale', {
      walkoutId: a.walkoutId,
      closer: 'manager_save',
      amountCents: 800_000,
    });
    const reopened = await store.as('Max Manager', 'walkouts.reopen', {
      walkoutId: a.walkoutId,
      why: 'Financing fell through',
    });
    expect(reopened.walkout.status).toBe('open');
    expect(reopened.followUps.filter((f) => f.status === 'open').map((f) => f.purpose)).toEqual(['check_in']);
    await store.as('Max Manager', 'walkouts.recordSale', {
      walkoutId: a.walkoutId,
      closer: 'manager_save',
      amountCents: 780_000,
    });
    expect(credits(a.walkoutId)).toHaveLength(1);
    const again = await store.failAs('Max Manager', 'walkouts.recordSale', {
      walkoutId: a.walkoutId,
      closer: 'manager_save',
      amountCents: 1,
    });
    expect(again.code).toBe('CONFLICT');
  });

  it("a rep's own sale is not a manager save", async () => {
    const a = await lead('Sam Staff');
    await store.as('Sam Staff', 'followUps.complete', {
      followUpId: a.firstContact!.followUpId,
      outcome: 'sold',
    });
    expect(store.db.prepare('SELECT closer FROM walkouts WHERE id = ?').pluck().get(a.walkoutId)).toBe('rep');
    expect(credits()).toEqual([]);
    const own = await lead('Tia Staff');
    await store.as('Max Manager', 'followUps.reassign', {
      walkoutId: own.walkoutId,
      toEmployeeId: store.ids['Max Manager'],
    });
    const e = await store.failAs('Max Manager', 'walkouts.recordSale', {
      walkoutId: own.walkoutId,
      closer: 'manager_save',
      amountCents: 1,
    });
    expect(e.code).toBe('VALIDATION');
    expect(
      (
        await store.failAs('Sam Staff', 'walkouts.recordSale', {
          walkoutId: own.walkoutId,
          closer: 'rep',
          amountCents: 1,
        })
      ).code,
    ).toBe('NOT_ALLOWED');
  });
});

describe('referrals', () => {
  it('each referred person becomes a lead on the rep calendar with a referral credit', async () => {
    await store.as('Olive Owner', 'settings.update', { referralCreditCents: 2500 });
    const a = await lead('Sam Staff');
    await store.as('Sam Staff', 'followUps.complete', {
      followUpId: a.firstContact!.followUpId,
      outcome: 'sold',
    });
    const refs = await store.as('Sam Staff', 'referrals.create', {
      walkoutId: a.walkoutId,
      people: [
        { firstName: 'Nina', lastName: 'Ross', phone: '312 555 0501', relationship: 'Sister' },
        { firstName: 'Omar', phone: '(312) 555-0502', relationship: 'Neighbour' },
      ],
    });
    expect(refs.map((r) => [r.prospectName, r.relationship, r.creditCents])).toEqual([
      ['Nina Ross', 'Sister', 2500],
      ['Omar', 'Neighbour', 2500],
    ]);
    const nina = store.db
      .prepare('SELECT source, referred_by_prospect_id AS by FROM prospects WHERE phone = ?')
      .get('+13125550501');
    expect(nina).toEqual({ source: 'referral', by: a.prospectId });
    const day = await store.as('Sam Staff', 'calendar.day', {});
    const referred = day.today.filter((r) => r.walkout.source === 'referral');
    expect(referred.map((r) => [r.prospect.firstName, r.followUp.purpose])).toEqual([
      ['Nina', 'first_contact'],
      ['Omar', 'first_contact'],
    ]);
    expect(credits().map((c) => c.kind)).toEqual(['referral', 'referral']);
    const story = await store.as('Sam Staff', 'walkouts.get', { id: referred[0].walkout.id });
    expect(story.referredBy).toBe(`P${phoneSeq}`);
  });

  it('one bad phone writes no one; an open walkout takes no referrals', async () => {
    const a = await lead('Sam Staff');
    const open = await store.failAs('Sam Staff', 'referrals.create', {
      walkoutId: a.walkoutId,
      people: [{ firstName: 'Nina', phone: '3125550501' }],
    });
    expect(open.code).toBe('CONFLICT');
    await store.as('Sam Staff', 'followUps.complete', {
      followUpId: a.firstContact!.followUpId,
      outcome: 'sold',
    });
    const before = store.count('prospects');
    const bad = await store.failAs('Sam Staff', 'referrals.create', {
      walkoutId: a.walkoutId,
      people: [
        { firstName: 'Nina', phone: '3125550501' },
        { firstName: 'Omar', phone: '12' },
      ],
    });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).toContain('Omar');
    expect(store.count('prospects')).toBe(before);
    expect(store.count('save_credits')).toBe(0);
  });
});

describe('commissions', () => {
  it('lists credits with totals, marks them paid once, and exports an Excel-safe CSV', async () => {
    const a = await lead('Sam Staff', { prospect: { firstName: '=HYPERLINK("x")', phone: '3125550601' } });
    const b = await lead('Sam Staff', { prospect: { firstName: 'Ben', phone: '3125550602' } });
    for (const w of [a, b]) {
      await store.as('Max Manager', 'walkouts.recordSale', {
        walkoutId: w.walkoutId,
        closer: 'manager_save',
        amountCents: 1_000_000,
      });
    }
    const period = { from: store.clock.now - DAY, to: store.clock.now + DAY };
    const list = await store.as('Max Manager', 'commissions.list', period);
    expect(list.perEmployee).toEqual([
      {
        employeeId: store.ids['Sam Staff'],
        name: 'Sam Staff',
        earnedCents: 10_000,
        paidCents: 0,
        owedCents: 10_000,
      },
    ]);
    const first = list.credits[0].id;
    expect(
      await store.as('Max Manager', 'commissions.markPaid', { creditIds: [first], paidAt: store.clock.now }),
    ).toEqual({ marked: 1 });
    expect(
      await store.as('Max Manager', 'commissions.markPaid', { creditIds: [first], paidAt: store.clock.now }),
    ).toEqual({ marked: 0 });
    const after = await store.as('Max Manager', 'commissions.list', period);
    expect(after.perEmployee[0]).toMatchObject({ paidCents: 5000, owedCents: 5000 });
    expect(after.owedAllTimeCents).toBe(5000);

    const csv = await store.as('Max Manager', 'commissions.exportCsv', period);
    expect(csv.fileName).toMatch(/^beback-commissions-2026-11-22-to-2026-11-24\.csv$/);
    expect(csv.content.startsWith('\uFEFFRep,Credit for,Customer')).toBe(true);
    const lines = csv.content.slice(1).split('\r\n');
    expect(lines[1]).toContain(`Sam Staff,Manager save,"'=HYPERLINK(""x"")",`);
    expect(lines[1]).toContain(',10000,50,');
    expect(lines).toHaveLength(4); // header, two lines, and the final CRLF
  });

  it('staff cannot read or pay commissions', async () => {
    const period = { from: store.clock.now - DAY, to: store.clock.now };
    expect((await store.failAs('Sam Staff', 'commissions.list', period)).code).toBe('NOT_ALLOWED');
    expect((await store.failAs('Sam Staff', 'commissions.exportCsv', period)).code).toBe('NOT_ALLOWED');
    expect(
      (await store.failAs('Sam Staff', 'commissions.markPaid', { creditIds: [1], paidAt: store.clock.now }))
        .code,
    ).toBe('NOT_ALLOWED');
  });
});
