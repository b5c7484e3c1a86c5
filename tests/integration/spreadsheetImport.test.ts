// Importing a store's own old spreadsheet of leads (issue 15 item 4), on both engines: the check writes
// nothing and names every bad row; a refused commit writes nothing; matches merge or stay apart as chosen;
// first calls never pass the daily cap; imported walkouts are not walk-ins in the figures; 10 000 rows round-trip.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract/channels';
import { localDateKey } from '../../shared/domain/storeClock';
import { rowCounts } from '../support/dbScan';
import { SHEET } from '../support/oldSheet';
import { openStore, type Store, walkoutInput } from './harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

const check = (over: Partial<InputOf<'imports.check'>> = {}) =>
  store.as('Max Manager', 'imports.check', {
    fileName: 'old-leads.csv',
    text: SHEET,
    employeeId: store.ids['Tia Staff'],
    ...over,
  });

async function commitOf(c: Awaited<ReturnType<typeof check>>, over: Partial<InputOf<'imports.commit'>> = {}) {
  return {
    fileName: 'old-leads.csv',
    text: SHEET,
    mapping: c.columns.map((col) => col.field),
    employeeId: store.ids['Tia Staff'],
    token: c.token,
    ...over,
  };
}

describe('checking a spreadsheet', () => {
  it('guesses the columns, counts the rows, names each invalid one, and writes nothing', async () => {
    const before = rowCounts(store.db);
    const c = await check();
    expect(c.columns.map((col) => [col.header, col.field])).toEqual([
      ['Customer', 'fullName'],
      ['Mobile #', 'phone'],
      ['E-mail Address', 'email'],
      ['Visit Date', 'visitDate'],
      ['Vehicle', 'product'],
      ['Why not', 'objection'],
      ['Salesperson', 'salesperson'],
      ['Stock #', null],
    ]);
    expect([c.rows, c.fresh, c.matching, c.invalid]).toEqual([6, 3, 0, 3]);
    expect(c.invalidRows).toEqual([
      { line: 3, reason: 'e-mail "bo at example" is not an e-mail address' },
      { line: 5, reason: 'no name' },
      { line: 6, reason: 'visit date "2/30/2026" is not a date (use 12/31/2025 or 2025-12-31)' },
    ]);
    expect(c.firstCalls).toEqual({
      dailyCap: 10,
      days: 1,
      firstDueAt: Date.parse('2026-11-24T09:00:00-06:00'),
      lastDueAt: Date.parse('2026-11-24T09:00:00-06:00'),
    });
    expect(rowCounts(store.db)).toEqual(before);
  });

  it('refuses a mapping without a name, or with one field twice, in words', async () => {
    const noName = await store.failAs('Max Manager', 'imports.check', {
      fileName: 'old-leads.csv',
      text: SHEET,
      employeeId: store.ids['Tia Staff'],
      mapping: [null, 'phone', 'email', 'visitDate', null, null, null, null],
    });
    expect(noName.message).toBe('Choose the column that holds the customer’s name.');
    const twice = await store.failAs('Max Manager', 'imports.check', {
      fileName: 'old-leads.csv',
      text: SHEET,
      employeeId: store.ids['Tia Staff'],
      mapping: ['fullName', 'phone', 'email', 'visitDate', 'product', null, null, 'product'],
    });
    expect(twice.message).toBe('Columns "Vehicle" and "Stock #" are both Product: choose one.');
  });
});

describe('importing it', () => {
  it('writes zero rows on every refusal', async () => {
    await store.as(
      'Sam Staff',
      'walkouts.create',
      walkoutInput({ prospect: { firstName: 'Ann', lastName: 'L', phone: '3125550142' } }),
    );
    const c = await check();
    const before = rowCounts(store.db);
    const refusals = [
      // The mapping changed since the check.
      await store.failAs('Max Manager', 'imports.commit', {
        ...(await commitOf(c)),
        mapping: c.columns.map((col) => (col.field === 'product' ? null : col.field)),
      }),
      // The file changed since the check.
      await store.failAs('Max Manager', 'imports.commit', { ...(await commitOf(c)), text: `${SHEET}\r\n` }),
      // A match left undecided.
      await store.failAs('Max Manager', 'imports.commit', await commitOf(c)),
    ];
    expect(refusals.map((e) => [e.code, e.message])).toEqual([
      ['CONFLICT', 'The file or its columns changed since the preview: check it again before importing.'],
      ['CONFLICT', 'The file or its columns changed since the preview: check it again before importing.'],
      [
        'VALIDATION',
        '1 row matches a prospect already here: choose merge or new for each (line 2 Ann Lee ~ Ann L).',
      ],
    ]);
    const allBad = 'Name,Phone,Date\r\nAnn,555-12,11/20/2026\r\n';
    const bad = await check({ text: allBad });
    const none = await store.failAs('Max Manager', 'imports.commit', {
      ...(await commitOf(bad)),
      text: allBad,
    });
    expect(none.message).toBe('No row of this file can be imported: all 1 are invalid.');
    expect(rowCounts(store.db)).toEqual(before);
  });

  it('merges a match into the prospect here, or keeps it a new prospect, as chosen', async () => {
    const ann = await store.as(
      'Sam Staff',
      'walkouts.create',
      walkoutInput({ prospect: { firstName: 'Ann', lastName: 'L', phone: '3125550142' } }),
    );
    const c = await check();
    expect(c.matches).toEqual([
      { line: 2, leadName: 'Ann Lee', prospectId: ann.prospectId, prospectName: 'Ann L', matchedOn: 'phone' },
    ]);
    const prospects = store.count('prospects');
    const done = await store.as('Max Manager', 'imports.commit', {
      ...(await commitOf(c)),
      decisions: { 2: 'merge' },
    });
    // Ann is already on Sam's calendar: her imported visit joins her, without a second call.
    expect(done).toEqual({ imported: 3, merged: 1, skippedInvalid: 3, firstCalls: 2 });
    expect(store.count('prospects')).toBe(prospects + 2);
    const visits = store.db
      .prepare('SELECT count(*) AS n FROM walkouts WHERE prospect_id = ?')
      .get(ann.prospectId);
    expect(Number((visits as { n: number }).n)).toBe(2);

    const again = await check();
    const kept = await store.as('Max Manager', 'imports.commit', {
      ...(await commitOf(again)),
      decisions: Object.fromEntries(again.matches.map((m) => [m.line, 'new'])),
    });
    expect(kept).toEqual({ imported: 3, merged: 0, skippedInvalid: 3, firstCalls: 3 });
    expect(store.count('prospects')).toBe(prospects + 5);
  });

  it('spreads first calls so no day holds more than the daily cap, and keeps them out of walk-in figures', async () => {
    await store.as('Olive Owner', 'settings.update', { campaignDailyCap: 2 });
    const figures = () =>
      store.as('Olive Owner', 'dashboard.figures', {
        from: Date.parse('2026-11-01T00:00:00-05:00'),
        to: Date.parse('2026-11-24T00:00:00-06:00'),
        previousFrom: Date.parse('2026-10-01T00:00:00-05:00'),
        previousTo: Date.parse('2026-11-01T00:00:00-05:00'),
        granularity: 'week',
      });
    await store.as(
      'Sam Staff',
      'walkouts.create',
      walkoutInput({ prospect: { firstName: 'Rosa', lastName: 'Diaz', phone: '3125550999' } }),
    );
    expect((await figures()).headline.walkouts).toBe(1);
    const first = await check();
    expect(first.firstCalls).toMatchObject({ dailyCap: 2, days: 2 });
    await store.as('Max Manager', 'imports.commit', await commitOf(first));
    const OTHER_SHEET = SHEET.replaceAll('555', '556').replace('ann@', 'ann2@');
    // A second file joins the first's days, still two a day.
    const second = await check({ text: OTHER_SHEET });
    await store.as('Max Manager', 'imports.commit', {
      ...(await commitOf(second)),
      text: OTHER_SHEET,
    });
    const due = store.db
      .prepare(
        `SELECT f.due_at AS due FROM follow_ups f JOIN walkouts w ON w.id = f.walkout_id
          WHERE w.source = 'import' AND f.assignee_id = ? AND f.status = 'open' ORDER BY f.due_at`,
      )
      .all(store.ids['Tia Staff']) as { due: number }[];
    const perDay: Record<string, number> = {};
    for (const d of due) {
      const k = localDateKey(Number(d.due), 'America/Chicago');
      perDay[k] = (perDay[k] ?? 0) + 1;
    }
    expect(perDay).toEqual({ '2026-11-24': 2, '2026-11-25': 2, '2026-11-26': 2 });
    expect(Number(due[0]!.due)).toBe(Date.parse('2026-11-24T09:00:00-06:00'));
    const bySource = store.db
      .prepare('SELECT source, count(*) AS n FROM walkouts GROUP BY source ORDER BY source')
      .all();
    expect(
      (bySource as { source: string; n: number }[]).map((r) => ({ source: r.source, n: Number(r.n) })),
    ).toEqual([
      { source: 'import', n: 6 },
      { source: 'walk_in', n: 1 },
    ]);
    expect((await figures()).headline.walkouts).toBe(1);
    const audit = store.db
      .prepare(`SELECT employee_id AS who, detail FROM audit_log WHERE entity = 'sheet_import' ORDER BY id`)
      .all() as { who: number; detail: string }[];
    expect(audit.map((a) => [a.who, JSON.parse(a.detail).imported])).toEqual([
      [store.ids['Max Manager'], 3],
      [store.ids['Max Manager'], 3],
    ]);
  });

  it('round-trips a 10 000-row file', async () => {
    const lines = ['First Name,Last Name,Phone Number,Email,Date,Product,Notes'];
    for (let i = 0; i < 10_000; i++) {
      const n = String(i).padStart(4, '0');
      const day = String((i % 28) + 1).padStart(2, '0');
      lines.push(
        `Lee${n},Ray${n},(312) 55${n.slice(0, 1)}-${n.slice(1)}9,p${n}@example.com,2026-10-${day},Model ${i % 7},note ${i}`,
      );
    }
    const text = lines.join('\n');
    const c = await check({ text });
    expect([c.rows, c.fresh, c.matching, c.invalid]).toEqual([10_000, 10_000, 0, 0]);
    expect(c.firstCalls.days).toBe(1000);
    const done = await store.as('Max Manager', 'imports.commit', { ...(await commitOf(c)), text });
    expect(done).toEqual({ imported: 10_000, merged: 0, skippedInvalid: 0, firstCalls: 10_000 });
    expect(store.count('walkouts')).toBe(10_000);
    expect(store.count('follow_ups')).toBe(10_000);
    const row = store.db
      .prepare(
        `SELECT p.first_name, p.last_name, p.phone, p.email, p.source AS person, w.product, w.motivation, w.source,
                w.employee_id, w.visited_at FROM walkouts w JOIN prospects p ON p.id = w.prospect_id
          WHERE p.email = 'p1234@example.com'`,
      )
      .get() as Record<string, unknown>;
    expect({ ...row, employee_id: Number(row.employee_id), visited_at: Number(row.visited_at) }).toEqual({
      first_name: 'Lee1234',
      last_name: 'Ray1234',
      phone: '+13125512349',
      email: 'p1234@example.com',
      person: 'walk_in',
      product: 'Model 2',
      motivation: 'note 1234',
      source: 'import',
      employee_id: store.ids['Tia Staff'],
      visited_at: Date.parse('2026-10-03T12:00:00-05:00'),
    });
  }, 120_000);
});
