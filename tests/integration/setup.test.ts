// Start clean over the demo, then the first start's two steps arriving as one request: the store (name,
// callback phone, time zone, hours) and its owner are written together or not at all, on both engines.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all, type Store as DataStore } from '../../electron/db/store';
import { seedDemo } from '../../electron/seed/demo';
import { createServices } from '../../electron/services';
import type { ChannelName, OutputOf } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import { fillTemplate } from '../../shared/domain/message/template';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { openEmptyStore } from './emptyStore';
import { ENGINE, MONDAY_10AM, walkoutInput } from './harness';

const weekday = { open: '08:30', close: '18:00' };
const GOOD = {
  store: {
    storeName: 'Prairie Tractor & Mower',
    storePhone: '630 555 0188',
    region: 'US',
    timeZone: 'America/Denver',
    storeHours: [null, weekday, weekday, weekday, weekday, weekday, { open: '09:00', close: '15:00' }],
  },
  name: 'Rosa Owner',
  pin: '8642',
};
const withStore = (change: Record<string, unknown>) => ({ ...GOOD, store: { ...GOOD.store, ...change } });

let data: DataStore;
let cleanUp: () => Promise<void>;
let services: ReturnType<typeof createServices>;

/** The router's answer, typed by its channel: inputs here are often forged on purpose. */
async function call<C extends ChannelName>(session: string, channel: C, input: unknown) {
  return (await services.router.call(session, channel, input)) as Result<OutputOf<C>>;
}

/** Every settings row, employee and audit row: a refused setup leaves all of them as they were. */
async function written() {
  return {
    settings: await all(
      data.db,
      sql<{ key: string; value: string }>`SELECT key, value FROM settings ORDER BY key`,
    ),
    employees: await all(data.db, sql<{ name: string }>`SELECT name FROM employees ORDER BY id`),
    audit: await all(data.db, sql<{ entity: string }>`SELECT entity FROM audit_log ORDER BY id`),
  };
}

beforeAll(async () => {
  ({ data, cleanUp } = await openEmptyStore());
  await seedDemo(data, { now: MONDAY_10AM, walkouts: 12, days: 10, seed: 5 });
  services = createServices({ store: data, now: () => MONDAY_10AM });
}, 120_000);
afterAll(() => cleanUp());

describe(`first start on ${ENGINE}`, () => {
  it('the demo gives its callback number until Start clean drops it with the demo', async () => {
    expect((await call('pc', 'settings.get', {})).ok).toBe(false); // nobody is signed in yet
    expect(services.deps.settings().storePhone).toBe('(312) 555-0100');
    const cleaned = await call('pc', 'setup.startClean', {});
    expect(cleaned).toMatchObject({ ok: true, value: { needsSetup: true, demoMode: false } });
    const rows = (await written()).settings.map((r) => r.key);
    for (const key of ['storeName', 'storePhone', 'timeZone', 'storeHours']) expect(rows).not.toContain(key);
    expect(services.deps.settings()).toMatchObject({
      storeName: DEFAULT_SETTINGS.storeName,
      storePhone: '',
      timeZone: DEFAULT_SETTINGS.timeZone,
    });
  });

  it.each([
    [
      'a phone that is no number',
      withStore({ storePhone: '555-01' }),
      'store.storePhone',
      '"555-01" is not a valid phone number',
    ],
    ['no phone at all', withStore({ storePhone: '  ' }), 'store.storePhone', 'Enter a phone number'],
    [
      'a US number for a store in the UK',
      withStore({ region: 'GB', timeZone: 'Europe/London' }),
      'store.storePhone',
      '"630 555 0188" is not a valid phone number',
    ],
    ['no country', withStore({ region: '' }), 'store.region', 'Choose the store’s country from the list'],
    [
      'a made-up country',
      withStore({ region: 'ZZ' }),
      'store.region',
      'Choose the store’s country from the list',
    ],
    [
      'a zone typed, not chosen',
      withStore({ timeZone: 'Chicago time' }),
      'store.timeZone',
      'Unknown time zone',
    ],
    [
      'a day that closes before it opens',
      withStore({ storeHours: [null, { open: '18:00', close: '09:00' }, null, null, null, null, null] }),
      'store.storeHours.1',
      'Opening must be before closing',
    ],
    [
      'a time that is no clock time',
      withStore({ storeHours: [null, { open: '9am', close: '17:00' }, null, null, null, null, null] }),
      'store.storeHours.1.open',
      'Use HH:MM, 24-hour',
    ],
    [
      'every day closed',
      withStore({ storeHours: Array(7).fill(null) }),
      'store.storeHours',
      'Open at least one day a week',
    ],
    ['no store name', withStore({ storeName: ' ' }), 'store.storeName', 'Enter the store’s name'],
    [
      'a forged extra setting',
      withStore({ saveCommissionCents: 1 }),
      'store',
      'Unrecognized key: "saveCommissionCents"',
    ],
    [
      'no store step at all',
      { name: 'Rosa Owner', pin: '8642' },
      'store',
      'Invalid input: expected object, received undefined',
    ],
  ])('%s is refused by path and writes nothing', async (_case, input, path, message) => {
    const before = await written();
    const answer = await call('pc', 'setup.createOwner', input);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('VALIDATION');
    expect(answer.error.issues).toContainEqual({ path, message });
    expect(await written()).toEqual(before);
  });

  it('a good request writes the store and its owner, and drafts give the new name and number', async () => {
    const owner = await call('pc', 'setup.createOwner', GOOD);
    expect(owner).toMatchObject({ ok: true, value: { name: 'Rosa Owner', role: 'owner' } });
    const settings = await call('pc', 'settings.get', {});
    if (!settings.ok) throw new Error(settings.error.message);
    expect(settings.value).toMatchObject({
      storeName: 'Prairie Tractor & Mower',
      storePhone: '(630) 555-0188',
      timeZone: 'America/Denver',
      storeHours: GOOD.store.storeHours,
    });
    expect((await written()).audit.map((a) => a.entity)).toEqual(['settings', 'employee']);
    expect(await call('pc', 'setup.status', {})).toMatchObject({
      ok: true,
      value: { storeName: 'Prairie Tractor & Mower', needsSetup: false, demoMode: false },
    });

    // The call panel drafts from settings.get and the follow-up's assignee, as FollowUpPanel does.
    const logged = await call('pc', 'walkouts.create', walkoutInput());
    if (!logged.ok) throw new Error(logged.error.message);
    const sender = {
      name: logged.value.firstContact!.assigneeName,
      storeName: settings.value.storeName,
      callbackNumber: settings.value.storePhone,
    };
    const story = {
      prospectFirstName: 'Rosa',
      prospectLastName: 'Diaz',
      product: 'Kubota BX2380 tractor',
      category: 'Tractors',
      objection: 'price' as const,
      painPoints: '',
      personalDetails: '',
      nextStepText: '',
    };
    const voicemail = fillTemplate('voicemail', story, [], sender, null);
    const text = fillTemplate('text', story, [], sender, null);
    expect(voicemail).toContain('Call me back at (630) 555-0188.');
    expect(voicemail).toContain('Prairie Tractor & Mower');
    expect(text).toContain('Reply here or call (630) 555-0188.');
    for (const draft of [voicemail, text]) expect(draft).not.toContain('555-0100');
  });

  it('a store abroad reads its phones in its own country, at setup and at the counter after', async () => {
    const abroad = await openEmptyStore();
    try {
      const ukServices = createServices({ store: abroad.data, now: () => MONDAY_10AM });
      const uk = withStore({ storePhone: '020 7946 0018', region: 'GB', timeZone: 'Europe/London' });
      expect(await ukServices.router.call('uk-pc', 'setup.createOwner', uk)).toMatchObject({ ok: true });
      expect(ukServices.deps.settings()).toMatchObject({
        storePhone: '020 7946 0018',
        defaultRegion: 'GB',
        timeZone: 'Europe/London',
      });
      const walkout = await ukServices.router.call('uk-pc', 'walkouts.create', {
        ...walkoutInput(),
        prospect: { firstName: 'Nia', lastName: 'Hughes', phone: '07911 123456' },
      });
      expect(walkout).toMatchObject({ ok: true });
      const phones = await all(abroad.data.db, sql<{ phone: string }>`SELECT phone FROM prospects`);
      expect(phones).toEqual([{ phone: '+447911123456' }]);
    } finally {
      await abroad.cleanUp();
    }
  });

  it('a second owner is refused once the store has one, and nothing changes', async () => {
    const before = await written();
    const again = await call('other-pc', 'setup.createOwner', withStore({ storeName: 'Mallory Motors' }));
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'This store already has its owner.' },
    });
    expect(await written()).toEqual(before);
  });
});
