// A store server that goes away and comes back (a cluster of this test's own, stopped and started again):
// every call in between answers UNAVAILABLE in plain words and writes nothing, a transaction the outage cuts
// rolls back whole, and the same services object writes again once the server is back, without a restart.

import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePg } from '../../electron/db/pg/migrate';
import { numberTypes } from '../../electron/db/pg/pool';
import { SERVER_LOST_MESSAGE } from '../../electron/db/pg/serverLost';
import { type PgCluster, startPgCluster } from '../support/pgCluster';
import { createPgTeam, openPgHostStore, type PgHostStore } from '../support/pgHostStore';

let cluster: PgCluster;
let store: PgHostStore;

beforeAll(async () => {
  cluster = await startPgCluster({ keepCommits: true });
  await cluster.admin('CREATE DATABASE outage');
  const client = new pg.Client({ connectionString: cluster.url('outage'), types: numberTypes });
  await client.connect();
  await migratePg(client);
  await client.end();
  await createPgTeam(cluster.url('outage'));
  store = await openPgHostStore(cluster.url('outage'));
}, 60_000);

afterAll(async () => {
  await store?.dispose();
  cluster?.stop();
});

async function walkoutsOnServer(): Promise<number> {
  const client = new pg.Client({ connectionString: cluster.url('outage'), types: numberTypes });
  await client.connect();
  try {
    return (await client.query('SELECT count(*) AS n FROM walkouts')).rows[0].n;
  } finally {
    await client.end();
  }
}

describe('a lost store server', () => {
  it('is said plainly, writes nothing while away, and the same services carry on when it is back', async () => {
    await store.logWalkout('Before');
    cluster.pause();
    for (const name of ['During1', 'During2']) {
      const refused = await store.failAs('Sam Staff', 'walkouts.create', {
        prospect: { firstName: name, lastName: 'Test', phone: '3125559001', email: '' },
        product: 'Kubota BX2380 tractor',
        category: 'Tractors',
        priceQuotedCents: 1_899_900,
        closeness: 4,
        objection: 'price',
      });
      expect(refused).toEqual({ code: 'UNAVAILABLE', message: SERVER_LOST_MESSAGE });
    }
    // Reads say the same (this is what the counter's banner retries).
    const clock = await store.host.router.call('Sam Staff', 'app.clock', {});
    expect(clock).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: SERVER_LOST_MESSAGE } });
    cluster.resume();
    const after = await store.logWalkout('After');
    expect(after.walkoutId).toEqual(expect.any(Number));
    expect(await walkoutsOnServer()).toBe(2);
  }, 60_000);

  it('rolls back a transaction the outage cuts in the middle', async () => {
    const before = await walkoutsOnServer();
    const cut = store.host.store.transaction(async (tx) => {
      await sql`UPDATE employees SET name = 'Half Written' WHERE name = 'Max Manager'`.execute(tx);
      cluster.pause(); // the server goes while the transaction is open
      await sql`SELECT 1`.execute(tx);
    });
    await expect(cut).rejects.toSatisfy(
      (err: unknown) =>
        (err instanceof Error && /terminat|not queryable|ECONNRE/i.test(err.message)) as boolean,
    );
    cluster.resume();
    const client = new pg.Client({ connectionString: cluster.url('outage'), types: numberTypes });
    await client.connect();
    const names = (await client.query('SELECT name FROM employees ORDER BY name')).rows.map((r) => r.name);
    await client.end();
    expect(names).toEqual(['Max Manager', 'Olive Owner', 'Sam Staff']);
    expect(await walkoutsOnServer()).toBe(before);
    await store.logWalkout('AfterCut');
    expect(await walkoutsOnServer()).toBe(before + 1);
  }, 60_000);
});
