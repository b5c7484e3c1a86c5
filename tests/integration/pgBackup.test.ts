// Store-server backups: every table through COPY from one snapshot, restored into an empty database with
// every row, roll-up and id sequence as it was; a damaged or foreign file, or a non-empty target, is refused
// and leaves the target untouched.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backUpPg, restorePg, tablesInRestoreOrder } from '../../electron/db/pg/logicalBackup';
import { LATEST_VERSION, pgSchemaVersion } from '../../electron/db/pg/migrate';
import { numberTypes } from '../../electron/db/pg/pool';
import { freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';

const made: { db: PgTestDatabase; client: pg.Client }[] = [];
async function connect(template: 'migrated' | 'empty'): Promise<pg.Client> {
  const db = await freshPgDatabase(template);
  const client = new pg.Client({ connectionString: db.url, types: numberTypes });
  await client.connect();
  made.push({ db, client });
  return client;
}

const ODD_NAME = 'Zoë "Z" O\'Brien\\back\nslash\ttab';

async function fillStore(c: pg.Client) {
  await c.query(`
    INSERT INTO employees (id, name, role, pin_hash, created_at) VALUES (1, 'Ann', 'owner', 'h1', 0), (2, 'Bo', 'staff', 'h2', 0);
    INSERT INTO settings (key, value) VALUES ('storeName', '"Main St Motors"');
    INSERT INTO reasons (id, text, category, created_at) VALUES (1, 'New EV credit', 'new_policy', 0);`);
  await c.query(
    `INSERT INTO prospects (id, first_name, last_name, phone, created_at, updated_at) VALUES (1, $1, 'Smith', '+13125550101', 0, 0), (2, 'Pat', '', NULL, 0, 0)`,
    [ODD_NAME],
  );
  for (let i = 1; i <= 30; i++) {
    const at = Date.parse('2026-11-02T15:00:00Z') + i * 3_600_000 * 7;
    const day = Math.floor(at / 86_400_000);
    await c.query(
      `INSERT INTO walkouts (prospect_id, employee_id, visited_at, category, closeness, objection, status_changed_at,
         share_id, created_at, updated_at, visit_day, visit_day_ends_at)
       VALUES ($1, $2, $3, 'Truck', 3, 'price', $3, $4, $3, $3, $5, $6)`,
      [1 + (i % 2), 1 + (i % 2), at, `share-${i}`, day, (day + 1) * 86_400_000],
    );
    await c.query(
      `INSERT INTO follow_ups (walkout_id, assignee_id, due_at, channel, purpose, status, reason_id, outcome, completed_at, completed_by, created_at)
       VALUES ($1, 1, $2, 'call', 'first_contact', 'done', $3, 'appointment_set', $2, 1, $2)`,
      [i, at + 3_600_000, i % 3 === 0 ? 1 : null],
    );
  }
  await c.query(
    `UPDATE walkouts SET status = 'sold', closer = 'rep', sold_at = visited_at + 86400000, sale_amount_cents = 3100000 WHERE id % 4 = 0`,
  );
}

async function contents(c: pg.Client) {
  const out: Record<string, unknown[]> = {};
  for (const t of await tablesInRestoreOrder(c)) {
    out[t] = (await c.query(`SELECT to_jsonb(x) AS r FROM "${t}" x ORDER BY to_jsonb(x)::text`)).rows.map(
      (r) => r.r,
    );
  }
  return out;
}

let dir: string;
let source: pg.Client;
let backup: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'beback-pgbackup-'));
  source = await connect('migrated');
  await fillStore(source);
  backup = join(dir, 'store.pgbackup');
});
afterAll(async () => {
  for (const { db, client } of made) {
    await client.end();
    await db.drop();
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('store-server backups', () => {
  it('backs up every table with its row count and restores it, row for row, into an empty database', async () => {
    const summary = await backUpPg(source, backup);
    expect(summary.schemaVersion).toBe(LATEST_VERSION);
    const counts = Object.fromEntries(summary.tables.map((t) => [t.name, t.rows]));
    expect(counts).toMatchObject({
      employees: 2,
      prospects: 2,
      walkouts: 30,
      follow_ups: 30,
      settings: 1,
      walkout_reasons: 10,
    });
    expect(summary.tables.findIndex((t) => t.name === 'employees')).toBeLessThan(
      summary.tables.findIndex((t) => t.name === 'walkouts'),
    );

    const target = await connect('empty');
    const restored = await restorePg(target, backup);
    expect(restored.tables).toEqual(summary.tables);
    expect(await pgSchemaVersion(target)).toBe(LATEST_VERSION);
    expect(await contents(target)).toEqual(await contents(source));
    expect((await target.query('SELECT first_name FROM prospects WHERE id = 1')).rows[0].first_name).toBe(
      ODD_NAME,
    );
  });

  it('leaves the restored store working: new ids follow the restored ones and the roll-ups keep counting', async () => {
    const target = await connect('empty');
    await restorePg(target, backup);
    const before = (await target.query('SELECT sum(walkouts) AS n FROM dash_day')).rows[0].n;
    const added = await target.query(
      `INSERT INTO walkouts (prospect_id, employee_id, visited_at, closeness, objection, status_changed_at, share_id, created_at, updated_at, visit_day, visit_day_ends_at)
       VALUES (1, 1, 1800000000000, 2, 'timing', 0, 'new', 0, 0, 20833, 1800028800000) RETURNING id`,
    );
    expect(added.rows[0].id).toBe(31);
    expect((await target.query('SELECT sum(walkouts) AS n FROM dash_day')).rows[0].n).toBe(before + 1);
  });

  it('refuses a database that already holds a store, and changes nothing in it', async () => {
    const busy = await connect('migrated');
    await busy.query(
      `INSERT INTO employees (name, role, pin_hash, created_at) VALUES ('Cy', 'owner', 'h', 0)`,
    );
    await expect(restorePg(busy, backup)).rejects.toThrow(
      'A backup is restored into an empty database only; this one already holds a store.',
    );
    expect((await busy.query('SELECT name FROM employees')).rows).toEqual([{ name: 'Cy' }]);
  });

  it('refuses a cut-short or foreign file and leaves the empty database empty', async () => {
    const text = readFileSync(backup, 'utf8');
    const cut = join(dir, 'cut.pgbackup');
    writeFileSync(cut, text.slice(0, text.indexOf('#table walkouts') + 200));
    const target = await connect('empty');
    await expect(restorePg(target, cut)).rejects.toThrow(
      'The backup file ends in the middle of table walkouts.',
    );
    const foreign = join(dir, 'foreign.pgbackup');
    writeFileSync(foreign, 'PGDMP\u0000binary');
    await expect(restorePg(target, foreign)).rejects.toThrow(
      'This file is not a BeBack store-server backup.',
    );
    expect(await pgSchemaVersion(target)).toBe(0);
    expect(
      (await target.query(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n,
    ).toBe(0);
  });
});
