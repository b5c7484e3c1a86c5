// Migration 0012 on a store that already holds two open calls for one walkout (written before the rule was the
// database's): the earliest due of each kind stays open, the rest are cancelled, and the index is in force.
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { migratePg } from '../../electron/db/pg/migrate';
import { numberTypes } from '../../electron/db/pg/pool';
import { freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';

const SEED = [
  `INSERT INTO employees (id, name, role, pin_hash, created_at) VALUES (1, 'Max Manager', 'manager', 'x', 0)`,
  `INSERT INTO prospects (id, first_name, phone, email, created_at, updated_at) VALUES (1, 'Rosa', '+13125550142', NULL, 0, 0)`,
  `INSERT INTO walkouts (id, prospect_id, employee_id, visited_at, category, closeness, objection, status,
     status_changed_at, share_id, created_at, updated_at, source, visit_day, visit_day_ends_at)
   VALUES (1, 1, 1, 0, 'Tractors', 3, 'price', 'open', 0, 's1', 0, 0, 'walk_in', 0, 86400000)`,
  // Two owner calls and two surveys open at once; a done call that must stay done.
  `INSERT INTO follow_ups (id, walkout_id, assignee_id, due_at, channel, purpose, status, created_at) VALUES
     (1, 1, 1, 200, 'call', 'check_in', 'open', 0),
     (2, 1, 1, 100, 'call', 'long_term', 'open', 0),
     (3, 1, 1, 300, 'call', 'manager_survey', 'open', 0),
     (4, 1, 1, 300, 'call', 'manager_survey', 'open', 0)`,
  `INSERT INTO follow_ups (id, walkout_id, assignee_id, due_at, channel, purpose, status, outcome, completed_at,
     completed_by, created_at) VALUES (5, 1, 1, 50, 'call', 'first_contact', 'done', 'no_answer', 60, 1, 0)`,
];
const STATUSES = 'SELECT id, status FROM follow_ups ORDER BY id';
const WANT = [
  { id: 1, status: 'cancelled' },
  { id: 2, status: 'open' },
  { id: 3, status: 'open' },
  { id: 4, status: 'cancelled' },
  { id: 5, status: 'done' },
];
const SECOND_OPEN = `INSERT INTO follow_ups (id, walkout_id, assignee_id, due_at, channel, purpose, status, created_at)
  VALUES (6, 1, 1, 400, 'call', 'campaign', 'open', 0)`;

describe('0012: one open next call and one open survey per walkout', () => {
  it('SQLite: older duplicates are cancelled, then the database refuses a second open call', () => {
    const db = new Database(':memory:');
    migrate(db, 11);
    for (const s of SEED) db.exec(s);
    migrate(db);
    expect(db.prepare(STATUSES).all()).toEqual(WANT);
    expect(() => db.exec(SECOND_OPEN)).toThrow(/UNIQUE constraint failed: follow_ups.walkout_id/);
    db.close();
  });

  let server: PgTestDatabase | null = null;
  afterAll(() => server?.drop());
  it('PostgreSQL: the same', async () => {
    server = await freshPgDatabase('empty');
    const client = new pg.Client({ connectionString: server.url, types: numberTypes });
    await client.connect();
    try {
      await migratePg(client, 11);
      for (const s of SEED) await client.query(s);
      await migratePg(client);
      expect((await client.query(STATUSES)).rows).toEqual(WANT);
      await expect(client.query(SECOND_OPEN)).rejects.toThrow(
        'duplicate key value violates unique constraint "follow_ups_one_next"',
      );
    } finally {
      await client.end();
    }
  });
});
