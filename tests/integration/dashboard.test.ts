// Every dashboard figure on a seeded random store (the demo generator, ~1 500 walkouts over a year),
// checked against a brute-force count in plain TypeScript over the same rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../electron/db/open';
import {
  backfillCubes,
  backfillReasons,
  CUBES,
  cubeTriggers,
  REASON_CUBES,
  ROLLUP_TRIGGERS,
  reasonTriggers,
} from '../../electron/db/rollups';
import { sqliteStore } from '../../electron/db/store';
import { seedDemo } from '../../electron/seed/demo';
import { createServices } from '../../electron/services';
import type { DashboardDto } from '../../shared/contract/dto';
import { presetPeriod, previousPeriod } from '../../shared/domain/period';
import { asBruteForce, bruteForce } from '../support/dashboardBruteForce';

const NOW = Date.parse('2026-11-23T10:00:00-06:00');
const TZ = 'America/Chicago';
const DAY = 86_400_000;
let dir: string;
let db: Db;
let call: (channel: string, input: unknown) => Promise<unknown>;

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
  const { router, sessions } = createServices({ store, now: () => NOW });
  const owner = db.prepare("SELECT id FROM employees WHERE role = 'owner'").pluck().get() as number;
  sessions.signIn('test', owner);
  call = async (channel, input) => {
    const r = await router.call('test', channel, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
}, 120_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const year = presetPeriod('year', NOW, TZ);
const quarter = presetPeriod('quarter', NOW, TZ);
// Periods run midnight to midnight in store time, as every period the screen offers does.
const allTime = {
  from: Date.parse('2020-01-01T00:00:00-06:00'),
  to: Date.parse('2026-11-24T00:00:00-06:00'),
};

describe('dashboard figures equal the brute force', () => {
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
  it.each(cases)('%s', async (_label, filters) => {
    const f = filters() as { from: number; to: number };
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
    const want = bruteForce(db, f, TZ);
    expect(want.headline.walkouts).toBeGreaterThan(0);
    expect(asBruteForce(got)).toEqual(want);
    expect(got.previous).toEqual(bruteForce(db, { ...f, ...prev }, TZ).headline);
  });

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

  it('drill-downs list exactly the walkouts counted', async () => {
    const got = (await call('dashboard.figures', {
      ...year,
      previousFrom: presetPeriod('year', year.from - DAY, TZ).from,
      previousTo: year.from,
      granularity: 'week',
    })) as DashboardDto;
    for (const s of got.speed) {
      const rows = (await call('dashboard.walkouts', {
        ...year,
        slice: 'speed',
        key: s.bucket,
      })) as unknown[];
      expect(rows.length).toBe(Math.min(1000, s.walkouts));
    }
    const stage = (await call('dashboard.walkouts', {
      ...year,
      slice: 'funnel',
      key: 'reached',
    })) as unknown[];
    expect(stage.length).toBe(Math.min(1000, got.funnel.reached));
    const firstWeek = got.trend.find((b) => b.walkouts > 0)!;
    const next = got.trend[got.trend.indexOf(firstWeek) + 1];
    const rows = (await call('dashboard.walkouts', {
      ...year,
      slice: 'trend',
      key: firstWeek.start,
      keyTo: next.start,
    })) as unknown[];
    expect(rows.length).toBe(firstWeek.walkouts);
  });
});
