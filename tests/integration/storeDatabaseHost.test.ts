// Settings → Store database through the real host and router: the owner tests a server, moves this PC's
// store into an empty database with progress, sees both sides count the same, and the host's switch is
// asked once; a store server is joined without a copy; the web door (no switch) says how to use the server.
import { afterEach, describe, expect, it } from 'vitest';
import type { PgServer } from '../../electron/db/pg/connectionCheck';
import type { SignedIn } from '../../electron/services/context';
import {
  createStoreDatabasePort,
  HELD_MOVED,
  HELD_MOVING,
  HELD_RESTARTING,
} from '../../electron/services/storeDatabase/moveToServer';
import type { MoveProgressDto } from '../../shared/contract/dto';
import { type HostStore, openHostStore } from '../support/hostStore';
import { freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';
import { walkoutInput } from './harness';

let store: HostStore | undefined;
const databases: PgTestDatabase[] = [];
afterEach(async () => {
  await store?.dispose();
  store = undefined;
  for (const d of databases.splice(0)) await d.drop();
});

async function serverFor(template: 'empty' | 'migrated') {
  const db = await freshPgDatabase(template);
  databases.push(db);
  const url = new URL(db.url);
  return {
    host: url.hostname,
    port: Number(url.port),
    database: db.name,
    user: decodeURIComponent(url.username) || 'postgres',
    password: '',
    tls: 'off' as const,
  };
}

async function untilMoved(s: HostStore): Promise<MoveProgressDto> {
  for (let i = 0; i < 400; i++) {
    const p = await s.as('Olive Owner', 'storeDatabase.progress', {});
    if (p.state === 'done' || p.state === 'failed') return p;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('The move did not end');
}

describe('Settings → Store database on the built-in file', () => {
  it('moves the store into an empty server database, checks both sides, then switches', async () => {
    const switched: PgServer[] = [];
    store = await openHostStore({
      switchToServer: async (server) => {
        switched.push(server);
        return { switched: true, message: 'BeBack restarts on the store server.' };
      },
    });
    for (let i = 0; i < 3; i++) {
      await store.as(
        'Sam Staff',
        'walkouts.create',
        walkoutInput({
          objection: i ? 'price' : 'timing',
          prospect: { firstName: 'Rosa', lastName: `Diaz ${i}`, phone: `(312) 555-014${i}`, email: '' },
        }),
      );
    }
    const status = await store.as('Olive Owner', 'storeDatabase.status', {});
    expect(status.current).toEqual({ kind: 'sqlite', path: store.dbPath });
    expect(status.move.state).toBe('idle');

    const server = await serverFor('empty');
    expect(await store.as('Olive Owner', 'storeDatabase.test', server)).toEqual({
      kind: 'empty',
      message: `Connected. The database "${server.database}" is empty: this PC's store can be moved there.`,
      offer: 'move',
    });
    const started = await store.as('Olive Owner', 'storeDatabase.move', server);
    expect(started.state).toBe('copying');
    // A walkout logged now would miss the server: it is refused in words and nothing is written.
    const during = await store.failAs('Sam Staff', 'walkouts.create', walkoutInput());
    expect(during).toEqual({ code: 'UNAVAILABLE', message: HELD_MOVING });
    const done = await untilMoved(store);
    // …and once the store is on the server, a write to the file would be lost: held until the restart.
    expect(await store.failAs('Sam Staff', 'walkouts.create', walkoutInput())).toEqual({
      code: 'UNAVAILABLE',
      message: HELD_RESTARTING,
    });
    expect((await store.as('Olive Owner', 'storeDatabase.status', {})).move.state).toBe('done');
    expect(done.message).toBe('BeBack restarts on the store server.');
    expect(done).toMatchObject({ state: 'done', switched: true, keptFile: store.dbPath });
    expect(done.rows).toBe(done.totalRows);
    expect(done.totals).toEqual([
      { label: 'Walkouts', file: 3, server: 3 },
      { label: 'With contact', file: 3, server: 3 },
      { label: 'Sold', file: 0, server: 0 },
      { label: 'Commission owed', file: 0, server: 0, cents: true },
    ]);
    expect(done.tables.find((t) => t.label === 'Walkouts')).toEqual({
      label: 'Walkouts',
      file: 3,
      server: 3,
    });
    expect(done.tables.find((t) => t.label === 'Employees')).toEqual({
      label: 'Employees',
      file: 3,
      server: 3,
    });
    expect(switched).toEqual([server]);

    // Now the server holds a store: a second move is refused in words, and joining it is offered.
    const again = await store.failAs('Olive Owner', 'storeDatabase.move', server);
    expect(again).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^Connected to the BeBack store/),
    });
    expect((await store.as('Olive Owner', 'storeDatabase.test', server)).offer).toBe('join');
  }, 60_000);

  it('joins a store server without copying, and refuses to join an empty database', async () => {
    const switched: PgServer[] = [];
    store = await openHostStore({
      switchToServer: async (server) => {
        switched.push(server);
        return { switched: true, message: 'BeBack restarts on the store server.' };
      },
    });
    const empty = await serverFor('empty');
    expect(await store.failAs('Olive Owner', 'storeDatabase.join', empty)).toMatchObject({
      code: 'CONFLICT',
      message: `Connected. The database "${empty.database}" is empty: this PC's store can be moved there.`,
    });
    const existing = await serverFor('migrated');
    expect(await store.as('Olive Owner', 'storeDatabase.join', existing)).toEqual({
      switched: true,
      message: 'BeBack restarts on the store server.',
    });
    expect(switched).toEqual([existing]);
    expect(await store.failAs('Sam Staff', 'walkouts.create', walkoutInput())).toEqual({
      code: 'UNAVAILABLE',
      message: HELD_RESTARTING,
    });
  });

  it('in the web door, moves and checks but says the door keeps the built-in file', async () => {
    store = await openHostStore();
    const server = await serverFor('empty');
    await store.as('Olive Owner', 'storeDatabase.move', server);
    const done = await untilMoved(store);
    expect(done).toMatchObject({
      state: 'done',
      switched: false,
      message:
        'The store is on the server and checked. This web door keeps using the built-in file until it is started with --pg <url> or BEBACK_PG_URL.',
    });
    expect(await store.failAs('Sam Staff', 'walkouts.create', walkoutInput())).toEqual({
      code: 'UNAVAILABLE',
      message: HELD_MOVED,
    });
  }, 60_000);

  it('refuses bad details in words, and only the owner may use it', async () => {
    store = await openHostStore();
    const server = await serverFor('empty');
    const bad = await store.failAs('Olive Owner', 'storeDatabase.test', { ...server, port: 70000, host: '' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'host', message: 'Enter the server’s name or address' }),
        expect.objectContaining({ path: 'port', message: 'A port is between 1 and 65535' }),
      ]),
    );
    expect((await store.failAs('Max Manager', 'storeDatabase.status', {})).code).toBe('NOT_ALLOWED');
  });
});

describe('on a PC that already uses a store server', () => {
  it('says which server, and refuses to move a store it does not hold', async () => {
    const port = createStoreDatabasePort({
      dbPath: '/nowhere/beback.sqlite',
      current: { kind: 'server', host: 'store-server', port: 5432, database: 'beback', user: 'beback_app' },
      openSnapshot: () => {
        throw new Error('no snapshot on a server PC');
      },
      now: () => 0,
    });
    expect(port.status().current).toEqual({
      kind: 'server',
      host: 'store-server',
      port: 5432,
      database: 'beback',
      user: 'beback_app',
    });
    const server = await serverFor('empty');
    const actor = { sessionKey: 's', employee: { id: 1 } } as unknown as SignedIn;
    await expect(port.move(actor, server)).rejects.toThrow(
      'This PC already uses a store server: there is no built-in store to move. Join the other server instead.',
    );
    expect(port.progress().state).toBe('idle');
  });
});

describe('when the store file cannot be opened for the move', () => {
  it('says so and starts nothing', async () => {
    const port = createStoreDatabasePort({
      dbPath: '/nowhere/beback.sqlite',
      openSnapshot: () => {
        throw new Error('unable to open database file');
      },
      now: () => 0,
    });
    const server = await serverFor('empty');
    const actor = { sessionKey: 's', employee: { id: 1 } } as unknown as SignedIn;
    await expect(port.move(actor, server)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: "This PC's store file cannot be read for the move: unable to open database file",
    });
    expect(port.progress().state).toBe('idle');
  });
});
