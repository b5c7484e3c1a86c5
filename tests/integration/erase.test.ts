// Erasing a person (a privacy request) through the router: afterwards no table holds their name, phone
// or e-mail, every dashboard figure is what it was, the partners who had the lead are listed, and only
// the owner may do it; a refused or mistaken request writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf } from '../../shared/contract/channels';
import { presetPeriod, previousPeriod } from '../../shared/domain/period';
import { columnsContaining, dumpAll } from '../support/dbScan';
import { ZEB, ZEB_NEEDLES, type ZebStore, zebStore } from './eraseFixture';
import { MONDAY_10AM, openStore, type Store } from './harness';

const TZ = 'America/Chicago';
let store: Store;
let zeb: ZebStore;
beforeEach(async () => {
  store = await openStore();
  zeb = await zebStore(store);
});
afterEach(() => store.close());

/** The dashboard for the week, month, quarter and year, with no filter and with each filter. */
async function everyFigure() {
  const filters: Partial<InputOf<'dashboard.figures'>>[] = [
    {},
    { employeeId: store.ids['Sam Staff'] },
    { employeeId: store.ids['Tia Staff'] },
    { objection: 'price' },
    { category: 'Mowers' },
    { employeeId: store.ids['Tia Staff'], objection: 'spouse_partner' },
  ];
  const all: Record<string, OutputOf<'dashboard.figures'>> = {};
  for (const preset of ['week', 'month', 'quarter', 'year'] as const) {
    const p = presetPeriod(preset, MONDAY_10AM, TZ);
    const prev = previousPeriod(preset, p, TZ, MONDAY_10AM);
    for (const granularity of ['week', 'month'] as const) {
      for (const f of filters) {
        const input = { ...p, previousFrom: prev.from, previousTo: prev.to, granularity, ...f };
        all[`${preset} by ${granularity} ${JSON.stringify(f)}`] = await store.as(
          'Olive Owner',
          'dashboard.figures',
          input,
        );
      }
    }
  }
  // The manager's audit: every figure but "overdue now", which is the calendars' state, not history.
  const month = presetPeriod('month', MONDAY_10AM, TZ);
  const audit = (await store.as('Max Manager', 'audit.team', month)).rows.map(
    ({ overdueNow: _, ...row }) => row,
  );
  return { all, audit };
}

const confirm = `${ZEB.firstName} ${ZEB.lastName}`;

describe('prospects.erase', () => {
  it('leaves no trace of the person anywhere, keeps every figure, and lists the partners to tell', async () => {
    // The fixture really put him everywhere: the check below would see him.
    expect(columnsContaining(store.db, ZEB_NEEDLES).length).toBeGreaterThan(15);
    const before = await everyFigure();
    // The quarter holds both his visits and other people's, with sales and contact details.
    expect(before.all['quarter by month {}'].headline).toMatchObject({
      walkouts: 5,
      withContact: 4,
      sold: 2,
    });
    const rowsBefore = dumpAll(store.db);

    const preview = await store.as('Olive Owner', 'prospects.erasePreview', { prospectId: zeb.prospectId });
    expect(preview).toMatchObject({
      prospectId: zeb.prospectId,
      name: confirm,
      phone: ZEB.e164,
      email: ZEB.email,
      walkouts: 3,
      referrals: 1,
    });
    expect(preview.openFollowUps).toBeGreaterThan(0);
    expect(preview.followUps).toBeGreaterThan(preview.openFollowUps);
    const partners = [
      {
        partnerId: zeb.partners.beta,
        partnerName: 'Beta Auto',
        contact: 'beta@example.com',
        batches: [expect.objectContaining({ batchId: zeb.batches.beta, kind: 'lead_export' })],
      },
      {
        partnerId: zeb.partners.delta,
        partnerName: 'Delta Dealers',
        contact: '',
        batches: [
          expect.objectContaining({
            batchId: zeb.batches.deltaImport,
            kind: 'lead_import',
            fileName: 'delta-leads.json',
          }),
        ],
      },
      {
        partnerId: zeb.partners.gamma,
        partnerName: 'Gamma Farm',
        contact: '',
        batches: [expect.objectContaining({ batchId: zeb.batches.gamma, kind: 'lead_export' })],
      },
    ];
    expect(preview.partners).toEqual(partners);

    const erased = await store.as('Olive Owner', 'prospects.erase', {
      prospectId: zeb.prospectId,
      confirm: ` zebulon  QUACKENBUSH `,
    });
    expect(erased).toMatchObject({
      prospectId: zeb.prospectId,
      walkouts: 3,
      followUpsCancelled: preview.openFollowUps,
      partners,
    });
    expect(erased.mentions).toBe(4); // Rosa's call, Lou's details and reopened sale, Wilma's story

    expect(columnsContaining(store.db, ZEB_NEEDLES)).toEqual([]);
    expect(await everyFigure()).toEqual(before);

    // Anonymous rows stay: the same rows in every table, one audit row more; search no longer files him.
    const rowsAfter = dumpAll(store.db);
    const zebTerms = store.db
      .prepare('SELECT count(*) FROM prospect_search WHERE prospect_id = ?')
      .pluck()
      .get(zeb.prospectId);
    expect(zebTerms).toBe(0);
    for (const [table, rows] of Object.entries(rowsBefore)) {
      const change = table.endsWith('.audit_log') ? 1 : table.endsWith('.prospect_search') ? -7 : 0;
      expect(rowsAfter[table].length, table).toBe(rows.length + change);
    }
    const open = store.db
      .prepare(
        "SELECT count(*) FROM follow_ups f JOIN walkouts w ON w.id = f.walkout_id WHERE w.prospect_id = ? AND f.status = 'open'",
      )
      .pluck()
      .get(zeb.prospectId);
    expect(open).toBe(0);
    const friend = store.db
      .prepare('SELECT objection_text, next_step_text FROM walkouts WHERE id = ?')
      .get(zeb.friendWalkoutId);
    expect(friend).toEqual({
      objection_text: 'Referred by [erased] (sister)',
      next_step_text: "Introduce yourself as [erased]'s rep",
    });

    // The request is audited in numbers and ids only.
    const audit = store.db
      .prepare("SELECT employee_id, detail FROM audit_log WHERE action = 'delete' AND entity = 'prospect'")
      .all() as { employee_id: number; detail: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0].employee_id).toBe(store.ids['Olive Owner']);
    expect(JSON.parse(audit[0].detail)).toEqual({
      erased: true,
      walkouts: 3,
      followUpsCancelled: preview.openFollowUps,
      auditRows: erased.auditRows,
      mentions: erased.mentions,
      partners: [zeb.partners.beta, zeb.partners.delta, zeb.partners.gamma],
      batches: [zeb.batches.beta, zeb.batches.deltaImport, zeb.batches.gamma],
    });

    // He can no longer be found, matched at the counter, or erased twice.
    expect(await store.as('Olive Owner', 'prospects.find', { query: 'Erased' })).toEqual([]);
    expect(await store.as('Sam Staff', 'prospects.match', { phone: ZEB.phoneTyped })).toEqual([]);
    const again = await store.failAs('Olive Owner', 'prospects.erase', {
      prospectId: zeb.prospectId,
      confirm: 'Erased person',
    });
    expect(again.code).toBe('CONFLICT');
  });

  it('finds people by part of the name, phone digits or e-mail, for the owner only', async () => {
    const find = (query: string) =>
      store.as('Olive Owner', 'prospects.find', { query }).then((r) => r.map((f) => f.prospect.firstName));
    expect(await find('quacken')).toEqual(['Zebulon']);
    expect(await find('555-0199')).toEqual(['Zebulon']);
    expect(await find('ZEB.QUACK@')).toEqual(['Zebulon']);
    expect(await find('100%')).toEqual([]);
    expect((await store.as('Olive Owner', 'prospects.find', { query: 'quack' }))[0]).toMatchObject({
      walkoutCount: 3,
      lastEmployeeName: 'Tia Staff',
    });
  });

  it('refuses staff and managers, a wrong name, and an unknown person, writing nothing', async () => {
    const rows = dumpAll(store.db);
    const input = { prospectId: zeb.prospectId, confirm };
    for (const who of ['Sam Staff', 'Max Manager'] as const) {
      for (const [channel, body] of [
        ['prospects.find', { query: 'Zebulon' }],
        ['prospects.erasePreview', { prospectId: zeb.prospectId }],
        ['prospects.erase', input],
      ] as const) {
        expect((await store.failAs(who, channel, body)).code, `${who} ${channel}`).toBe('NOT_ALLOWED');
      }
    }
    const wrong = await store.failAs('Olive Owner', 'prospects.erase', { ...input, confirm: 'Zebulon' });
    expect(wrong).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'confirm' }] });
    const missing = [
      await store.failAs('Olive Owner', 'prospects.erasePreview', { prospectId: 99_999 }),
      await store.failAs('Olive Owner', 'prospects.erase', { ...input, prospectId: 99_999 }),
    ];
    expect(missing.map((e) => e.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(dumpAll(store.db)).toEqual(rows);
  });
});
