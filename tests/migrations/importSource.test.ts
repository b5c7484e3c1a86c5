// Migration 0018 rebuilds SQLite's walkouts table to widen its source CHECK: every walkout comes back with
// its id and columns, the calls and reasons that point at it still do, its indexes and triggers are all
// there again and still keep the dashboard's roll-ups, and an imported walkout is now allowed.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';

const SEED = [
  `INSERT INTO employees (id, name, role, pin_hash, created_at) VALUES (1, 'Max Manager', 'manager', 'x', 0)`,
  `INSERT INTO prospects (id, first_name, phone, email, created_at, updated_at) VALUES
     (1, 'Rosa', '+13125550142', NULL, 0, 0), (2, 'Lou', NULL, 'lou@example.com', 0, 0)`,
  `INSERT INTO walkouts (id, prospect_id, employee_id, visited_at, category, closeness, objection, status,
     status_changed_at, share_id, created_at, updated_at, source, visit_day, visit_day_ends_at) VALUES
     (7, 1, 1, 3600000, 'Tractors', 3, 'price', 'open', 0, 's7', 0, 0, 'walk_in', 0, 86400000),
     (9, 2, 1, 7200000, 'Mowers', 4, 'timing', 'open', 0, 's9', 0, 0, 'referral', 0, 86400000)`,
  `INSERT INTO follow_ups (id, walkout_id, assignee_id, due_at, channel, purpose, status, created_at) VALUES
     (1, 7, 1, 200, 'call', 'first_contact', 'open', 0), (2, 9, 1, 300, 'email', 'first_contact', 'open', 0)`,
];
const IMPORTED = `INSERT INTO walkouts (id, prospect_id, employee_id, visited_at, category, closeness, objection,
  status, status_changed_at, share_id, created_at, updated_at, source, visit_day, visit_day_ends_at)
  VALUES (11, 1, 1, 90000000, 'Tractors', 2, 'price', 'open', 0, 's11', 0, 0, 'import', 1, 172800000)`;
const LATER_WALK_IN = IMPORTED.replace('(11,', '(12,')
  .replace("'s11'", "'s12'")
  .replace("'import'", "'walk_in'");

function picture(db: Database.Database) {
  return {
    walkouts: db.prepare('SELECT * FROM walkouts ORDER BY id').all(),
    followUps: db.prepare('SELECT * FROM follow_ups ORDER BY id').all(),
    dashDay: db.prepare('SELECT * FROM dash_day ORDER BY day, employee_id, objection').all(),
    dependents: db
      .prepare(
        "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'walkouts' AND type IN ('index', 'trigger') ORDER BY type, name",
      )
      .all(),
  };
}
const walkInsOnDay = (db: Database.Database, day: number) =>
  (db.prepare('SELECT sum(walkouts) AS n FROM dash_day WHERE day = ?').get(day) as { n: number | null }).n;

describe('0018: walkouts may come from an imported spreadsheet', () => {
  it('SQLite: the rebuilt table keeps every row, reference, index and trigger, and takes source import', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 17);
    for (const s of SEED) db.exec(s);
    const before = picture(db);
    expect(before.dashDay.length).toBeGreaterThan(0);
    expect(() => db.exec(IMPORTED)).toThrow(/CHECK constraint failed/);
    migrate(db);
    expect(picture(db)).toEqual(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.exec(IMPORTED);
    // An imported walkout is not a walk-in: the counter's figures do not move; a walk-in's still do.
    expect(walkInsOnDay(db, 1)).toBeNull();
    db.exec(LATER_WALK_IN);
    expect(walkInsOnDay(db, 1)).toBe(1);
    db.close();
  });
});
