// Test-only: counts what a store-server pool writes, as SQLite's total_changes() counts what its connection
// writes (rolled-back rows included), so "a refused call wrote nothing" is checked the same way on both
// engines. PostgreSQL's own marks cannot stand in: the transaction-id counter is the whole cluster's (other
// test files write to it at the same time) and it also moves for SELECT … FOR UPDATE.
import type pg from 'pg';

/** Commands that change nothing stored; every other command counts as a write. */
const READS = new Set([
  'SELECT',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'SET',
  'SHOW',
  'LOCK',
  'SAVEPOINT',
  'RELEASE',
]);
const ROW_WRITES = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

export interface WriteCount {
  /** Rows inserted, updated or deleted, plus one per other writing command (DDL, COPY …), so far. */
  readonly n: number;
}

/** Wraps every connection `pool` opens so its writes are counted in the returned tally. */
export function countWrites(pool: pg.Pool, tally: { n: number } = { n: 0 }): WriteCount {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const answer = query(...args);
      if (answer instanceof Promise) {
        void answer.then(
          (r: pg.QueryResult) => {
            if (!r || typeof r.command !== 'string' || READS.has(r.command)) return;
            tally.n += ROW_WRITES.has(r.command) ? (r.rowCount ?? 0) : 1;
          },
          () => {},
        );
      }
      return answer;
    };
  });
  return tally;
}
