// "Test connection" for a store server: connects once with the details the owner typed and answers in
// words what it found — unreachable, refused TLS, wrong password, no such database, a BeBack store newer
// than this app, someone else's tables, an empty database ready for this store, or a BeBack store.
import pg from 'pg';
import { LATEST_VERSION, pgSchemaVersion } from './migrate';
import { numberTypes } from './pool';

export type TlsMode = 'off' | 'require' | 'verify';

export interface PgServer {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  tls: TlsMode;
}

export type ConnectionVerdict =
  | {
      kind:
        | 'unreachable'
        | 'tls_refused'
        | 'tls_untrusted'
        | 'wrong_password'
        | 'no_database'
        | 'not_allowed';
    }
  | { kind: 'too_new' | 'older'; version: number }
  | { kind: 'not_beback'; tables: number }
  | { kind: 'empty' }
  | { kind: 'ready'; version: number; walkouts: number };

export type ConnectionAnswer = ConnectionVerdict & { message: string };

/** The `pg` client options for a server: TLS off, required (any certificate), or verified. */
export function clientConfig(s: PgServer, connectionTimeoutMillis = 5_000): pg.ClientConfig {
  return {
    host: s.host,
    port: s.port,
    database: s.database,
    user: s.user,
    password: s.password,
    ssl: s.tls === 'off' ? false : { rejectUnauthorized: s.tls === 'verify' },
    types: numberTypes,
    connectionTimeoutMillis,
  };
}

function verdictOf(err: unknown): ConnectionVerdict {
  const e = err as { code?: string; message?: string };
  switch (e.code) {
    case '28P01':
    case '28000':
      return { kind: 'wrong_password' };
    case '3D000':
      return { kind: 'no_database' };
    case '42501':
      return { kind: 'not_allowed' };
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
    case 'CERT_HAS_EXPIRED':
      return { kind: 'tls_untrusted' };
  }
  if (/does not support SSL/i.test(e.message ?? '')) return { kind: 'tls_refused' };
  return { kind: 'unreachable' };
}

export function describeVerdict(v: ConnectionVerdict, s: PgServer): string {
  const where = `${s.host}:${s.port}`;
  switch (v.kind) {
    case 'unreachable':
      return `The store server at ${where} cannot be reached. Check that the server PC is on, the address and port are right, and its firewall lets this PC in.`;
    case 'tls_refused':
      return `The server at ${where} does not accept encrypted connections. Turn TLS on at the server, or choose "off" here on a trusted store network.`;
    case 'tls_untrusted':
      return `The server's certificate could not be verified. Install the store's certificate on this PC, or choose "require" to encrypt without verifying.`;
    case 'wrong_password':
      return `The server refused user "${s.user}": the user name or password is wrong.`;
    case 'no_database':
      return `The server has no database called "${s.database}". Create it first (see the store server guide).`;
    case 'not_allowed':
      return `User "${s.user}" may not use the database "${s.database}". Give it the rights the store server guide lists.`;
    case 'too_new':
      return `This database was written by a newer BeBack (schema ${v.version}; this app knows up to ${LATEST_VERSION}). Update BeBack on this PC first.`;
    case 'older':
      return `This BeBack store is at schema ${v.version}; this PC will bring it up to ${LATEST_VERSION} when it joins.`;
    case 'not_beback':
      return `The database "${s.database}" already holds ${v.tables} other table${v.tables === 1 ? '' : 's'} and is not a BeBack store. Use an empty database.`;
    case 'empty':
      return `Connected. The database "${s.database}" is empty: this PC's store can be moved there.`;
    case 'ready':
      return `Connected to the BeBack store on ${where}: ${v.walkouts.toLocaleString('en-US')} walkout${v.walkouts === 1 ? '' : 's'}.`;
  }
}

/** Connects once (nothing is written) and says what is there. */
export async function checkConnection(s: PgServer, timeoutMs = 5_000): Promise<ConnectionAnswer> {
  const verdict = await inspect(s, timeoutMs);
  return { ...verdict, message: describeVerdict(verdict, s) };
}

async function inspect(s: PgServer, timeoutMs: number): Promise<ConnectionVerdict> {
  const client = new pg.Client(clientConfig(s, timeoutMs));
  // A dropped connection after connect is an 'error' event; without a listener it would end the process.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (err) {
    return verdictOf(err);
  }
  try {
    const version = await pgSchemaVersion(client);
    if (version > LATEST_VERSION) return { kind: 'too_new', version };
    if (version === 0) {
      const tables = await client.query<{ n: number }>(
        `SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`,
      );
      const n = tables.rows[0].n;
      return n === 0 ? { kind: 'empty' } : { kind: 'not_beback', tables: n };
    }
    if (version < LATEST_VERSION) return { kind: 'older', version };
    const walkouts = await client.query<{ n: number }>('SELECT count(*) AS n FROM walkouts');
    return { kind: 'ready', version, walkouts: walkouts.rows[0].n };
  } catch (err) {
    return verdictOf(err);
  } finally {
    await client.end().catch(() => {});
  }
}
