// Settings → Store database → "Test connection": each thing that can be found at the other end gets its
// own plain answer, against a real throwaway PostgreSQL cluster.
import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkConnection, type PgServer } from '../../electron/db/pg/connectionCheck';
import { LATEST_VERSION } from '../../electron/db/pg/migrate';
import { admin, freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';

const base = new URL(inject('pgServerUrl'));
const server = (over: Partial<PgServer>): PgServer => ({
  host: '127.0.0.1',
  port: Number(base.port),
  database: 'postgres',
  user: 'postgres',
  password: '',
  tls: 'off',
  ...over,
});

const made: PgTestDatabase[] = [];
async function database(template: 'migrated' | 'empty', sql?: string): Promise<string> {
  const db = await freshPgDatabase(template);
  made.push(db);
  if (sql) {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query(sql);
    await client.end();
  }
  return db.name;
}

beforeAll(() => admin(`DROP ROLE IF EXISTS beback_pw; CREATE ROLE beback_pw LOGIN PASSWORD 'right horse'`));
afterAll(async () => {
  for (const db of made) await db.drop();
  await admin('DROP ROLE IF EXISTS beback_pw');
});

describe('test connection', () => {
  it('says the server cannot be reached when nothing listens there', async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
    });
    const answer = await checkConnection(server({ port: closed }), 2_000);
    expect(answer.kind).toBe('unreachable');
    expect(answer.message).toBe(
      `The store server at 127.0.0.1:${closed} cannot be reached. Check that the server PC is on, the address and port are right, and its firewall lets this PC in.`,
    );
  });

  it('says TLS is refused when the server does not encrypt', async () => {
    const answer = await checkConnection(server({ tls: 'require' }));
    expect(answer.kind).toBe('tls_refused');
  });

  it('says the password is wrong, and does not say so when it is right', async () => {
    const wrong = await checkConnection(server({ user: 'beback_pw', password: 'wrong horse' }));
    expect(wrong).toEqual({
      kind: 'wrong_password',
      message: 'The server refused user "beback_pw": the user name or password is wrong.',
    });
    const right = await checkConnection(
      server({ user: 'beback_pw', password: 'right horse', database: await database('empty') }),
    );
    expect(right.kind).toBe('empty');
  });

  it('says a database is missing', async () => {
    const answer = await checkConnection(server({ database: 'no_such_store' }));
    expect(answer.message).toBe(
      'The server has no database called "no_such_store". Create it first (see the store server guide).',
    );
  });

  it('says a user without rights on a BeBack store may not use it', async () => {
    const name = await database('migrated', 'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC');
    const answer = await checkConnection(
      server({ user: 'beback_pw', password: 'right horse', database: name }),
    );
    expect(answer.kind).toBe('not_allowed');
  });

  it('tells an empty database, someone else’s tables, an older, a newer and a current BeBack store apart', async () => {
    const empty = await checkConnection(server({ database: await database('empty') }));
    expect(empty.message).toMatch(
      /^Connected\. The database "t_[0-9a-f]+" is empty: this PC's store can be moved there\.$/,
    );

    const foreign = await checkConnection(
      server({ database: await database('empty', 'CREATE TABLE a (x int); CREATE TABLE b (x int)') }),
    );
    expect(foreign).toMatchObject({ kind: 'not_beback', tables: 2 });
    expect(foreign.message).toContain('already holds 2 other tables and is not a BeBack store');

    const newer = await checkConnection(
      server({
        database: await database('migrated', `UPDATE beback_schema SET version = ${LATEST_VERSION + 1}`),
      }),
    );
    expect(newer).toMatchObject({ kind: 'too_new', version: LATEST_VERSION + 1 });

    const older = await checkConnection(
      server({
        database: await database('migrated', `UPDATE beback_schema SET version = ${LATEST_VERSION - 1}`),
      }),
    );
    expect(older).toMatchObject({ kind: 'older', version: LATEST_VERSION - 1 });

    const ready = await checkConnection(
      server({
        database: await database(
          'migrated',
          `INSERT INTO employees (id, name, role, pin_hash, created_at) VALUES (1, 'Ann', 'staff', 'x', 0);
           INSERT INTO prospects (id, first_name, created_at, updated_at) VALUES (1, 'Pat', 0, 0);
           INSERT INTO walkouts (prospect_id, employee_id, visited_at, closeness, objection, status_changed_at, share_id, created_at, updated_at)
             VALUES (1, 1, 0, 3, 'price', 0, 'a', 0, 0), (1, 1, 1, 3, 'price', 1, 'b', 1, 1)`,
        ),
      }),
    );
    expect(ready).toEqual({
      kind: 'ready',
      version: LATEST_VERSION,
      walkouts: 2,
      message: `Connected to the BeBack store on 127.0.0.1:${base.port}: 2 walkouts.`,
    });
  });
});
