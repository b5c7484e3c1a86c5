// A real store for integration tests: temp-file SQLite, the real router, a clock the test moves.
// Team PINs are hashed once into a template file (scrypt is deliberately slow) and copied per test.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { type Db, openDatabase } from '../../electron/db/open';
import { openPgPool } from '../../electron/db/pg/pool';
import { type Store as DataStore, postgresStore, sqliteStore } from '../../electron/db/store';
import { createServices } from '../../electron/services';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/channels';
import type { AppError, Result } from '../../shared/contract/result';
import { createTeam } from '../support/createTeam';
import { freshPgDatabase, type PgTestDatabase, pgTemplateFrom } from '../support/pgDatabase';
import { pgSyncDb } from '../support/pgSyncQuery';
import { countWrites } from '../support/pgWriteCount';

/** The engine the integration tests run on: BEBACK_TEST_ENGINE=postgres is the store server's. */
export const ENGINE: DataStore['engine'] =
  process.env.BEBACK_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

/** Monday 23 Nov 2026, 10:00 in America/Chicago: the store is open. */
export const MONDAY_10AM = Date.parse('2026-11-23T10:00:00-06:00');

export const TEAM = [
  { name: 'Olive Owner', role: 'owner', pin: '1111' },
  { name: 'Max Manager', role: 'manager', pin: '2222' },
  { name: 'Sam Staff', role: 'staff', pin: '3333', saveProgram: true },
  { name: 'Tia Staff', role: 'staff', pin: '4444' },
] as const;
export type TeamName = (typeof TEAM)[number]['name'];

let templateDir: string | null = null;
// The template lives as long as the test file that made it (each file has its own copy of this module).
afterAll(() => {
  if (templateDir) rmSync(templateDir, { recursive: true, force: true });
  templateDir = null;
});

async function template(): Promise<string> {
  if (templateDir) return join(templateDir, 'template.sqlite');
  templateDir = mkdtempSync(join(tmpdir(), 'beback-int-template-'));
  const path = join(templateDir, 'template.sqlite');
  const db = openDatabase(path);
  await createTeam(db, TEAM, () => MONDAY_10AM);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return path;
}

let pgTeamTemplate: Promise<string> | null = null;

/** A server database holding the team, once per test process; each test copies it. */
function pgTemplate(): Promise<string> {
  pgTeamTemplate ??= (async () => {
    const db = await freshPgDatabase();
    const pool = openPgPool({ connectionString: db.url });
    const store = postgresStore(pool);
    await createTeam(store, TEAM, () => MONDAY_10AM);
    await store.close();
    return pgTemplateFrom(db);
  })();
  return pgTeamTemplate;
}

export interface Store {
  /** The database as the test reads it: the SQLite file, or the server database through psql. */
  db: Db;
  /** The data layer the services run on, for fixtures that write as the app does, on either engine. */
  data: DataStore;
  path: string;
  clock: { now: number };
  ids: Record<TeamName, number>;
  /** Calls the router as `who` (signed in on first use) and returns the value or throws the AppError. */
  as<C extends ChannelName>(who: TeamName, channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  /** Same call, returning the failure; throws if the call unexpectedly succeeded. */
  failAs<C extends ChannelName>(who: TeamName, channel: C, input: unknown): Promise<AppError>;
  /** The router's whole answer to `who` (signed in), success or failure, for tests that check either. */
  result(who: TeamName, channel: ChannelName, input: unknown): Promise<Result<unknown>>;
  raw(
    session: string,
    channel: string,
    input: unknown,
  ): ReturnType<ReturnType<typeof createServices>['router']['call']>;
  count(table: string): number;
  /** Rows written so far by the app's connection(s), rolled back or not: SQLite's total_changes(). */
  writes(): number;
  /** Closes and reopens the database file, as a restart of the app would. */
  restart(): void;
  close(): void;
}

export async function openStore(): Promise<Store> {
  return ENGINE === 'postgres' ? openPgStore() : openSqliteStore();
}

interface Engine {
  db: Db;
  data: DataStore;
  writes(): number;
  restart(): Promise<DataStore>;
  close(): Promise<void>;
  path: string;
}

async function openSqliteStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'beback-int-'));
  const path = join(dir, 'store.sqlite');
  copyFileSync(await template(), path);
  let db = openDatabase(path);
  const engine: Engine = {
    get db() {
      return db;
    },
    data: sqliteStore(db),
    writes: () => Number(db.prepare('SELECT total_changes()').pluck().get()),
    path,
    async restart() {
      db.close();
      db = openDatabase(path);
      return sqliteStore(db);
    },
    async close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return storeOver(engine);
}

async function openPgStore(): Promise<Store> {
  const database: PgTestDatabase = await freshPgDatabase(await pgTemplate());
  let pool = openPgPool({ connectionString: database.url });
  const written = { n: 0 };
  countWrites(pool, written);
  const reader = pgSyncDb(database.url) as unknown as Db;
  const engine: Engine = {
    db: reader,
    data: postgresStore(pool),
    writes: () => written.n,
    path: database.url,
    async restart() {
      await pool.end();
      pool = openPgPool({ connectionString: database.url });
      countWrites(pool, written);
      return postgresStore(pool);
    },
    async close() {
      await pool.end();
      await database.drop();
    },
  };
  return storeOver(engine);
}

async function storeOver(engine: Engine): Promise<Store> {
  const clock = { now: MONDAY_10AM };
  const onInternalError = (channel: string, err: unknown) =>
    console.error(`INTERNAL ${channel}: ${err instanceof Error ? err.message : String(err)}`);
  let services = createServices({ store: engine.data, now: () => clock.now, onInternalError });
  let signedIn = new Set<string>();
  const ids = Object.fromEntries(
    (engine.db.prepare('SELECT id, name FROM employees').all() as { id: number; name: string }[]).map((e) => [
      e.name,
      e.id,
    ]),
  ) as Record<TeamName, number>;

  // PIN sign-in has its own tests (auth.test.ts); here a session is opened directly to skip scrypt, and
  // again before every call: tests move the clock by days, past the idle time that ends a session.
  async function ensureSignedIn(who: TeamName) {
    services.sessions.signIn(who, ids[who]);
    signedIn.add(who);
  }

  let data = engine.data;
  let restarting: Promise<void> = Promise.resolve();
  const store: Store = {
    get db() {
      return engine.db;
    },
    get data() {
      return data;
    },
    path: engine.path,
    clock,
    ids,
    async as(who, channel, input) {
      await restarting;
      await ensureSignedIn(who);
      const r = await services.router.call(who, channel, input);
      if (!r.ok) throw Object.assign(new Error(`${channel}: ${r.error.code} ${r.error.message}`), r.error);
      return r.value as never;
    },
    async failAs(who, channel, input) {
      await restarting;
      await ensureSignedIn(who);
      const r = await services.router.call(who, channel, input);
      if (r.ok) throw new Error(`${channel} was expected to fail but succeeded`);
      return r.error;
    },
    async result(who, channel, input) {
      await restarting;
      await ensureSignedIn(who);
      return services.router.call(who, channel, input);
    },
    raw: async (session, channel, input) => {
      await restarting;
      return services.router.call(session, channel, input);
    },
    count: (table) =>
      Number((engine.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n),
    writes: () => engine.writes(),
    restart() {
      restarting = engine.restart().then((reopened) => {
        data = reopened;
        services = createServices({ store: data, now: () => clock.now, onInternalError });
        signedIn = new Set();
      });
    },
    close() {
      void engine.close();
    },
  };
  await restarting;
  return store;
}

/** A minimal valid counter entry; override what the test is about. */
export function walkoutInput(over: Partial<InputOf<'walkouts.create'>> = {}): InputOf<'walkouts.create'> {
  return {
    prospect: { firstName: 'Rosa', lastName: 'Diaz', phone: '(312) 555-0142', email: '' },
    product: 'Kubota BX2380 tractor',
    category: 'Tractors',
    priceQuotedCents: 1_899_900,
    closeness: 4,
    objection: 'price',
    ...over,
  };
}
