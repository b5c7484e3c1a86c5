// "Move this PC's store to the server": a demo store copied from its SQLite file into an empty server
// database answers every figure as the file did, through the service layer on each engine; a non-empty
// target is refused, and a copy that fails midway, or whose check finds the sides differ, leaves the target
// empty.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../electron/db/open';
import { type CopyProgress, copySqliteToPg, MoveToServerError } from '../../electron/db/pg/copyFromSqlite';
import { tablesInRestoreOrder } from '../../electron/db/pg/logicalBackup';
import { LATEST_VERSION, pgSchemaVersion } from '../../electron/db/pg/migrate';
import { numberTypes, openPgPool } from '../../electron/db/pg/pool';
import { postgresStore, type Store, sqliteStore } from '../../electron/db/store';
import { seedDemo } from '../../electron/seed/demo';
import { createServices } from '../../electron/services';
import { type PeriodPreset, presetPeriod, previousPeriod } from '../../shared/domain/period';
import { freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';

const NOW = Date.parse('2026-11-23T10:00:00-06:00');
const TZ = 'America/Chicago';

let dir: string;
let file: Db;
const databases: PgTestDatabase[] = [];
const clients: pg.Client[] = [];
const stores: Store[] = [];

async function emptyTarget(template: 'empty' | 'migrated' = 'empty') {
  const db = await freshPgDatabase(template);
  databases.push(db);
  const client = new pg.Client({ connectionString: db.url, types: numberTypes });
  await client.connect();
  clients.push(client);
  return { db, client };
}

async function userTables(client: pg.Client): Promise<string[]> {
  const r = await client.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  return r.rows.map((t) => t.tablename);
}

function ownerCaller(store: Store) {
  const { router, sessions } = createServices({ store, now: () => NOW });
  return async (channel: string, input: unknown) => {
    const owner = (
      await store.db
        .selectFrom('employees')
        .select('id')
        .where('role', '=', 'owner')
        .executeTakeFirstOrThrow()
    ).id as number;
    sessions.signIn('owner', owner);
    const r = await router.call('owner', channel, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'beback-move-'));
  file = openDatabase(join(dir, 'store.sqlite'));
  const store = sqliteStore(file);
  await seedDemo(store, { now: NOW, walkouts: 600, days: 200, seed: 7 });
  // Text COPY must carry as it is: a tab, a newline and backslashes in a name.
  file.exec(
    `UPDATE prospects SET last_name = 'O''Brien\\back' || char(9) || 'tab' || char(10) || 'line' WHERE id = 1`,
  );
  await store.close();
}, 120_000);

afterAll(async () => {
  for (const s of stores) await s.close();
  for (const c of clients) await c.end();
  for (const d of databases) await d.drop();
  file.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a demo store moved to an empty server database', () => {
  let moved: PgTestDatabase;
  let summary: Awaited<ReturnType<typeof copySqliteToPg>>;
  const progress: CopyProgress[] = [];
  beforeAll(async () => {
    const { db, client } = await emptyTarget();
    moved = db;
    summary = await copySqliteToPg(file, client, (p) => progress.push(p));
  }, 60_000);

  it('holds every table with the file’s row counts, at the latest schema', async () => {
    const client = clients[0];
    expect(await pgSchemaVersion(client)).toBe(LATEST_VERSION);
    const order = await tablesInRestoreOrder(client);
    expect(summary.tables.map((t) => t.name)).toEqual(order);
    for (const { name, rows } of summary.tables) {
      const onServer = (await client.query(`SELECT count(*)::int AS n FROM "${name}"`)).rows[0].n;
      const inFile = file.prepare(`SELECT count(*) FROM "${name}"`).pluck().get();
      expect({ name, onServer, copied: rows }).toEqual({ name, onServer: inFile, copied: inFile });
    }
    const walkouts = summary.tables.find((t) => t.name === 'walkouts');
    expect(walkouts?.rows).toBe(600);
    const odd = (await client.query('SELECT last_name FROM prospects WHERE id = 1')).rows[0].last_name;
    expect(odd).toBe("O'Brien\\back\ttab\nline");
  });

  it('has every index, trigger and constraint a migrated database has', async () => {
    const { client: migrated } = await emptyTarget('migrated');
    const shape = async (c: pg.Client) =>
      (
        await c.query<{ d: string }>(
          `SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public'
           UNION ALL SELECT tgname || ' ' || tgenabled::text FROM pg_trigger WHERE NOT tgisinternal
           UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
           ORDER BY 1`,
        )
      ).rows.map((r) => r.d);
    const expected = await shape(migrated);
    expect(expected.filter((d) => d.includes('ON public.walkouts')).length).toBeGreaterThan(5);
    expect(await shape(clients[0])).toEqual(expected);
  });

  it('reports progress up to every row of the file', () => {
    const total = summary.tables.reduce((s, t) => s + t.rows, 0);
    expect(progress.at(-1)).toEqual({ table: summary.tables.at(-1)?.name, rows: total, totalRows: total });
    const rows = progress.map((p) => p.rows);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it('answers the dashboard, every calendar and the commissions as the file does', async () => {
    const onFile = ownerCaller(sqliteStore(file));
    const pgStore = postgresStore(openPgPool({ connectionString: moved.url }));
    stores.push(pgStore);
    const onServer = ownerCaller(pgStore);
    const span = (preset: PeriodPreset) => {
      const p = presetPeriod(preset, NOW, TZ);
      const before = previousPeriod(preset, p, TZ);
      return { ...p, previousFrom: before.from, previousTo: before.to };
    };
    const year = span('year');
    const quarter = span('quarter');
    const month = span('month');
    const inputs = [
      { ...year, granularity: 'month' },
      { ...quarter, granularity: 'week' },
      { ...month, granularity: 'week', category: 'Truck' },
      { ...year, granularity: 'month', objection: 'price' },
      { ...year, granularity: 'month', employeeId: 3 },
    ];
    const walkoutsSeen: number[] = [];
    for (const input of inputs) {
      const server = (await onServer('dashboard.figures', input)) as { headline: { walkouts: number } };
      expect(server).toEqual(await onFile('dashboard.figures', input));
      walkoutsSeen.push(server.headline.walkouts);
    }
    // The figures compared are real ones, not empty answers.
    expect(walkoutsSeen.every((n) => n > 0)).toBe(true);
    const employees = file.prepare('SELECT id FROM employees ORDER BY id').pluck().all() as number[];
    expect(employees).toHaveLength(5);
    for (const employeeId of employees) {
      expect(await onServer('calendar.day', { employeeId })).toEqual(
        await onFile('calendar.day', { employeeId }),
      );
    }
    const commissions = { from: year.from, to: year.to };
    const listed = await onServer('commissions.list', commissions);
    expect(listed).toEqual(await onFile('commissions.list', commissions));
  }, 60_000);

  it('hands out ids after the copied ones', async () => {
    const client = clients[0];
    const last = file.prepare('SELECT max(id) FROM reasons').pluck().get() as number;
    const r = await client.query(
      `INSERT INTO reasons (text, category, created_at) VALUES ('After the move', 'new_policy', 0) RETURNING id`,
    );
    expect(r.rows[0].id).toBe(last + 1);
  });
});

describe('refusals', () => {
  it('refuses a database that already holds a store, and writes nothing', async () => {
    const { client } = await emptyTarget('migrated');
    const before = (await client.query('SELECT count(*)::int AS n FROM employees')).rows[0].n;
    await expect(copySqliteToPg(file, client)).rejects.toThrow(
      `This server database already holds a BeBack store (schema ${LATEST_VERSION}). ` +
        'A store is moved into an empty database only; join this one instead, or choose an empty database.',
    );
    expect((await client.query('SELECT count(*)::int AS n FROM employees')).rows[0].n).toBe(before);
    expect(before).toBe(0);
  });

  it('refuses a database holding other tables', async () => {
    const { client } = await emptyTarget();
    await client.query('CREATE TABLE invoices (id int)');
    await expect(copySqliteToPg(file, client)).rejects.toThrow(
      'This database already holds other tables (invoices) and is not a BeBack store. Use an empty database.',
    );
    expect(await userTables(client)).toEqual(['invoices']);
  });

  it('rolls the whole copy back when the check before COMMIT finds the sides differ', async () => {
    const { client } = await emptyTarget();
    let checked: { server: number; file: number } | undefined;
    await expect(
      copySqliteToPg(file, client, undefined, async (inCopy, snapshot) => {
        // The check sees the copied rows, not yet committed, beside the file's snapshot.
        const r = await inCopy.query<{ n: number }>('SELECT count(*) AS n FROM walkouts');
        checked = {
          server: r.rows[0].n,
          file: Number(snapshot.prepare('SELECT count(*) FROM walkouts').pluck().get()),
        };
        throw new MoveToServerError('The sides differ.');
      }),
    ).rejects.toThrow('The sides differ.');
    expect(checked).toEqual({ server: 600, file: 600 });
    expect(await userTables(client)).toEqual([]);
    expect(await pgSchemaVersion(client)).toBe(0);
  });

  it('leaves the target empty when the copy fails midway', async () => {
    // A follow-up pointing at a walkout that is not there: the file allows it with foreign keys off, the
    // server's foreign key refuses it when the follow_ups table is copied, after several tables went in.
    file.exec(`VACUUM INTO '${join(dir, 'broken-copy.sqlite')}'`);
    const copy = openDatabase(join(dir, 'broken-copy.sqlite'));
    copy.pragma('foreign_keys = OFF');
    copy.exec('UPDATE follow_ups SET walkout_id = 999999 WHERE id = (SELECT min(id) FROM follow_ups)');
    const { client } = await emptyTarget();
    const seen: string[] = [];
    try {
      await expect(copySqliteToPg(copy, client, (p) => seen.push(p.table))).rejects.toThrow(
        /^The copy stopped at table follow_ups: insert or update on table "follow_ups" violates foreign key constraint .*\. Nothing was written to the server\.$/,
      );
    } finally {
      copy.close();
    }
    expect(new Set(seen).size).toBeGreaterThan(3);
    expect(await userTables(client)).toEqual([]);
    expect(await pgSchemaVersion(client)).toBe(0);
  });
});
