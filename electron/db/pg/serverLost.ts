// Whether an error means the store server could not be reached or dropped the connection (as opposed to a
// query it refused): the router answers those with one plain UNAVAILABLE message, and pg's pool opens a
// fresh connection for the next call, so the app carries on by itself once the server is back.

export { SERVER_LOST_MESSAGE } from '../../../shared/domain/storeServer';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
]);

/** 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up or shutting down). */
const SHUTDOWN_STATES = new Set(['57P01', '57P02', '57P03']);

// node-postgres's own words when a connection ends or the pool cannot get one in time.
const LOST_WORDS =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection ended unexpectedly/i;

export function isServerLost(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 3) return false;
  const e = err as { code?: unknown; message?: unknown; errors?: unknown; cause?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (NETWORK_CODES.has(code) || SHUTDOWN_STATES.has(code)) return true;
  // SQLSTATE class 08: connection exceptions (five characters, so never a Node error code).
  if (/^08[0-9A-Z]{3}$/.test(code)) return true;
  if (typeof e.message === 'string' && LOST_WORDS.test(e.message)) return true;
  // Node's happy-eyeballs connect (IPv4 and IPv6 tried) fails with an AggregateError of both.
  if (Array.isArray(e.errors) && e.errors.some((x) => isServerLost(x, depth + 1))) return true;
  return isServerLost(e.cause, depth + 1);
}
