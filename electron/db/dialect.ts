// The few places SQLite and PostgreSQL spell a thing differently, each as one small helper, so a repo
// writes one statement for both engines. Everything else in the repos is standard SQL.
import { PostgresAdapter, type RawBuilder, sql } from 'kysely';
import type { Executor } from './store';

/** The engine an executor (the store's `db` or a transaction) runs on. */
export function isPostgres(ex: Executor): boolean {
  return ex.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Locks the rows a SELECT reads until the transaction ends, on PostgreSQL, where other PCs write at the same
 * time. SQLite needs none: its transactions already run one at a time on its one connection.
 */
export function forUpdate(ex: Executor): RawBuilder<unknown> {
  return isPostgres(ex) ? sql` FOR UPDATE` : sql``;
}

/** The text values of a JSON array held in a column or parameter, as a one-column subquery (`value`). */
export function jsonValues(ex: Executor, json: RawBuilder<unknown>): RawBuilder<unknown> {
  return isPostgres(ex)
    ? sql`SELECT value FROM json_array_elements_text(CAST(${json} AS json)) AS j(value)`
    : sql`SELECT value FROM json_each(${json})`;
}

/** A number that moves whenever anything has been written since it was last read (cache keys). */
export function writeMark(ex: Executor): RawBuilder<{ n: number }> {
  // PostgreSQL: the next transaction id to be given out moves with every writing transaction on any PC.
  return isPostgres(ex)
    ? sql<{ n: number }>`SELECT CAST(CAST(pg_snapshot_xmax(pg_current_snapshot()) AS text) AS bigint) AS n`
    : sql<{ n: number }>`SELECT total_changes() AS n`;
}

/** SQLite's hint to read one index (its planner misjudges a few of our covering indexes); PostgreSQL has none. */
export function indexedBy(ex: Executor, index: string): RawBuilder<unknown> {
  return isPostgres(ex) ? sql`` : sql.raw(` INDEXED BY ${index}`);
}

/**
 * Before a statement that hands out ids itself (past max(id), so the next statement can name them): no other
 * PC inserts into `table` until this transaction ends. SQLite's one writer needs no lock.
 */
export async function lockForIds(ex: Executor, table: 'prospects' | 'walkouts'): Promise<void> {
  if (isPostgres(ex)) await sql.raw(`LOCK TABLE ${table} IN EXCLUSIVE MODE`).execute(ex);
}

/** After ids were handed out by hand: PostgreSQL's id sequence moves past them (SQLite's rowid already has). */
export async function idsTaken(ex: Executor, table: 'prospects' | 'walkouts'): Promise<void> {
  if (!isPostgres(ex)) return;
  await sql
    .raw(
      `SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce((SELECT max(id) FROM ${table}), 0) + 1, false)`,
    )
    .execute(ex);
}

/** A column SQLite's planner must not look up by its index (a unary +); PostgreSQL's planner judges alone. */
export function unindexed(ex: Executor, column: string): RawBuilder<unknown> {
  return sql.raw(isPostgres(ex) ? column : `+${column}`);
}

/**
 * LIKE that ignores letter case, as SQLite's LIKE does (ASCII letters); PostgreSQL's LIKE minds case, its ILIKE
 * does not (every letter). Searches and the erasure's scan for mentions both rely on it.
 */
export function likeAnyCase(ex: Executor): RawBuilder<unknown> {
  return sql.raw(isPostgres(ex) ? 'ILIKE' : 'LIKE');
}
