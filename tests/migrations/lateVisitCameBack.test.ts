// Migration 0008: a visit logged behind a later visit of the same prospect "came back", both for visits
// logged from now on and for those a database from before already holds, with the roll-ups following.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';

const DAY = 86_400_000;
const T = Date.parse('2026-11-23T10:00:00-06:00');
/** The schema version just before this migration (its place in the list, whatever number it lands as). */
const BEFORE = MIGRATIONS.findIndex((m) => m.name.endsWith('-late-visit-came-back'));

function visit(db: Database.Database, prospectId: number, visitedAt: number): number {
  return Number(
    db
      .prepare(
        `INSERT INTO walkouts (prospect_id, employee_id, visited_at, product, closeness, objection, status,
           status_changed_at, share_id, created_at, updated_at, visit_day, visit_day_ends_at)
         VALUES (?, 1, ?, 'Tractor', 3, 'price', 'open', ?, ?, ?, ?, 20000, ?)`,
      )
      .run(prospectId, visitedAt, T, `share-${visitedAt}`, T, T, visitedAt + DAY).lastInsertRowid,
  );
}

function store(version: number) {
  const db = new Database(':memory:');
  migrate(db, version);
  db.prepare("INSERT INTO employees (name, role, pin_hash, created_at) VALUES ('Sam', 'staff', 'x', ?)").run(
    T,
  );
  const prospect = db
    .prepare(
      "INSERT INTO prospects (first_name, phone, created_at, updated_at) VALUES ('Dee', '+13125550404', ?, ?)",
    )
    .run(T, T).lastInsertRowid as number;
  // The later visit is logged first; the earlier one is logged after it, late.
  const later = visit(db, prospect, T);
  const late = visit(db, prospect, T - 2 * DAY);
  const cameBack = () => db.prepare('SELECT came_back FROM walkouts WHERE id = ?').pluck();
  const funnelBack = () => db.prepare('SELECT sum(appt_or_back) FROM dash_day').pluck().get();
  return { db, later, late, cameBack, funnelBack };
}

describe('0009-late-visit-came-back', () => {
  it('a visit logged late behind a later one came back, on a database at the latest version', () => {
    const s = store(MIGRATIONS.length);
    expect([s.cameBack().get(s.late), s.cameBack().get(s.later)]).toEqual([1, 0]);
    expect(s.funnelBack()).toBe(1);
  });

  it('the upgrade from the version before fixes a late visit already logged, roll-ups included', () => {
    const s = store(BEFORE);
    expect([s.cameBack().get(s.late), s.cameBack().get(s.later)]).toEqual([0, 0]);
    expect(s.funnelBack()).toBe(0);
    migrate(s.db);
    expect([s.cameBack().get(s.late), s.cameBack().get(s.later)]).toEqual([1, 0]);
    expect(s.funnelBack()).toBe(1);
  });
});
