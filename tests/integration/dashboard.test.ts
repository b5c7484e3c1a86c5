// Every dashboard figure on a seeded random store (the demo generator, ~1 500 walkouts over a year),
// checked against a brute-force count in plain TypeScript over the same rows: on the SQLite file, and on the
// same store moved to a store server (copySqliteToPg, as Settings → Store database does), whose dashboard
// runs PostgreSQL's own SQL over the same rows. Seeding the server through its service layer takes minutes;
// the copy takes a second.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../electron/db/open';
import { copySqliteToPg } from '../../electron/db/pg/copyFromSqlite';
import { numberTypes, openPgPool } from '../../electron/db/pg/pool';
import {
  backfillCubes,
  backfillReasons,
  CUBES,
  cubeTriggers,
  REASON_CUBES,
  ROLLUP_TRIGGERS,
  reasonTriggers,
} from '../../electron/db/rollups';
import { postgresStore, type Store, sqliteStore } from '../../electron/db/store';
import { seedDemo } from '../../electron/seed/demo';
import { createServices } from '../../electron/services';
import type { AuditDto, DashboardDto, WalkoutListDto } from '../../shared/contract/dto';
import { presetPeriod, previousPeriod } from '../../shared/domain/period';
import { asBruteForce, bruteForce } from '../support/dashboardBruteForce';
import { freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';

const NOW = Date.parse('2026-11-23T10:00:00-06:00');
const TZ = 'America/Chicago';
const DAY = 86_400_000;
let dir: string;
let db: Db;
type Call = (channel: string, input: unknown) => Promise<unknown>;
const calls: Record<'sqlite' | 'postgres', Call> = {} as never;
let server: PgTestDatabase | null = null;
let serverStore: Store | null = null;

function caller(store: Store, owner: number): Call {
  const { router, sessions } = createServices({
    store,
    now: () => NOW,
    onInternalError: (channel, err) => console.error('INTERNAL', channel, err),
  });
  sessions.signIn('test', owner);
  return async (channel, input) => {
    const r = await router.call('test', channel, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'beback-dash-'));
  db = openDatabase(join(dir, 'store.sqlite'));
  const store = sqliteStore(db);
  await seedDemo(store, { now: NOW, walkouts: 1500, days: 400, seed: 99 });
  // Partner sales and a do-not-contact prospect's later phone change exercise the other paths.
  db.exec(`UPDATE walkouts SET status = 'sold', closer = 'partner', sale_amount_cents = 2500000, sold_at = visited_at + 86400000
             WHERE id % 97 = 0 AND status <> 'sold'`);
  db.exec(
    `UPDATE prospects SET phone = '+13125559999' WHERE id = (SELECT min(id) FROM prospects WHERE phone IS NULL)`,
  );
  const owner = db.prepare("SELECT id FROM employees WHERE role = 'owner'").pluck().get() as number;
  calls.sqlite = caller(store, owner);
  // Two walkouts logged at "now", their first calls still ahead: the demo calls everything already due.
  for (const [firstName, phone] of [
    ['Nia', '3125550611'],
    ['Omar', '3125550612'],
  ]) {
    await calls.sqlite('walkouts.create', {
      prospect: { firstName, lastName: 'Late', phone, email: '' },
      product: 'Kubota BX2380 tractor',
      category: 'Truck',
      priceQuotedCents: 1_899_900,
      closeness: 4,
      objection: 'price',
    });
  }

  server = await freshPgDatabase('empty');
  const client = new pg.Client({ connectionString: server.url, types: numberTypes });
  await client.connect();
  const snapshot = openDatabase(join(dir, 'store.sqlite'));
  try {
    await copySqliteToPg(snapshot, client);
  } finally {
    snapshot.close();
    await client.end();
  }
  serverStore = postgresStore(openPgPool({ connectionString: server.url }));
  calls.postgres = caller(serverStore, owner);
}, 120_000);
afterAll(async () => {
  db.close();
  await serverStore?.close();
  await server?.drop();
  rmSync(dir, { recursive: true, force: true });
});

const year = presetPeriod('year', NOW, TZ);
const quarter = presetPeriod('quarter', NOW, TZ);
// Periods run midnight to midnight in store time, as every period the screen offers does.
const allTime = {
  from: Date.parse('2020-01-01T00:00:00-06:00'),
  to: Date.parse('2026-11-24T00:00:00-06:00'),
};

describe.each(['sqlite', 'postgres'] as const)('on %s, dashboard figures equal the brute force', (engine) => {
  const call: Call = (channel, input) => calls[engine](channel, input);
  const cases: [string, () => Record<string, unknown>][] = [
    ['this year', () => ({ ...year })],
    ['this quarter, by month', () => ({ ...quarter })],
    ['all time', () => allTime],
    [
      'one employee',
      () => ({
        ...year,
        employeeId: db.prepare("SELECT id FROM employees WHERE name = 'Priya Shah'").pluck().get(),
      }),
    ],
    ['one category', () => ({ ...allTime, category: 'Truck' })],
    ['one objection', () => ({ ...allTime, objection: 'price' })],
    [
      'employee, category and objection',
      () => ({ ...allTime, employeeId: 3, category: 'SUV', objection: 'financing' }),
    ],
  ];
  // Each case by walkout and by unique prospect.
  const byWho = cases.flatMap(([label, filters]) =>
    (['walkout', 'prospect'] as const).map((by) => [`${label}, by ${by}`, filters, by] as const),
  );
  it.each(byWho)('%s', async (_label, filters, by) => {
    const f = { ...(filters() as { from: number; to: number }), by };
    const prev = previousPeriod('custom', f, TZ);
    // A custom previous period of the same length stays on midnights unless DST moved one: use the year before.
    prev.from = presetPeriod('year', f.from - DAY, TZ).from;
    prev.to = f.from;
    const got = (await call('dashboard.figures', {
      ...f,
      previousFrom: prev.from,
      previousTo: prev.to,
      granularity: 'month',
    })) as DashboardDto;
    const want = bruteForce(db, f, TZ, NOW);
    expect(want.headline.walkouts).toBeGreaterThan(0);
    expect(asBruteForce(got)).toEqual(want);
    expect(got.previous).toEqual(bruteForce(db, { ...f, ...prev }, TZ, NOW).headline);
  });

  it('the store has returning be-backs, so by prospect counts fewer than by walkout', async () => {
    const read = async (by: string) =>
      (
        (await call('dashboard.figures', {
          ...allTime,
          previousFrom: allTime.from - DAY,
          previousTo: allTime.from,
          granularity: 'month',
          by,
        })) as DashboardDto
      ).headline;
    const [walkouts, people] = [await read('walkout'), await read('prospect')];
    expect(people.walkouts).toBe(walkouts.people.walkouts);
    expect(people.sold).toBe(walkouts.people.sold);
    expect(people.walkouts).toBeLessThan(walkouts.walkouts);
  });

  it('drill-downs list exactly the walkouts counted', async () => {
    const got = (await call('dashboard.figures', {
      ...year,
      previousFrom: presetPeriod('year', year.from - DAY, TZ).from,
      previousTo: year.from,
      granularity: 'week',
    })) as DashboardDto;
    // The random store has walkouts of each kind the definitions tell apart.
    expect(got.speed.find((b) => b.bucket === 'not_yet_due')?.walkouts).toBeGreaterThan(0);
    expect(got.speed.find((b) => b.bucket === 'never')?.walkouts).toBeGreaterThan(0);
    expect(got.noContactDetails.walkouts).toBeGreaterThan(0);
    expect(got.headline.dueForFirstCall).toBeLessThan(got.headline.withContact);
    expect(got.funnel.appointmentOrBack).toBeGreaterThanOrEqual(got.funnel.sold);
    const noContact = (await call('dashboard.walkouts', {
      ...year,
      slice: 'speed',
      key: 'no_contact',
    })) as WalkoutListDto;
    expect(noContact.total).toBe(got.noContactDetails.walkouts);
    for (const s of got.speed) {
      const rows = (await call('dashboard.walkouts', {
        ...year,
        slice: 'speed',
        key: s.bucket,
      })) as WalkoutListDto;
      expect(rows.total).toBe(s.walkouts);
    }
    // Every bar of every chart lists the walkouts it counts, all of them.
    const listed = async (slice: string, key: unknown) =>
      ((await call('dashboard.walkouts', { ...year, slice, key })) as WalkoutListDto).total;
    for (const [stage, n] of Object.entries(got.funnel)) {
      expect(await listed('funnel', stage), `funnel ${stage}`).toBe(n);
    }
    for (const o of got.byObjection) {
      expect(await listed('objection', o.objection), o.objection).toBe(o.walkouts);
    }
    for (const e of got.byEmployee) {
      expect(await listed('employee', e.employeeId), e.name).toBe(e.walkouts);
    }
    expect(got.byReason.length).toBeGreaterThan(0);
    for (const r of got.byReason) {
      expect(await listed('reason', r.reasonId), r.text).toBe(r.walkouts);
    }
    expect(await listed('sold', undefined)).toBe(got.headline.sold);
    const firstWeek = got.trend.find((b) => b.walkouts > 0)!;
    const next = got.trend[got.trend.indexOf(firstWeek) + 1];
    const rows = (await call('dashboard.walkouts', {
      ...year,
      slice: 'trend',
      key: firstWeek.start,
      keyTo: next.start,
    })) as WalkoutListDto;
    expect([rows.total, rows.rows.length]).toEqual([firstWeek.walkouts, Math.min(100, firstWeek.walkouts)]);
  });

  it('a long list reads page by page to its end, each walkout once, in the order of the whole', async () => {
    const list = (offset: number, limit: number) =>
      call('dashboard.walkouts', { ...allTime, slice: 'sold', offset, limit }) as Promise<WalkoutListDto>;
    const whole = await list(0, 500);
    expect(whole.total).toBeGreaterThan(200);
    expect(whole.rows.length).toBe(Math.min(500, whole.total));
    const paged: number[] = [];
    for (let offset = 0; offset < whole.rows.length; offset += 37) {
      const page = await list(offset, 37);
      expect(page.total).toBe(whole.total);
      paged.push(...page.rows.map((r) => r.walkoutId));
    }
    expect(paged.slice(0, whole.rows.length)).toEqual(whole.rows.map((r) => r.walkoutId));
    expect((await list(whole.total, 100)).rows).toEqual([]);
    await expect(list(0, 501)).rejects.toThrow('Too big: expected number to be <=500');
  });
});

describe.each(['sqlite', 'postgres'] as const)(
  'on %s, the audit’s compliance equals the brute force',
  (engine) => {
    it('per employee: due for a first call, called within 24 h, and the late list behind them', async () => {
      const call: Call = (channel, input) => calls[engine](channel, input);
      const audit = (await call('audit.team', year)) as AuditDto;
      const want = bruteForce(db, year, TZ, NOW).employee;
      const rows = audit.rows.filter((r) => r.walkouts > 0);
      expect(rows.length).toBeGreaterThan(1);
      for (const r of rows) {
        expect([r.dueForFirstCall, r.firstAttemptIn24h], r.name).toEqual([
          want[r.employeeId].dueForFirstCall,
          want[r.employeeId].compliant,
        ]);
        const late = (await call('audit.walkouts', {
          ...year,
          employeeId: r.employeeId,
          list: 'late_first_attempt',
        })) as WalkoutListDto;
        expect(late.total, r.name).toBe(r.dueForFirstCall - r.firstAttemptIn24h);
      }
    });
  },
);

describe('on sqlite', () => {
  it('the roll-ups kept by triggers equal the roll-ups rebuilt from scratch', () => {
    const snapshot = (table: string) =>
      db
        .prepare(
          `SELECT * FROM ${table} WHERE walkouts <> 0 ORDER BY 1, 2, 3${table.endsWith('_cat') ? ', 4' : ''}`,
        )
        .all();
    const tables = [...CUBES, ...REASON_CUBES].map((c) => c.table);
    const kept = tables.map(snapshot);
    const pairs = db.prepare('SELECT * FROM walkout_reasons ORDER BY 1, 2').all();
    db.transaction(() => {
      for (const t of ROLLUP_TRIGGERS) db.exec(`DROP TRIGGER ${t}`);
      for (const t of [...tables, 'walkout_reasons']) db.exec(`DELETE FROM ${t}`);
      db.exec(backfillCubes());
      db.exec(backfillReasons());
      db.exec(cubeTriggers());
      db.exec(reasonTriggers());
    })();
    expect(db.prepare('SELECT * FROM walkout_reasons ORDER BY 1, 2').all()).toEqual(pairs);
    expect(tables.map(snapshot)).toEqual(kept);
    expect(kept[2].length).toBeGreaterThan(50);
  });
});
