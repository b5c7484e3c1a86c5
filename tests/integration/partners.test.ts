// The partner exchange between two real stores (two databases): A shares consented leads with B, B works
// them and sends outcomes back, A's rep is paid once. Plus each format's round trip into an empty store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROLLUP_TRIGGERS } from '../../electron/db/rollups';
import { writeLeads } from '../../electron/services/partners/formats';
import type { InputOf } from '../../shared/contract/channels';
import { foreignKeyProblems, triggerNames } from '../support/dbScan';
import { isPgReader } from '../support/pgSyncQuery';
import { openStore, type Store, walkoutInput } from './harness';

/** The roll-up triggers of the engine `db` is on: the server's walkout_facts_* triggers also keep the reason
 * roll-ups that SQLite's walkout_reasons_* triggers keep. */
const rollupTriggersOf = (db: Store['db']): string[] =>
  isPgReader(db) ? ROLLUP_TRIGGERS.filter((t) => !t.startsWith('walkout_reasons_')) : [...ROLLUP_TRIGGERS];

let a: Store;
let b: Store;
beforeEach(async () => {
  a = await openStore();
  b = await openStore();
  await a.as('Olive Owner', 'settings.update', { storeName: 'Alpha Motors' });
  await b.as('Olive Owner', 'settings.update', { storeName: 'Beta Auto' });
});
afterEach(() => {
  a.close();
  b.close();
});

const partnerOf = (store: Store, name: string, over: Partial<InputOf<'partners.create'>> = {}) =>
  store.as('Olive Owner', 'partners.create', {
    name,
    commissionCents: 7500,
    sharedFields: ['painPoints', 'priceQuoted'],
    // These tests are about the round trip, not the agreement's scope (exportScope.test.ts).
    shareAfterDays: 0,
    ...over,
  });

async function lead(store: Store, firstName: string, phone: string, prospect: Record<string, unknown> = {}) {
  return store.as(
    'Sam Staff',
    'walkouts.create',
    walkoutInput({
      prospect: { firstName, lastName: 'Lee', phone, shareOk: true, ...prospect },
      painPoints: 'Needs towing capacity',
      personalDetails: 'Coaches hockey',
    }),
  );
}

const ALL = ['open', 'not_now', 'lost'] as const;

describe('two stores', () => {
  it('A exports to B; B imports, sells one and finds one unreachable; A is paid exactly once', async () => {
    const beta = await partnerOf(a, 'Beta Auto');
    const shared = [
      await lead(a, 'Ann', '3125550701'),
      await lead(a, 'Bob', '3125550702'),
      await lead(a, 'Cy', '3125550703'),
    ];
    await lead(a, 'Dee', '3125550704', { shareOk: false });
    const dnc = await lead(a, 'Eve', '3125550705');
    a.db.prepare('UPDATE prospects SET do_not_contact = 1 WHERE id = ?').run(dnc.prospectId);

    const preview = await a.as('Olive Owner', 'partners.exportPreview', {
      partnerId: beta.id,
      statuses: [...ALL],
    });
    expect(preview).toMatchObject({
      qualifying: 3,
      leftOut: { noShareConsent: 1, doNotContact: 1, alreadyShared: 0 },
    });
    const file = await a.as('Olive Owner', 'partners.exportLeads', {
      partnerId: beta.id,
      statuses: [...ALL],
      format: 'json',
    });
    expect(file.count).toBe(3);
    expect(file.content).not.toContain('Coaches hockey'); // personal details are not in this agreement
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await a.as('Olive Owner', 'partners.exportPreview', {
      partnerId: beta.id,
      statuses: [...ALL],
    });
    expect(again.leftOut.alreadyShared).toBe(3);
    const story = await a.as('Olive Owner', 'walkouts.get', { id: shared[0].walkoutId });
    expect(story.sharedWith).toEqual(['Beta Auto']);

    const alpha = await partnerOf(b, 'Alpha Motors');
    const check = await b.as('Olive Owner', 'partners.importCheck', {
      partnerId: alpha.id,
      fileName: file.fileName,
      content: file.content,
    });
    expect(check).toMatchObject({
      format: 'json',
      sender: 'Alpha Motors',
      leads: 3,
      alreadyImported: 0,
      matches: [],
    });
    const imported = await b.as('Olive Owner', 'partners.importLeads', {
      partnerId: alpha.id,
      fileName: file.fileName,
      content: file.content,
      assignTo: b.ids['Tia Staff'],
    });
    expect(imported).toMatchObject({ imported: 3, merged: 0, alreadyImported: 0 });
    const tia = await b.as('Tia Staff', 'calendar.day', {});
    const calls = tia.today.filter((r) => r.walkout.source === 'partner');
    expect(calls.map((r) => r.prospect.firstName).sort()).toEqual(['Ann', 'Bob', 'Cy']);
    expect(calls[0].walkout.painPoints).toBe('Needs towing capacity');

    const byName = (n: string) => calls.find((r) => r.prospect.firstName === n)!;
    await b.as('Tia Staff', 'followUps.complete', {
      followUpId: byName('Ann').followUp.id,
      outcome: 'sold',
      saleAmountCents: 3_990_000,
    });
    await b.as('Tia Staff', 'followUps.complete', {
      followUpId: byName('Bob').followUp.id,
      outcome: 'wrong_number',
    });
    const outcomes = await b.as('Olive Owner', 'partners.exportOutcomes', {
      partnerId: alpha.id,
      format: 'json',
    });
    expect(outcomes.count).toBe(3);

    const first = await a.as('Olive Owner', 'partners.importOutcomes', {
      partnerId: beta.id,
      fileName: outcomes.fileName,
      content: outcomes.content,
    });
    expect(first).toMatchObject({ sold: 1, credits: 1, updated: 3 });
    const credits = () =>
      a.db
        .prepare("SELECT employee_id AS rep, amount_cents AS amount FROM save_credits WHERE kind = 'partner'")
        .all();
    expect(credits()).toEqual([{ rep: a.ids['Sam Staff'], amount: 7500 }]);
    const ann = a.db
      .prepare('SELECT status, closer, sale_amount_cents AS amount FROM walkouts WHERE id = ?')
      .get(shared[0].walkoutId);
    expect(ann).toEqual({ status: 'sold', closer: 'partner', amount: 3_990_000 });

    const before = a.db.prepare('SELECT count(*) FROM share_batches').pluck().get();
    const second = await a.as('Olive Owner', 'partners.importOutcomes', {
      partnerId: beta.id,
      fileName: outcomes.fileName,
      content: outcomes.content,
    });
    expect(second).toMatchObject({ batchId: null, sold: 0, credits: 0, updated: 0, unchanged: 3 });
    expect(credits()).toHaveLength(1);
    expect(a.db.prepare('SELECT count(*) FROM share_batches').pluck().get()).toBe(before);

    // Importing B's copy of the leads file again adds nothing either.
    const twice = await b.as('Olive Owner', 'partners.importLeads', {
      partnerId: alpha.id,
      fileName: file.fileName,
      content: file.content,
      assignTo: b.ids['Tia Staff'],
    });
    expect(twice).toMatchObject({ imported: 0, alreadyImported: 3 });
  });

  it('an outcome for a lead never shared with that partner rejects the whole file', async () => {
    const beta = await partnerOf(a, 'Beta Auto');
    const content = JSON.stringify({
      format: 'beback-outcomes',
      version: 1,
      exportedAt: new Date().toISOString(),
      sender: { distributor: 'Beta Auto' },
      outcomes: [{ shareId: '0b5c1c1e-8a51-4d2e-9a59-5e1c0d6f0a11', outcome: 'still_working' }],
    });
    const e = await a.failAs('Olive Owner', 'partners.importOutcomes', {
      partnerId: beta.id,
      fileName: 'x.json',
      content,
    });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('record 1');
    expect(e.message).toContain('never shared with Beta Auto');
  });

  it('a lead matching a prospect already here needs a merge-or-new decision; nothing is written without one', async () => {
    const beta = await partnerOf(a, 'Beta Auto');
    await lead(a, 'Ann', '3125550801');
    const file = await a.as('Olive Owner', 'partners.exportLeads', {
      partnerId: beta.id,
      statuses: [...ALL],
      format: 'csv',
    });
    const existing = await lead(b, 'Annie', '3125550801');
    const alpha = await partnerOf(b, 'Alpha Motors');
    const check = await b.as('Olive Owner', 'partners.importCheck', {
      partnerId: alpha.id,
      fileName: file.fileName,
      content: file.content,
    });
    expect(check.matches).toMatchObject([
      { leadName: 'Ann Lee', prospectName: 'Annie Lee', matchedOn: 'phone' },
    ]);
    const input = {
      partnerId: alpha.id,
      fileName: file.fileName,
      content: file.content,
      assignTo: b.ids['Tia Staff'],
    };
    const refused = await b.failAs('Olive Owner', 'partners.importLeads', input);
    expect(refused.code).toBe('VALIDATION');
    expect(b.db.prepare("SELECT count(*) FROM walkouts WHERE source = 'partner'").pluck().get()).toBe(0);
    const merged = await b.as('Olive Owner', 'partners.importLeads', {
      ...input,
      decisions: { [check.matches[0].shareId]: 'merge' },
    });
    expect(merged).toMatchObject({ imported: 1, merged: 1 });
    const prospectOfLead = b.db
      .prepare("SELECT prospect_id FROM walkouts WHERE source = 'partner'")
      .pluck()
      .get();
    expect(prospectOfLead).toBe(existing.prospectId);
  });

  it.each(['json', 'csv', 'adf'] as const)(
    '%s: export then import into an empty store gives the same leads',
    async (format) => {
      const beta = await partnerOf(a, 'Beta Auto', {
        sharedFields: ['painPoints', 'priceQuoted', 'notes', 'personalDetails'],
      });
      await lead(a, '=Ann, "the quick"', '3125550901', { email: 'ann@example.com' });
      await lead(a, 'Bö', '', { email: 'bo@example.com' });
      const file = await a.as('Olive Owner', 'partners.exportLeads', {
        partnerId: beta.id,
        statuses: [...ALL],
        format,
      });
      const alpha = await partnerOf(b, 'Alpha Motors');
      await b.as('Olive Owner', 'partners.importLeads', {
        partnerId: alpha.id,
        fileName: file.fileName,
        content: file.content,
        assignTo: b.ids['Tia Staff'],
      });
      const rows = (db: Store['db'], where: string) =>
        db
          .prepare(
            `SELECT w.share_id, w.product, w.category, w.objection, w.objection_text, w.pain_points, w.personal_details,
                  w.price_quoted_cents, w.visited_at, p.first_name, p.last_name, p.phone, p.email
             FROM walkouts w JOIN prospects p ON p.id = w.prospect_id WHERE ${where} ORDER BY w.share_id`,
          )
          .all();
      expect(rows(b.db, "w.source = 'partner'")).toEqual(rows(a.db, '1 = 1'));
    },
  );
});

describe('one file, every kind of lead', () => {
  // Later leads in the file visited earlier, as in a newest-first export: the writer reorders by visit.
  const leadOf = (n: number, contact: { phone?: string; email?: string }) => ({
    shareId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    originDistributor: 'Alpha Motors',
    originRep: 'Sam',
    visitedAt: b.clock.now - n * 86_400_000,
    firstName: `Lead${n}`,
    lastName: 'Mixed',
    phone: contact.phone ?? null,
    email: contact.email ?? null,
    product: 'Trailer',
    category: 'Trailers',
    objection: 'timing' as const,
    objectionText: '',
  });

  it('skips what is here, merges or keeps apart as decided, and calls each new lead the right way', async () => {
    const alpha = await partnerOf(b, 'Alpha Motors');
    const quiet = await lead(b, 'Quinn', '3125550701');
    b.db.prepare('UPDATE prospects SET do_not_contact = 1 WHERE id = ?').run(quiet.prospectId);
    const other = await lead(b, 'Oscar', '3125550702', { email: 'oscar@example.com' });
    const earlier = leadOf(4, { phone: '+13125550704' });
    const send = (leads: ReturnType<typeof leadOf>[], decisions: Record<string, 'merge' | 'new'> = {}) =>
      b.as('Olive Owner', 'partners.importLeads', {
        partnerId: alpha.id,
        fileName: 'alpha.json',
        content: writeLeads('json', leads, { distributor: 'Alpha Motors' }, b.clock.now),
        assignTo: b.ids['Tia Staff'],
        decisions,
      });
    await send([earlier]);
    const toQuiet = leadOf(1, { phone: '+13125550701' });
    const likeOscar = leadOf(2, { email: 'oscar@example.com' });
    const byEmail = leadOf(3, { email: 'new@example.com' });
    const check = await b.as('Olive Owner', 'partners.importCheck', {
      partnerId: alpha.id,
      fileName: 'alpha.json',
      content: writeLeads(
        'json',
        [toQuiet, earlier, likeOscar, byEmail],
        { distributor: 'Alpha Motors' },
        b.clock.now,
      ),
    });
    // In the file's order, each named with the lead it is about.
    expect(check.matches).toMatchObject([
      { shareId: toQuiet.shareId, leadName: 'Lead1 Mixed', prospectName: 'Quinn Lee', matchedOn: 'phone' },
      { shareId: likeOscar.shareId, leadName: 'Lead2 Mixed', prospectName: 'Oscar Lee', matchedOn: 'email' },
    ]);
    expect(check.alreadyImported).toBe(1);
    const r = await send([toQuiet, earlier, likeOscar, byEmail], {
      [toQuiet.shareId]: 'merge',
      [likeOscar.shareId]: 'new',
    });
    expect(r).toMatchObject({ imported: 3, merged: 1, alreadyImported: 1 });

    const rows = b.db
      .prepare(
        `SELECT w.share_id AS "shareId", w.prospect_id AS "prospectId", p.first_name AS "firstName", p.email,
                p.share_ok AS "shareOk", w.has_contact AS "hasContact", w.source, w.next_step_text AS "nextStep",
                f.channel, f.due_at AS "dueAt", f.assignee_id AS assignee,
                (SELECT count(*) FROM share_batch_walkouts sw WHERE sw.walkout_id = w.id AND sw.batch_id = ?) AS "inBatch"
           FROM walkouts w JOIN prospects p ON p.id = w.prospect_id
           LEFT JOIN follow_ups f ON f.walkout_id = w.id AND f.purpose = 'first_contact'
          WHERE w.share_id IN (?, ?, ?) ORDER BY w.share_id`,
      )
      .all(r.batchId, toQuiet.shareId, likeOscar.shareId, byEmail.shareId) as Record<string, unknown>[];
    const tia = b.ids['Tia Staff'];
    expect(rows).toMatchObject([
      // Merged into the prospect who asked not to be contacted: the visit is recorded, nobody calls.
      { prospectId: quiet.prospectId, firstName: 'Quinn', channel: null, hasContact: 1, inBatch: 1 },
      // Kept apart from Oscar: a prospect of its own, reached by the e-mail it carries.
      { firstName: 'Lead2', email: 'oscar@example.com', channel: 'email', assignee: tia, inBatch: 1 },
      { firstName: 'Lead3', email: 'new@example.com', channel: 'email', assignee: tia, inBatch: 1 },
    ]);
    expect(rows[1]!.prospectId).not.toBe(other.prospectId);
    for (const row of rows) {
      expect(row).toMatchObject({
        source: 'partner',
        nextStep: 'Lead from Alpha Motors (Sam)',
        hasContact: 1,
      });
      if (row.channel) expect(row.dueAt as number).toBeGreaterThan(b.clock.now);
    }
    expect(rows.filter((row) => row.prospectId !== quiet.prospectId).map((row) => row.shareOk)).toEqual([
      0, 0,
    ]);
    // Every walkout, prospect, call and batch row points at the right one: nothing left dangling.
    expect(foreignKeyProblems(b.db)).toEqual([]);
    expect(
      b.db.prepare('SELECT count(*) FROM share_batch_walkouts WHERE batch_id = ?').pluck().get(r.batchId),
    ).toBe(3);
  });
});

describe('check, then import', () => {
  const csvOf = (rows: string[]) =>
    [
      'share_id,origin_distributor,origin_rep,visited_at,first_name,last_name,phone,email,product,category,price_quoted,objection,objection_text,pain_points,notes,personal_details',
      ...rows,
    ].join('\r\n');
  const row = (n: number, name: string) =>
    `00000000-0000-4000-8000-${String(n).padStart(12, '0')},Alpha Motors,Sam,2026-11-20T15:30:00Z,${name},Lee,(312) 555-0${100 + n},,Mower,Mowers,,price,,,,`;

  it('imports the file it is given, even when a different file of the same name was checked', async () => {
    const alpha = await partnerOf(b, 'Alpha Motors');
    const checked = csvOf([row(1, 'Ann'), row(2, 'Bo')]);
    const check = await b.as('Olive Owner', 'partners.importCheck', {
      partnerId: alpha.id,
      fileName: 'alpha.csv',
      content: checked,
    });
    expect(check.leads).toBe(2);
    const r = await b.as('Olive Owner', 'partners.importLeads', {
      partnerId: alpha.id,
      fileName: 'alpha.csv',
      content: csvOf([row(3, 'Cy')]),
      assignTo: b.ids['Tia Staff'],
    });
    expect(r.imported).toBe(1);
    const names = b.db
      .prepare(
        "SELECT p.first_name FROM walkouts w JOIN prospects p ON p.id = w.prospect_id WHERE w.source = 'partner'",
      )
      .pluck()
      .all();
    expect(names).toEqual(['Cy']);
  });

  it('reads the file again when the store region changed after the check', async () => {
    const alpha = await partnerOf(b, 'Alpha Motors');
    const content = csvOf([row(1, 'Ann')]);
    await b.as('Olive Owner', 'partners.importCheck', { partnerId: alpha.id, fileName: 'a.csv', content });
    // "(312) 555-0101" is a number only in North America.
    await b.as('Olive Owner', 'settings.update', { defaultRegion: 'GB' });
    const refused = await b.failAs('Olive Owner', 'partners.importLeads', {
      partnerId: alpha.id,
      fileName: 'a.csv',
      content,
      assignTo: b.ids['Tia Staff'],
    });
    expect(refused.message).toMatch(/line 2, column phone/);
    expect(b.db.prepare("SELECT count(*) FROM walkouts WHERE source = 'partner'").pluck().get()).toBe(0);
  });
});

describe('bulk import', () => {
  it('a large file leaves the dashboard roll-ups exact and their triggers in place', async () => {
    const alpha = await partnerOf(b, 'Alpha Motors');
    const leads = Array.from({ length: 600 }, (_, i) => ({
      shareId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      originDistributor: 'Alpha Motors',
      originRep: 'Sam',
      visitedAt: b.clock.now - 86_400_000,
      firstName: `Lead${i}`,
      lastName: 'Bulk',
      phone: `+1312555${String(1000 + i).padStart(4, '0')}`,
      email: null,
      product: 'Mower',
      category: 'Mowers',
      objection: 'price' as const,
      objectionText: '',
    }));
    const content = writeLeads('json', leads, { distributor: 'Alpha Motors' }, b.clock.now);
    const cubes = () => b.db.prepare('SELECT sum(walkouts) FROM dash_day').pluck().get();
    const before = cubes();
    const triggersBefore = triggerNames(b.db);
    const r = await b.as('Olive Owner', 'partners.importLeads', {
      partnerId: alpha.id,
      fileName: 'alpha.json',
      content,
      assignTo: b.ids['Tia Staff'],
    });
    expect(r.imported).toBe(600);
    expect(cubes()).toBe(before);
    // Every trigger in force before the import is in force after it, the roll-ups' among them.
    expect(triggerNames(b.db)).toEqual(triggersBefore);
    expect(triggersBefore).toEqual(expect.arrayContaining(rollupTriggersOf(b.db)));
    await lead(b, 'Walk', '3125550999');
    expect(cubes()).toBe(((before as number | null) ?? 0) + 1);
  });
});
