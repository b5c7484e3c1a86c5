// The one async data layer over both engines: Kysely over the embedded SQLite file (better-sqlite3) or a
// store server (PostgreSQL through `pg`). Repos take the executor they run on (the store's `db`, or the `tx`
// a service's transaction hands them) and speak SQL through Kysely's `sql` tag, which binds parameters the
// way each engine wants; services write with `await store.transaction(async (tx) => …)`.
import { Kysely, PostgresDialect, type RawBuilder, SqliteDialect, type Transaction } from 'kysely';
import type { Pool } from 'pg';
import type { Db } from './open';
import { prepared } from './prepared';

export type Engine = 'sqlite' | 'postgres';

// Queries are written in SQL, so the builder's table types are not used; `any` keeps Kysely untyped here.
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Tables = any;
export type Executor = Kysely<Tables> | Transaction<Tables>;

export interface Store {
  engine: Engine;
  /** For reads and single-statement writes outside a transaction. */
  db: Kysely<Tables>;
  /**
   * One transaction. Inside it, await only the database: on SQLite the whole body then runs before any other
   * request is served (better-sqlite3 answers synchronously), which is what keeps its one connection's
   * transactions apart.
   */
  transaction<T>(fn: (tx: Transaction<Tables>) => Promise<T>): Promise<T>;
  /** The SQLite connection underneath, for what only SQLite has (backups, pragmas); null on PostgreSQL. */
  sqlite: Db | null;
  close(): Promise<void>;
}

/** A store over an open better-sqlite3 connection; the caller keeps owning (and closes) the connection. */
export function sqliteStore(connection: Db): Store {
  const db = new Kysely<Tables>({
    dialect: new SqliteDialect({
      // Statements stay prepared per connection (preparing costs more than running most of our queries).
      database: { prepare: (text: string) => prepared(connection, text), close: () => {} },
    }),
  });
  return {
    engine: 'sqlite',
    db,
    sqlite: connection,
    transaction: (fn) => db.transaction().execute(fn),
    close: () => db.destroy(),
  };
}

/** A store over a `pg` pool (see pg/pool.ts for the type parsers); closing the store ends the pool. */
export function postgresStore(pool: Pool): Store {
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return {
    engine: 'postgres',
    db,
    sqlite: null,
    transaction: (fn) => db.transaction().execute(fn),
    close: () => db.destroy(),
  };
}

/** Every row a query returns. */
export async function all<T>(ex: Executor, query: RawBuilder<T>): Promise<T[]> {
  return (await query.execute(ex)).rows;
}

/** The first row, or undefined. */
export async function one<T>(ex: Executor, query: RawBuilder<T>): Promise<T | undefined> {
  return (await query.execute(ex)).rows[0];
}

/** A write; answers how many rows it changed. */
export async function run(ex: Executor, query: RawBuilder<unknown>): Promise<number> {
  return Number((await query.execute(ex)).numAffectedRows ?? 0);
}
