// The one async data layer over both engines: Kysely over the embedded SQLite file (better-sqlite3) or a
// store server (PostgreSQL through `pg`). Repos take the executor they run on (the store's `db`, or the `tx`
// a service's transaction hands them) and speak SQL through Kysely's `sql` tag, which binds parameters the
// way each engine wants; services write with `await store.transaction(async (tx) => …)`.
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  type RawBuilder,
  SqliteDialect,
  sql,
  type Transaction,
} from 'kysely';
import type { ClientBase, Pool } from 'pg';
import type { Db } from './open';
import { retryingConflicts } from './pg/retry';
import { prepared } from './prepared';
import { shapedRows } from './rowShape';

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
    transaction: (fn) =>
      db.transaction().execute(async (tx) => {
        held.set(tx, connection);
        try {
          return await fn(tx);
        } finally {
          held.delete(tx); // an ended transaction's queries go back to Kysely, which refuses them
        }
      }),
    close: () => db.destroy(),
  };
}

/**
 * The SQLite connection a transaction holds while its body runs. The helpers below run a query of that
 * transaction straight on the connection's prepared statement: Kysely's executor (connection provider,
 * plugins, result transform, a promise per step) cost more than most of our statements do. Outside a
 * transaction queries still go through Kysely, whose connection lock keeps them out of an open transaction.
 */
const held = new WeakMap<Executor, Db>();

/** What a query answered: its rows, and for a write how many rows it changed. */
interface Answer<T> {
  rows: T[];
  numAffectedRows?: bigint | number;
}

/**
 * The pool under a store server's `db`. A hot read given a name runs there as a named prepared statement:
 * each connection parses and plans it once, and after a few runs PostgreSQL keeps one generic plan instead of
 * planning the joins again every time (2–9 ms for the day calendar's, more than its execution). Only reads
 * outside a transaction take this path (a transaction's connection is Kysely's); a named query must be
 * written so its generic plan is a good one (a LIMIT inside, not after the joins) and list its columns, so
 * a column added later cannot change what a prepared statement answers.
 */
const pools = new WeakMap<Executor, Pool>();

/** A query through Kysely, or on the connection a SQLite transaction holds, the way Kysely's driver runs it. */
async function execute<T>(ex: Executor, query: RawBuilder<T>, name?: string): Promise<Answer<T>> {
  const connection = held.get(ex);
  const pool = name ? pools.get(ex) : undefined;
  if (pool && name) {
    const { sql: text, parameters } = query.compile(ex);
    const result = await pool.query({ name, text, values: [...parameters] });
    return { rows: result.rows as T[] };
  }
  if (!connection) return query.execute(ex);
  const { sql: text, parameters } = query.compile(ex);
  const statement = prepared(connection, text);
  if (statement.reader) return { rows: shapedRows(statement, parameters) as T[] };
  return { rows: [], numAffectedRows: statement.run(parameters).changes };
}

/** A store over a `pg` pool (see pg/pool.ts for the type parsers); closing the store ends the pool. */
export function postgresStore(pool: Pool): Store {
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, pool);
  return {
    engine: 'postgres',
    db,
    sqlite: null,
    // A transaction PostgreSQL ended as a deadlock's victim wrote nothing: it runs again (pg/retry.ts).
    transaction: (fn) => retryingConflicts(() => db.transaction().execute(fn)),
    close: () => db.destroy(),
  };
}

/**
 * The same store seen from inside one of its transactions: every transaction a service opens on it is
 * that one (a seed that works many service calls into one commit).
 */
export function withinTransaction(store: Store, tx: Transaction<Tables>): Store {
  return { ...store, db: tx, transaction: (fn) => fn(tx) };
}

/**
 * A store seen through a transaction its caller opened by hand (the move's copy holds one on each engine):
 * every query, and every transaction a service opens, runs in it, so a check sees rows not yet committed.
 * Closing it leaves the connection and its transaction to their owner.
 */
export function storeInOpenTransaction(engine: Engine, connection: Db | Pick<ClientBase, 'query'>): Store {
  let store: Store;
  if (engine === 'sqlite') {
    store = sqliteStore(connection as Db);
  } else {
    const client = connection as ClientBase;
    const query = client.query.bind(client);
    // Kysely borrows a client from a pool per query; this pool lends the one connection, and never ends it.
    const pool = { connect: async () => ({ query, release: () => {} }), query, end: async () => {} };
    store = postgresStore(pool as unknown as Pool);
  }
  return withinTransaction(store, store.db as unknown as Transaction<Tables>);
}

/**
 * `column = value`, or every row when the filter is unset (NULL). One form whatever the value, so each
 * query keeps one plan.
 */
export function matches(column: string, value: string | number | null): RawBuilder<unknown> {
  // The cast names the parameter's type, which PostgreSQL cannot tell from `? IS NULL` alone.
  return sql`(CAST(${value} AS TEXT) IS NULL OR ${sql.raw(column)} = ${value})`;
}

/** The values of an `IN (…)` list; an empty list matches nothing. */
export function inList(values: readonly (number | string)[]): RawBuilder<unknown> {
  return values.length === 0 ? sql`NULL` : sql.join([...values]);
}

/**
 * Many rows in statements of a few hundred (engine-neutral, and far faster than a statement per row):
 * `head` is `INSERT INTO t (columns)`, `values(item, i)` one row's values in that order, `tail` an optional
 * ON CONFLICT. The values are bound as a flat list rather than built into the query one by one: at a
 * hundred thousand rows of twenty values that is most of the time. Answers how many rows were written.
 */
export async function insertRows<T>(
  ex: Executor,
  head: RawBuilder<unknown>,
  items: readonly T[],
  values: (item: T, index: number) => readonly unknown[],
  tail: RawBuilder<unknown> = sql``,
): Promise<number> {
  const text = `${head.compile(ex).sql} VALUES `;
  const end = tail.compile(ex).sql;
  // The engine's placeholder: `?` on SQLite, `$1`, `$2`… on PostgreSQL.
  const numbered = sql`${0}`.compile(ex).sql !== '?';
  let written = 0;
  for (let from = 0; from < items.length; from += ROWS_PER_INSERT) {
    const parameters: unknown[] = [];
    const rows: string[] = [];
    const last = Math.min(items.length, from + ROWS_PER_INSERT);
    for (let i = from; i < last; i++) {
      const row = values(items[i] as T, i);
      const marks = row.map((v) => {
        parameters.push(v);
        return numbered ? `$${parameters.length}` : '?';
      });
      rows.push(`(${marks.join(', ')})`);
    }
    const result = await ex.executeQuery(CompiledQuery.raw(`${text}${rows.join(', ')} ${end}`, parameters));
    written += Number(result.numAffectedRows ?? 0);
  }
  return written;
}

/** Rows per multi-row insert: at 21 values a row, well under SQLite's 32 766 bound parameters. */
const ROWS_PER_INSERT = 500;

/**
 * Every row as an array of its column values, for reads of a hundred thousand rows where building an
 * object per row is most of the time. Call it inside a transaction (`tx`) of the store whose connection
 * `sqlite` is: sqlite: better-sqlite3's raw mode on that one connection, which the transaction holds.
 * Without a SQLite connection (PostgreSQL) the rows are read through `tx` as usual.
 */
export async function allArrays<T extends unknown[]>(
  tx: Executor,
  sqlite: Db | null,
  query: RawBuilder<unknown>,
): Promise<T[]> {
  if (!sqlite) return (await all(tx, query)).map((r) => Object.values(r as object) as T);
  const { sql: text, parameters } = query.compile(tx);
  const statement = prepared(sqlite, text);
  try {
    return statement.raw(true).all(parameters) as T[];
  } finally {
    statement.raw(false);
  }
}

/**
 * Every row of a hot read as an array of its column values, in the SELECT's order: for a few hundred wide
 * rows, building an object per row (and reading it back by name) is a good part of the call. `name` as for
 * `all`: on a store server the named prepared statement answers arrays (`rowMode: 'array'`, so `pg` builds
 * no row objects); in a SQLite transaction the statement runs in better-sqlite3's raw mode. Elsewhere the
 * rows come through Kysely as objects and are read back in order, so the columns need distinct names.
 */
export async function allTuples<T extends unknown[]>(
  ex: Executor,
  query: RawBuilder<unknown>,
  name: string,
): Promise<T[]> {
  const pool = pools.get(ex);
  const connection = held.get(ex);
  if (!pool && !connection) return (await query.execute(ex)).rows.map((r) => Object.values(r as object) as T);
  const { sql: text, parameters } = query.compile(ex);
  if (pool)
    return (await pool.query({ name, text, values: [...parameters], rowMode: 'array' }))
      .rows as unknown[] as T[];
  const statement = prepared(connection as Db, text);
  try {
    return statement.raw(true).all(parameters) as T[];
  } finally {
    statement.raw(false);
  }
}

/**
 * Every row a query returns. `name` (one per query text) makes a hot read a prepared statement on a store
 * server (see `pools` above); SQLite prepares every statement anyway.
 */
export async function all<T>(ex: Executor, query: RawBuilder<T>, name?: string): Promise<T[]> {
  return (await execute(ex, query, name)).rows;
}

/** The first row, or undefined. */
export async function one<T>(ex: Executor, query: RawBuilder<T>): Promise<T | undefined> {
  return (await execute(ex, query)).rows[0];
}

/** An `INSERT … RETURNING id`: the new row's id. */
export async function insertedId(ex: Executor, query: RawBuilder<{ id: number }>): Promise<number> {
  const row = (await execute(ex, query)).rows[0];
  if (!row) throw new Error('The insert returned no id.');
  return Number(row.id);
}

/** A write; answers how many rows it changed. */
export async function run(ex: Executor, query: RawBuilder<unknown>): Promise<number> {
  return Number((await execute(ex, query)).numAffectedRows ?? 0);
}
