// The five-PC tests' checks can fail: on a small store they find nothing, and each finds the fault it names
// once one is made by hand (a roll-up off by one, a second open call past a dropped index, a credit twice).
// The checks read a store server, so this file always runs on one (the set-up's cluster), whatever the engine.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { numberTypes, openPgPool } from '../../electron/db/pg/pool';
import { postgresStore } from '../../electron/db/store';
import { createServices } from '../../electron/services';
import { createTeam } from '../support/createTeam';
import { brokenInvariants, missingAcks, rollupsUnlikeRebuild } from '../support/fivePcChecks';
import { freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';
import { MONDAY_10AM, TEAM, walkoutInput } from './harness';

let db: PgTestDatabase | null = null;
let client: pg.Client | null = null;
afterAll(async () => {
  await client?.end();
  await db?.drop();
});

describe('the five-PC checks', () => {
  it('find nothing on a sound store, and each fault once made', async () => {
    db = await freshPgDatabase();
    const store = postgresStore(openPgPool({ connectionString: db.url }));
    await createTeam(store, TEAM, () => MONDAY_10AM);
    const { router } = createServices({ store, now: () => MONDAY_10AM });
    const ids = new Map(
      ((await router.call('t', 'auth.employees', {})) as { value: { id: number; name: string }[] }).value.map(
        (e) => [e.name, e.id],
      ),
    );
    const as = async (name: string, pin: string, channel: string, input: unknown) => {
      await router.call(name, 'auth.signIn', { employeeId: ids.get(name), pin });
      const r = await router.call(name, channel as never, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as { walkoutId: number };
    };
    const a = await as('Sam Staff', '3333', 'walkouts.create', walkoutInput());
    await as('Max Manager', '2222', 'walkouts.recordSale', {
      walkoutId: a.walkoutId,
      closer: 'manager_save',
      amountCents: 5,
    });
    const b = await as('Tia Staff', '4444', 'walkouts.create', {
      ...walkoutInput(),
      prospect: { firstName: 'Ann', lastName: 'Lee', phone: '(312) 555-0177', email: '' },
    });
    await store.close();
    client = new pg.Client({ connectionString: db.url, types: numberTypes });
    await client.connect();
    expect(await brokenInvariants(client)).toEqual({});
    expect(await rollupsUnlikeRebuild(client)).toEqual([]);
    expect(await missingAcks(client, [{ kind: 'ack', op: 'sale', at: 0, walkoutId: b.walkoutId }])).toEqual([
      `sale of walkout ${b.walkoutId}`,
    ]);

    await client.query('UPDATE dash_day SET walkouts = walkouts + 1');
    expect(await rollupsUnlikeRebuild(client)).toEqual(['dash_day']);

    await client.query('DROP INDEX follow_ups_one_next');
    await client.query(`INSERT INTO follow_ups (walkout_id, assignee_id, due_at, channel, purpose, status, created_at)
      SELECT walkout_id, assignee_id, due_at + 1, channel, 'check_in', 'open', created_at FROM follow_ups
       WHERE walkout_id = ${b.walkoutId} AND purpose = 'first_contact'`);
    await client.query('DROP INDEX save_credits_once');
    await client.query(`INSERT INTO save_credits (employee_id, walkout_id, kind, amount_cents, created_at)
      SELECT employee_id, walkout_id, kind, amount_cents, created_at FROM save_credits`);
    expect(Object.keys(await brokenInvariants(client))).toEqual([
      'one open next follow-up per walkout',
      'one open call per person',
      'a walkout credited once',
    ]);
  }, 30_000);
});
