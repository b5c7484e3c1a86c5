// The first start's choice of demo store: vehicles, home appliances and vacuums, or trade supplies. One
// demo replaces another in one transaction, only over demo data, and the default demo stays vehicles.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all } from '../../electron/db/store';
import { seedDemo } from '../../electron/seed/demo';
import { APPLIANCES } from '../../electron/seed/demoAppliances';
import { VEHICLES } from '../../electron/seed/demoCatalog';
import { createServices } from '../../electron/services';
import type { ChannelName, OutputOf } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { openEmptyStore } from './emptyStore';
import { ENGINE, MONDAY_10AM } from './harness';

let data: Awaited<ReturnType<typeof openEmptyStore>>['data'];
let cleanUp: () => Promise<void>;
let services: ReturnType<typeof createServices>;

async function call<C extends ChannelName>(session: string, channel: C, input: unknown) {
  return (await services.router.call(session, channel, input)) as Result<OutputOf<C>>;
}
const products = async () =>
  (await all(data.db, sql<{ product: string }>`SELECT DISTINCT product FROM walkouts ORDER BY product`)).map(
    (r) => r.product,
  );
const reasons = async () =>
  (await all(data.db, sql<{ text: string }>`SELECT text FROM reasons ORDER BY id`)).map((r) => r.text);
const count = async (table: string) =>
  Number((await all(data.db, sql<{ n: number }>`SELECT COUNT(*) AS n FROM ${sql.table(table)}`))[0].n);

beforeAll(async () => {
  ({ data, cleanUp } = await openEmptyStore());
  await seedDemo(data, { now: MONDAY_10AM, walkouts: 12, days: 10, seed: 5 });
  services = createServices({ store: data, now: () => MONDAY_10AM });
  await services.reloadSettings();
}, 120_000);
afterAll(() => cleanUp());

describe(`the demo's trade on ${ENGINE}`, () => {
  it('starts as the vehicle demo', async () => {
    expect(await call('pc', 'setup.status', {})).toMatchObject({
      ok: true,
      value: { demoTrade: 'vehicles' },
    });
    expect(services.deps.settings().storeName).toBe(DEFAULT_SETTINGS.storeName);
  });

  it('shows the appliance store in place of it: its name, products and reasons; signed-in PCs sign in again', async () => {
    const signedIn = await call('pc', 'auth.signIn', { employeeId: 1, pin: '1357' });
    expect(signedIn.ok).toBe(true);
    const shown = await call('pc', 'setup.showDemo', { trade: 'appliances' });
    expect(shown).toMatchObject({
      ok: true,
      value: { demoMode: true, demoTrade: 'appliances', storeName: 'BeBack Home & Vacuum' },
    });
    expect(await call('pc', 'auth.current', {})).toEqual({ ok: true, value: null });
    const sold = new Set(APPLIANCES.products.map((p) => p.product));
    const seen = await products();
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.filter((p) => !sold.has(p))).toEqual([]);
    expect(await reasons()).toEqual(APPLIANCES.reasons.map((r) => r.text));
    expect(await count('walkouts')).toBe(300);
    expect(await count('employees')).toBe(5);
  }, 120_000);

  it('goes back to vehicles with the default store name', async () => {
    const shown = await call('pc', 'setup.showDemo', { trade: 'vehicles' });
    expect(shown).toMatchObject({ ok: true, value: { demoTrade: 'vehicles', storeName: 'BeBack Motors' } });
    expect(await reasons()).toEqual(VEHICLES.reasons.map((r) => r.text));
    expect(services.deps.settings().storePhone).toBe('(312) 555-0100');
  }, 120_000);

  it('refuses a trade it does not have, and any demo over a real store, writing nothing', async () => {
    const boats = await call('pc', 'setup.showDemo', { trade: 'boats' });
    expect(boats).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'trade', message: 'Choose one of the demo stores' }] },
    });
    expect((await call('pc', 'setup.startClean', {})).ok).toBe(true);
    const before = [await count('walkouts'), await count('employees'), await count('settings')];
    const refused = await call('pc', 'setup.showDemo', { trade: 'trade_supplies' });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'This store holds real data; another demo is only offered over demo data.',
      },
    });
    expect([await count('walkouts'), await count('employees'), await count('settings')]).toEqual(before);
    expect(await call('pc', 'setup.status', {})).toMatchObject({ ok: true, value: { demoTrade: null } });
  });
});
