// A `pg` pool for the store server. node-postgres hands bigint (int8) and numeric values over as strings;
// BeBack's ids, epoch-ms times, cents and counts all fit in a double, so they are converted once, here.
import pg from 'pg';

const INT8 = 20;
const NUMERIC = 1700;

const toNumber = (text: string) => Number(text);

export const numberTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8 || oid === NUMERIC
      ? toNumber
      : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

export interface PgConnection {
  connectionString: string;
  /** Connections this PC keeps open at most. */
  max?: number;
}

export function openPgPool(c: PgConnection): pg.Pool {
  const pool = new pg.Pool({
    connectionString: c.connectionString,
    max: c.max ?? 5,
    types: numberTypes,
    // A PC that cannot reach the server says so within seconds instead of hanging the counter.
    connectionTimeoutMillis: 5_000,
    // A counter logs a walkout minutes apart: a connection closed after 30 s idle made nearly every walkout
    // pay a new connection (and the server's plan cache from cold), about twice the warm time. Kept 10
    // minutes, with TCP keep-alive so a server that went away is noticed on the idle ones too.
    idleTimeoutMillis: 10 * 60_000,
    keepAlive: true,
  });
  // An idle connection the server dropped is an error event on the pool; without a listener it would end the
  // process. The next query opens a fresh connection (or fails, and the caller says the server is unreachable).
  pool.on('error', () => {});
  // The same for a connection checked out between two queries of a transaction: its next query fails instead
  // ("not queryable", said as the server being unreachable) and the pool drops it on release.
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}
