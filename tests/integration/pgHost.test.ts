// The store on a store server as the doors open it (bootServices with `pg`): refused in words when the
// database is not one this app may use (nothing written), migrated and seeded on a first start, and its
// backups made, verified, rotated and scheduled as on SQLite, with an honest answer for restore.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/db/backups/backupFiles';
import { readBackup, restorePg } from '../../electron/db/pg/logicalBackup';
import { LATEST_VERSION, pgSchemaVersion } from '../../electron/db/pg/migrate';
import { numberTypes } from '../../electron/db/pg/pool';
import { restoreCommand } from '../../electron/db/pg/restoreCommand';
import { bootServices } from '../../electron/services/boot';
import { HOST_NOW } from '../support/hostStore';
import { freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';
import { createPgTeam, openPgHostStore, type PgHostStore } from '../support/pgHostStore';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function database(template: 'migrated' | 'empty'): Promise<PgTestDatabase> {
  const db = await freshPgDatabase(template);
  cleanups.push(() => db.drop());
  return db;
}

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, types: numberTypes });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Waits until nothing moves the server's transaction counter any more: a write's note to the other PCs
 * (pg_notify, sent just after the write answers) is a transaction of its own.
 */
async function settled(url: string): Promise<void> {
  const mark = async () =>
    (await query<{ n: string }>(url, 'SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS n'))[0].n;
  let last = await mark();
  for (let i = 0; i < 50; i++) {
    await new Promise((wait) => setTimeout(wait, 150));
    const now = await mark();
    if (now === last) return;
    last = now;
  }
}

async function hostOn(db: PgTestDatabase): Promise<PgHostStore> {
  await createPgTeam(db.url);
  const store = await openPgHostStore(db.url);
  cleanups.push(() => store.dispose());
  return store;
}

const boot = (url: string) =>
  bootServices({
    dbPath: join(tmpdir(), 'never-written.sqlite'),
    pg: { connectionString: url },
    backupsDir: join(tmpdir(), 'never-written-backups'),
    startupBackup: false,
    backupIntervalMs: 0,
    log: () => {},
  });

describe('opening a store server', () => {
  it('migrates an empty database and seeds the demo store on a first start', async () => {
    const db = await database('empty');
    const dir = mkdtempSync(join(tmpdir(), 'beback-pghost-demo-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const services = await bootServices({
      dbPath: join(dir, 'beback.sqlite'),
      pg: { connectionString: db.url },
      seedDemoIfEmpty: true,
      now: () => HOST_NOW,
      startupBackup: true,
      backupIntervalMs: 0,
    });
    cleanups.push(() => services.close());
    expect(services.connectionString).toBe(db.url);
    const employees = await services.router.call('s', 'auth.employees', {});
    expect(employees.ok && (employees.value as unknown[]).length).toBeGreaterThan(0);
    const [version] = await query<{ version: number }>(db.url, 'SELECT version FROM beback_schema');
    expect(version.version).toBe(LATEST_VERSION);
    // The start-up backup lands in backups-pg/<database> beside the file path the PC would use.
    const startup = await (services as unknown as { startupBackup: Promise<{ reason: string } | null> })
      .startupBackup;
    expect(startup?.reason).toBe('startup');
    expect(listBackups(join(dir, 'backups-pg', db.name)).map((b) => b.reason)).toEqual(['startup']);
  }, 180_000); // the demo store is a few thousand rows, over loopback one statement batch at a time

  it('refuses a database written by a newer BeBack, in words, and writes nothing', async () => {
    const db = await database('migrated');
    await query(db.url, `UPDATE beback_schema SET version = ${LATEST_VERSION + 1}`);
    await expect(boot(db.url)).rejects.toThrow(
      `This database was written by a newer BeBack (schema ${LATEST_VERSION + 1}; this app knows up to ${LATEST_VERSION}). Update BeBack on this PC first.`,
    );
    const [employees] = await query<{ n: number }>(db.url, 'SELECT count(*) AS n FROM employees');
    expect(employees.n).toBe(0);
  });

  it("refuses a database holding someone else's tables and leaves it as it was", async () => {
    const db = await database('empty');
    await query(db.url, 'CREATE TABLE parts (id int)');
    await expect(boot(db.url)).rejects.toThrow(
      `The database "${db.name}" already holds 1 other table and is not a BeBack store. Use an empty database.`,
    );
    const tables = await query<{ tablename: string }>(
      db.url,
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
    );
    expect(tables.map((t) => t.tablename)).toEqual(['parts']);
  });

  it('says a server that cannot be reached is unreachable', async () => {
    await expect(boot('postgres://postgres@127.0.0.1:1/beback')).rejects.toThrow(
      'The store server at 127.0.0.1:1 cannot be reached. Check that the server PC is on, the address and port are right, and its firewall lets this PC in.',
    );
  });
});

describe('two PCs on one store server', () => {
  it("each host listens for the other's writes: B is told of A's walkout", async () => {
    const db = await database('migrated');
    await createPgTeam(db.url);
    const a = await openPgHostStore(db.url);
    cleanups.push(() => a.dispose());
    const b = await openPgHostStore(db.url);
    cleanups.push(() => b.dispose());
    const { cursor } = await b.as('Sam Staff', 'app.changes', { since: 0 });
    await a.logWalkout('Ann');
    let groups: string[] = [];
    for (let i = 0; i < 100 && !groups.includes('walkouts'); i++) {
      await new Promise((wait) => setTimeout(wait, 50));
      groups = (await b.as('Sam Staff', 'app.changes', { since: cursor })).groups;
    }
    expect(groups).toContain('walkouts');
  });
});

describe('backups on a store server', () => {
  it('Settings → Store database names this server, and a server PC has no built-in store to move', async () => {
    const db = await database('migrated');
    const store = await hostOn(db);
    const url = new URL(db.url);
    const status = await store.as('Olive Owner', 'storeDatabase.status', {});
    expect(status.current).toEqual({
      kind: 'server',
      host: url.hostname,
      port: Number(url.port),
      database: db.name,
      user: decodeURIComponent(url.username),
    });
    const other = await database('empty');
    const o = new URL(other.url);
    const refused = await store.failAs('Olive Owner', 'storeDatabase.move', {
      host: o.hostname,
      port: Number(o.port),
      database: other.name,
      user: decodeURIComponent(o.username),
      password: '',
      tls: 'off',
    });
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message:
        'This PC already uses a store server: there is no built-in store to move. Join the other server instead.',
    });
  });

  it('"Back up now" makes a verified logical backup that restores into an empty database', async () => {
    const store = await hostOn(await database('migrated'));
    await store.logWalkout('Ann');
    await store.logWalkout('Bea');
    const made = await store.as('Olive Owner', 'backups.create', {});
    expect(made).toMatchObject({ reason: 'manual', walkouts: 2, verified: true, problem: null });
    expect(made.schemaVersion).toBe(LATEST_VERSION);
    const file = join(store.backupsDir, `beback-${made.id}.pgbackup`);
    const read = await readBackup(file);
    expect(read.tables.find((t) => t.name === 'walkouts')?.rows).toBe(2);
    expect(read.tables.find((t) => t.name === 'employees')?.rows).toBe(3);
    const list = await store.as('Max Manager', 'backups.list', {});
    expect(list.backups.map((b) => b.id)).toEqual([made.id]);
    expect(list.folder).toBe(store.backupsDir);
    expect((await store.failAs('Sam Staff', 'backups.list', {})).code).toBe('NOT_ALLOWED');

    const target = await database('empty');
    const client = new pg.Client({ connectionString: target.url, types: numberTypes });
    await client.connect();
    try {
      await restorePg(client, file);
      expect(await pgSchemaVersion(client)).toBe(LATEST_VERSION);
      expect((await client.query('SELECT count(*) AS n FROM walkouts')).rows[0].n).toBe(2);
    } finally {
      await client.end();
    }
  });

  it('restore explains how a store-server backup is restored, and restores nothing', async () => {
    const store = await hostOn(await database('migrated'));
    await store.logWalkout('Ann');
    const made = await store.as('Olive Owner', 'backups.create', {});
    await store.logWalkout('Bea');
    const words = `A store server backup is restored into a new, empty database, never over the store in use. Create an empty database on the server, restore the backup file into it (npm run restore:pg -- --pg <address of the empty database> <backup file>), then point every PC at it. The backup files are in ${store.backupsDir}.`;
    // The screen says so before anyone presses a button; the channel refuses in the same words.
    expect((await store.as('Olive Owner', 'backups.list', {})).restoreElsewhere).toBe(words);
    const refused = await store.failAs('Olive Owner', 'backups.restore', { backupId: made.id });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: words });
    const [walkouts] = await query<{ n: number }>(store.url, 'SELECT count(*) AS n FROM walkouts');
    expect(walkouts.n).toBe(2);
  });

  it('"Save a copy" writes the backup file under a name that says what it is', async () => {
    const store = await hostOn(await database('migrated'));
    const made = await store.as('Olive Owner', 'backups.create', {});
    const folder = mkdtempSync(join(tmpdir(), 'beback-stick-'));
    cleanups.push(async () => rmSync(folder, { recursive: true, force: true }));
    const copy = await store.as('Olive Owner', 'backups.saveCopy', { backupId: made.id, folder });
    expect(copy).toEqual({
      path: join(folder, `BeBack backup ${made.id}.pgbackup`),
      sizeBytes: made.sizeBytes,
    });
    expect((await readBackup(copy.path)).schemaVersion).toBe(LATEST_VERSION);
  });

  it('the scheduled and quit backups run only when a PC wrote since the last one', async () => {
    const store = await hostOn(await database('migrated'));
    expect(await store.host.runScheduledBackup()).toBeNull(); // nothing written since the store opened
    await store.logWalkout('Ann');
    await settled(store.url);
    store.clock.now += 15 * 60_000;
    const scheduled = await store.host.runScheduledBackup();
    expect(scheduled).toMatchObject({ reason: 'scheduled', counts: { walkouts: 1 }, verified: true });
    store.clock.now += 15 * 60_000;
    expect(await store.host.runScheduledBackup()).toBeNull();
    // Another PC's write counts too: it moves the server's transaction counter.
    await query(store.url, `UPDATE employees SET name = name WHERE name = 'Max Manager'`);
    store.clock.now += 15 * 60_000;
    expect(await store.host.runScheduledBackup()).toMatchObject({ reason: 'scheduled' });
    await store.logWalkout('Bea');
    store.clock.now += 60_000;
    await store.host.close();
    const reasons = listBackups(store.backupsDir).map((b) => [b.reason, b.counts.walkouts]);
    expect(reasons).toEqual([
      ['quit', 2],
      ['scheduled', 1],
      ['scheduled', 1],
    ]);
  });

  it('keeps the same rotation as on SQLite: the newest four of today', async () => {
    const store = await hostOn(await database('migrated'));
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      store.clock.now += 60_000;
      ids.push((await store.as('Olive Owner', 'backups.create', {})).id);
    }
    expect(listBackups(store.backupsDir).map((b) => b.id)).toEqual(ids.slice(2).reverse());
    for (const id of ids.slice(0, 2))
      expect(existsSync(join(store.backupsDir, `beback-${id}.pgbackup`))).toBe(false);
  });

  it('npm run restore:pg puts a backup into an empty database, and refuses one that holds a store', async () => {
    const store = await hostOn(await database('migrated'));
    await store.logWalkout('Ann');
    const made = await store.as('Olive Owner', 'backups.create', {});
    const file = join(store.backupsDir, `beback-${made.id}.pgbackup`);
    const target = await database('empty');
    const port = new URL(target.url).port;
    expect(await restoreCommand(['--pg', target.url, file])).toBe(
      `Restored 1 walkout into 127.0.0.1:${port}/${target.name}. Point every PC at this database.`,
    );
    const [walkouts] = await query<{ n: number }>(target.url, 'SELECT count(*) AS n FROM walkouts');
    expect(walkouts.n).toBe(1);
    await expect(restoreCommand(['--pg', target.url, file])).rejects.toThrow(
      `The database "${target.name}" already holds a BeBack store; a backup is restored into an empty database only.`,
    );
    const notABackup = join(store.backupsDir, 'notes.txt');
    writeFileSync(notABackup, 'hello\n');
    const other = await database('empty');
    await expect(restoreCommand(['--pg', other.url, notABackup])).rejects.toThrow(
      'This file is not a BeBack store-server backup.',
    );
    const [tables] = await query<{ n: number }>(
      other.url,
      `SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`,
    );
    expect(tables.n).toBe(0);
    await expect(restoreCommand([file])).rejects.toThrow('Say which empty database and which backup file.');
  });
});
