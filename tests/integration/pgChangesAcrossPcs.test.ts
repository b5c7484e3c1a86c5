// Two PCs on one store-server database, each its own process-like service layer with its own pool and its
// own listener: what one writes, the other's app.changes reports within seconds; a settings change is in
// force on the other; a listener whose connection is killed comes back and reports everything.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgPool } from '../../electron/db/pg/pool';
import { postgresStore, type Store } from '../../electron/db/store';
import { createServices } from '../../electron/services';
import { createChangeFeed } from '../../electron/services/changes/changeFeed';
import {
  listenerName,
  type PgChangeListener,
  pgChangeSharing,
  startPgChangeListener,
} from '../../electron/services/changes/pgChanges';
import type { ChangesDto } from '../../shared/contract/changesSchemas';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/channels';
import { QUERY_GROUPS } from '../../shared/contract/queryGroups';
import { createTeam } from '../support/createTeam';
import { admin, freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';
import { silentProxy } from '../support/silentProxy';
import { MONDAY_10AM, TEAM, walkoutInput } from './harness';

interface Pc {
  name: string;
  pc: string;
  store: Store;
  services: ReturnType<typeof createServices>;
  listener: PgChangeListener;
  logged: string[];
  call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
}

let database: PgTestDatabase;
let a: Pc;
let b: Pc;

async function startPc(name: string): Promise<Pc> {
  const store = postgresStore(openPgPool({ connectionString: database.url }));
  const logged: string[] = [];
  // The two steps the store-server host takes (pgHost.ts), with a short backoff for the test.
  const sharing = pgChangeSharing(store, database.url, (m) => logged.push(m));
  const services = createServices({ store, now: () => MONDAY_10AM, ...sharing.services });
  const listener = sharing.listen(services.reloadSettings, { backoffMs: 50 });
  const pc = sharing.pc;
  await listener.ready;
  const owner = (await store.db
    .selectFrom('employees')
    .select('id')
    .where('role', '=', 'owner')
    .executeTakeFirst())!;
  services.sessions.signIn(`${name}-owner`, owner.id);
  return {
    name,
    pc,
    store,
    services,
    listener,
    logged,
    async call(channel, input) {
      const r = await services.router.call(`${name}-owner`, channel, input);
      if (!r.ok) throw new Error(`${name} ${channel}: ${r.error.message}`);
      return r.value as never;
    },
  };
}

/** Polls `check` every 20 ms; answers how long it took to come true, or fails after `withinMs`. */
async function timeUntil(check: () => Promise<boolean>, withinMs = 5_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < withinMs) {
    if (await check()) return Math.round(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`not within ${withinMs} ms`);
}

beforeAll(async () => {
  database = await freshPgDatabase();
  const setup = postgresStore(openPgPool({ connectionString: database.url }));
  await createTeam(setup, TEAM, () => MONDAY_10AM);
  await setup.close();
  a = await startPc('A');
  b = await startPc('B');
});

afterAll(async () => {
  for (const pc of [a, b]) {
    await pc?.listener.close();
    await pc?.store.close();
  }
  await database?.drop();
});

describe('changes across PCs on the store server', () => {
  it('shows B a walkout A logged, as walkouts and calendar, within 5 s; A hears only its own write once', async () => {
    const sinceA = a.services.changes.cursor;
    const sinceB = b.services.changes.cursor;
    await a.call('walkouts.create', walkoutInput());
    let seen: ChangesDto | null = null;
    const ms = await timeUntil(async () => {
      seen = await b.call('app.changes', { since: sinceB });
      return seen.groups.length > 0;
    });
    console.log(`B saw A's walkout ${ms} ms after A's write returned`);
    expect(seen).toEqual({
      cursor: sinceB + 1,
      groups: ['walkouts', 'calendar', 'dashboard', 'campaigns', 'partners', 'audit'],
      everything: false,
    });
    // A's own notification comes back to A's listener too; it is skipped, not counted twice.
    await new Promise((r) => setTimeout(r, 200));
    expect((await a.call('app.changes', { since: sinceA })).cursor).toBe(sinceA + 1);
  });

  it('puts A’s settings change in force on B within 5 s', async () => {
    expect((await b.call('settings.get', {})).storeName).not.toBe('Prairie Tractor North');
    await a.call('settings.update', { storeName: 'Prairie Tractor North' });
    const ms = await timeUntil(
      async () => (await b.call('settings.get', {})).storeName === 'Prairie Tractor North',
    );
    console.log(`B's settings.get showed A's new store name ${ms} ms after A's write returned`);
    // In force, not only shown: B's services read the new settings (the store name on a new walkout's text).
    expect(b.services.deps.settings().storeName).toBe('Prairie Tractor North');
  });

  it('reconnects a killed listener and then reports everything; later writes are heard again', async () => {
    const since = b.services.changes.cursor;
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      const killed = await admin.query(
        'SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1',
        [listenerName(b.pc)],
      );
      expect(killed.rows).toEqual([{ ok: true }]);
    } finally {
      await admin.end();
    }
    const ms = await timeUntil(async () => (await b.call('app.changes', { since })).everything);
    console.log(`B's listener was back and reported everything ${ms} ms after its connection was killed`);
    expect(await b.call('app.changes', { since })).toEqual({
      cursor: since + 1,
      groups: [...QUERY_GROUPS],
      everything: true,
    });
    expect(b.listener.reconnects).toBe(1);
    expect(b.logged.filter((m) => m.startsWith('Listening'))).toEqual([
      'Listening for other PCs’ changes again.',
    ]);

    const after = b.services.changes.cursor;
    await a.call('reasons.create', {
      text: 'We now approve first-time buyers with $500 down',
      category: 'new_policy',
      objections: ['financing'],
    });
    await timeUntil(async () => (await b.call('app.changes', { since: after })).groups.length > 0);
    expect(await b.call('app.changes', { since: after })).toEqual({
      cursor: after + 1,
      groups: ['reasons'],
      everything: false,
    });
  });

  it('keeps trying while the server refuses the listener, with a growing wait, and stops once closed', async () => {
    const logged: string[] = [];
    const missing = database.url.replace(/\/[^/]+$/, '/no_such_store');
    const listener = startPgChangeListener({
      connectionString: missing,
      feed: createChangeFeed(),
      pc: 'pc-x',
      onSettings: async () => {},
      log: (m) => logged.push(m),
      backoffMs: 20,
      maxBackoffMs: 40,
    });
    await listener.ready;
    await timeUntil(async () => logged.length >= 3);
    expect(logged.slice(0, 3)).toEqual([
      'Not listening for other PCs’ changes (database "no_such_store" does not exist); trying again in 20 ms.',
      'Not listening for other PCs’ changes (database "no_such_store" does not exist); trying again in 40 ms.',
      'Not listening for other PCs’ changes (database "no_such_store" does not exist); trying again in 40 ms.',
    ]);
    await listener.close();
    const after = logged.length;
    await new Promise((r) => setTimeout(r, 150));
    expect(logged.length).toBe(after);
  });

  it('reports everything once it listens after a start without the server (writes went unheard meanwhile)', async () => {
    const name = `late_${Date.now()}`;
    const feed = createChangeFeed();
    const since = feed.cursor;
    const logged: string[] = [];
    const listener = startPgChangeListener({
      connectionString: database.url.replace(/\/[^/]+$/, `/${name}`),
      feed,
      pc: 'pc-late',
      onSettings: async () => {},
      log: (m) => logged.push(m),
      backoffMs: 20,
      maxBackoffMs: 40,
    });
    try {
      await listener.ready;
      expect(feed.since(since).everything).toBe(false);
      await admin(`CREATE DATABASE ${name} TEMPLATE template0`);
      await timeUntil(async () => feed.since(since).everything);
      expect(logged.at(-1)).toBe('Listening for other PCs’ changes again.');
      expect(listener.reconnects).toBe(0);
    } finally {
      await listener.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });

  it('finds out by its heartbeat that the server went silent (no reset), reconnects, and reports everything', async () => {
    const url = new URL(database.url);
    const proxy = await silentProxy({ host: url.hostname, port: Number(url.port) });
    url.port = String(proxy.port);
    const feed = createChangeFeed();
    const logged: string[] = [];
    const listener = startPgChangeListener({
      connectionString: url.toString(),
      feed,
      pc: 'pc-behind-a-cable',
      onSettings: async () => {},
      log: (m) => logged.push(m),
      backoffMs: 20,
      heartbeatMs: 100,
    });
    try {
      await listener.ready;
      const since = feed.cursor;
      await a.call('reasons.create', {
        text: 'Loaner mowers while yours is serviced',
        category: 'new_capability',
      });
      await timeUntil(async () => feed.since(since).groups.length > 0);
      expect(feed.since(since)).toEqual({ cursor: since + 1, groups: ['reasons'], everything: false });

      proxy.silenceOpenConnections();
      const ms = await timeUntil(async () => feed.since(since + 1).everything);
      console.log(`A silent server was noticed and the listener back in ${ms} ms (heartbeat every 100 ms)`);
      expect(logged).toEqual([
        'Not listening for other PCs’ changes (the server stopped answering); trying again in 20 ms.',
        'Listening for other PCs’ changes again.',
      ]);
      expect(listener.reconnects).toBe(1);
    } finally {
      await listener.close();
      await proxy.close();
    }
  });
});
