// Migration 0013 on a store that already holds two visits of one person at the same instant (logged before
// visits ran in (time, id) order): the first gets the second as its next visit, so the person counts once.
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { migratePg } from '../../electron/db/pg/migrate';
import { numberTypes } from '../../electron/db/pg/pool';
import { freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';

const visit = (id: number, visitedAt: number) =>
  `INSERT INTO walkouts (id, prospect_id, employee_id, visited_at, category, closeness, objection, status,
     status_changed_at, share_id, created_at, updated_at, source, visit_day, visit_day_ends_at)
   VALUES (${id}, 1, 1, ${visitedAt}, 'Tractors', 3, 'price', 'open', 0, 's${id}', 0, 0, 'walk_in', 0, 86400000)`;
const SEED = [
  `INSERT INTO employees (id, name, role, pin_hash, created_at) VALUES (1, 'Max Manager', 'manager', 'x', 0)`,
  `INSERT INTO prospects (id, first_name, phone, email, created_at, updated_at) VALUES (1, 'Tess', '+13125550778', NULL, 0, 0)`,
  visit(1, 500),
  visit(2, 500),
];
const NEXT = 'SELECT id, next_visit_at FROM walkouts ORDER BY id';
// After the migration, and after a third visit at the same instant logged under the new trigger.
const MIGRATED = [
  { id: 1, next_visit_at: 500 },
  { id: 2, next_visit_at: null },
];
const THIRD = [
  { id: 1, next_visit_at: 500 },
  { id: 2, next_visit_at: 500 },
  { id: 3, next_visit_at: null },
];

describe('0013: visits of one person at the same instant', () => {
  it('SQLite: the earlier-logged one gets the later-logged one as its next visit', () => {
    const db = new Database(':memory:');
    migrate(db, 12);
    for (const s of SEED) db.exec(s);
    expect(db.prepare(NEXT).all()).toEqual([
      { id: 1, next_visit_at: null },
      { id: 2, next_visit_at: null },
    ]);
    migrate(db);
    expect(db.prepare(NEXT).all()).toEqual(MIGRATED);
    db.exec(visit(3, 500));
    expect(db.prepare(NEXT).all()).toEqual(THIRD);
    db.close();
  });

  let server: PgTestDatabase | null = null;
  afterAll(() => server?.drop());
  it('PostgreSQL: the same', async () => {
    server = await freshPgDatabase('empty');
    const client = new pg.Client({ connectionString: server.url, types: numberTypes });
    await client.connect();
    try {
      await migratePg(client, 12);
      for (const s of SEED) await client.query(s);
      await migratePg(client);
      expect((await client.query(NEXT)).rows).toEqual(MIGRATED);
      await client.query(visit(3, 500));
      expect((await client.query(NEXT)).rows).toEqual(THIRD);
    } finally {
      await client.end();
    }
  });
});
