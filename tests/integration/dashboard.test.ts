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
import { seedDemo } from '../../electron/seed/demo';
import { createServices } from '../../electron/services';
import type { DashboardDto, SpeedBucket } from '../../shared/contract/dto';
import { presetPeriod, previousPeriod } from '../../shared/domain/period';
import { localDay } from '../../shared/domain/storeClock';
import { NO_CONTACT_OUTCOMES, type Objection, type Outcome } from '../../shared/domain/vocab';

const NOW = Date.parse('2026-11-23T10:00:00-06:00');
const TZ = 'America/Chicago';
const DAY = 86_400_000;
let dir: string;
let db: Db;
let call: (channel: string, input: unknown) => Promise<unknown>;

interface W {
  id: number;
  employee_id: number;
  prospect_id: number;
  visited_at: number;
  category: string;
  objection: Objection;
  status: string;
  closer: string | null;
  sale_amount_cents: number | null;
  sold_at: number | null;
  source: string;
}
interface F {
  walkout_id: number;
  purpose: string;
  status: string;
  outcome: Outcome | null;
  completed_at: number | null;
  reason_id: number | null;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'beback-dash-'));
  db = openDatabase(join(dir, 'store.sqlite'));
  await seedDemo(db, { now: NOW, walkouts: 1500, days: 400, seed: 99 });
  // Partner sales and a do-not-contact prospect's later phone change exercise the other paths.
  db.exec(`UPDATE walkouts SET status = 'sold', closer = 'partner', sale_amount_cents = 2500000, sold_at = visited_at + 86400000
             WHERE id % 97 = 0 AND status <> 'sold'`);
  db.exec(
    `UPDATE prospects SET phone = '+13125559999' WHERE id = (SELECT min(id) FROM prospects WHERE phone IS NULL)`,
  );
  const { router, sessions } = createServices({ db, now: () => NOW });
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

/** The definitions of PRODUCT.md, computed the slow, obvious way. */
function bruteForce(f: {
  from: number;
  to: number;
  employeeId?: number;
  category?: string;
  objection?: Objection;
}) {
  const walkouts = (db.prepare('SELECT * FROM walkouts').all() as W[]).filter(
    (w) =>
      w.source === 'walk_in' &&
      w.visited_at >= f.from &&
      w.visited_at < f.to &&
      (f.employeeId === undefined || w.employee_id === f.employeeId) &&
      (f.category === undefined || w.category === f.category) &&
      (f.objection === undefined || w.objection === f.objection),
  );
  const prospects = new Map(
    (
      db.prepare('SELECT id, phone, email FROM prospects').all() as {
        id: number;
        phone: string | null;
        email: string | null;
      }[]
    ).map((p) => [p.id, p]),
  );
  const all = db.prepare('SELECT * FROM walkouts').all() as W[];
  const attempts = db.prepare('SELECT * FROM follow_ups').all() as F[];
  const of = (w: W) => attempts.filter((a) => a.walkout_id === w.id && a.status === 'done');
  const hasContact = (w: W) => {
    const p = prospects.get(w.prospect_id)!;
    return p.phone !== null || p.email !== null;
  };
  const firstAttempt = (w: W) => {
    const times = of(w)
      .filter((a) => a.purpose !== 'manager_survey')
      .map((a) => a.completed_at!);
    return times.length ? Math.min(...times) : null;
  };
  const sold = (w: W) => w.status === 'sold';
  const speed = (w: W): SpeedBucket => {
    const first = firstAttempt(w);
    if (first === null) return 'never';
    if (localDay(first, TZ).day === localDay(w.visited_at, TZ).day) return 'same_day';
    const gap = first - w.visited_at;
    return gap < DAY ? 'lt_24h' : gap < 3 * DAY ? 'd1_3' : gap < 7 * DAY ? 'd3_7' : 'gt_7d';
  };
  const count = (pred: (w: W) => boolean) => walkouts.filter(pred).length;
  const compliant = (w: W) =>
    hasContact(w) && firstAttempt(w) !== null && firstAttempt(w)! <= w.visited_at + DAY;
  const group = <K>(key: (w: W) => K) => {
    const m = new Map<K, { walkouts: number; sold: number }>();
    for (const w of walkouts) {
      const g = m.get(key(w)) ?? { walkouts: 0, sold: 0 };
      g.walkouts++;
      if (sold(w)) g.sold++;
      m.set(key(w), g);
    }
    return m;
  };
  const reasonWalkouts = new Map<number, { walkouts: Set<number>; sold: Set<number> }>();
  for (const w of walkouts) {
    for (const a of of(w).filter((x) => x.reason_id !== null)) {
      const g = reasonWalkouts.get(a.reason_id!) ?? { walkouts: new Set(), sold: new Set() };
      g.walkouts.add(w.id);
      if (sold(w) && w.sold_at! >= a.completed_at!) g.sold.add(w.id);
      reasonWalkouts.set(a.reason_id!, g);
    }
  }
  const reached = (w: W) => of(w).some((a) => !NO_CONTACT_OUTCOMES.includes(a.outcome!));
  const cameBack = (w: W) =>
    all.some((l) => l.prospect_id === w.prospect_id && l.visited_at > w.visited_at && l.source === 'walk_in');
  const appointment = (w: W) =>
    attempts.some((a) => a.walkout_id === w.id && a.outcome === 'appointment_set') || cameBack(w);
  const surveys = walkouts.reduce(
    (n, w) => n + of(w).filter((a) => a.purpose === 'manager_survey').length,
    0,
  );
  return {
    headline: {
      walkouts: walkouts.length,
      withContact: count(hasContact),
      compliant: count(compliant),
      sold: count(sold),
      soldByCloser: {
        rep: count((w) => sold(w) && w.closer === 'rep'),
        manager_save: count((w) => sold(w) && w.closer === 'manager_save'),
        partner: count((w) => sold(w) && w.closer === 'partner'),
      },
      valueSavedCents: walkouts.filter(sold).reduce((s, w) => s + (w.sale_amount_cents ?? 0), 0),
      surveysCompleted: surveys,
      managerSaves: count((w) => sold(w) && w.closer === 'manager_save'),
    },
    speed: Object.fromEntries(group(speed)),
    objection: Object.fromEntries(group((w) => w.objection)),
    employee: Object.fromEntries(
      [...new Set(walkouts.map((w) => w.employee_id))].map((id) => {
        const mine = walkouts.filter((w) => w.employee_id === id);
        return [
          id,
          {
            walkouts: mine.length,
            withContact: mine.filter(hasContact).length,
            compliant: mine.filter(compliant).length,
            sold: mine.filter(sold).length,
          },
        ];
      }),
    ),
    reason: Object.fromEntries(
      [...reasonWalkouts].map(([id, g]) => [id, { walkouts: g.walkouts.size, sold: g.sold.size }]),
    ),
    funnel: {
      walkouts: walkouts.length,
      withContact: count(hasContact),
      reached: count(reached),
      appointmentOrBack: count(appointment),
      sold: count(sold),
    },
    trendTotal: walkouts.length,
    trendSold: count(sold),
  };
}

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
    const want = bruteForce(f);
    expect(want.headline.walkouts).toBeGreaterThan(0);
    expect(got.headline).toEqual(want.headline);
    expect(got.previous).toEqual(bruteForce({ ...f, ...prev }).headline);
    expect(Object.fromEntries(got.speed.map(({ bucket, ...r }) => [bucket, r]))).toEqual(want.speed);
    expect(Object.fromEntries(got.byObjection.map(({ objection, ...r }) => [objection, r]))).toEqual(
      want.objection,
    );
    expect(
      Object.fromEntries(got.byEmployee.map(({ employeeId, name: _n, ...r }) => [employeeId, r])),
    ).toEqual(want.employee);
    expect(Object.fromEntries(got.byReason.map(({ reasonId, text: _t, ...r }) => [reasonId, r]))).toEqual(
      want.reason,
    );
    expect(got.funnel).toEqual(want.funnel);
    expect(got.trend.reduce((s, b) => s + b.walkouts, 0)).toBe(want.trendTotal);
    expect(got.trend.reduce((s, b) => s + b.rep + b.manager_save + b.partner, 0)).toBe(want.trendSold);
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
