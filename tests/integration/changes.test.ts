// The change feed through the router: a write that succeeded publishes what it touched, nothing else does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QUERY_GROUPS } from '../../shared/contract/queryGroups';
import { openStore, type Store, walkoutInput } from './harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

async function cursorNow(): Promise<number> {
  const first = await store.as('Sam Staff', 'app.changes', { since: 0 });
  expect(first).toEqual({ cursor: first.cursor, groups: [...QUERY_GROUPS], everything: true });
  return first.cursor;
}

describe('app.changes', () => {
  it('reports what a logged walkout touched, once, to every signed-in role', async () => {
    const since = await cursorNow();
    await store.as('Sam Staff', 'walkouts.create', walkoutInput());
    // In the vocabulary's order, whatever order the contract lists them in.
    expect(await store.as('Olive Owner', 'app.changes', { since })).toEqual({
      cursor: since + 1,
      groups: ['walkouts', 'calendar', 'dashboard', 'campaigns', 'partners', 'audit'],
      everything: false,
    });
    // Sam's own screen refreshed when his write answered: his poll moves the cursor on and reports nothing.
    expect(await store.as('Sam Staff', 'app.changes', { since })).toEqual({
      cursor: since + 1,
      groups: [],
      everything: false,
    });
    expect(await store.as('Max Manager', 'app.changes', { since: since + 1 })).toEqual({
      cursor: since + 1,
      groups: [],
      everything: false,
    });
  });

  it('reports nothing for a read or a refused write', async () => {
    const since = await cursorNow();
    await store.as('Sam Staff', 'calendar.day', {});
    await store.as('Sam Staff', 'settings.get', {});
    expect((await store.failAs('Sam Staff', 'walkouts.create', { product: '' })).code).toBe('VALIDATION');
    const financing = {
      text: 'First-time buyers with $500 down',
      category: 'new_policy',
      objections: ['financing'],
    };
    expect((await store.failAs('Sam Staff', 'reasons.create', financing)).code).toBe('NOT_ALLOWED');
    expect(await store.as('Sam Staff', 'app.changes', { since })).toEqual({
      cursor: since,
      groups: [],
      everything: false,
    });
  });

  it('adds up the groups of several writes', async () => {
    const since = await cursorNow();
    await store.as('Max Manager', 'reasons.create', {
      text: 'We now approve first-time buyers with $500 down',
      category: 'new_policy',
      objections: ['financing'],
    });
    await store.as('Olive Owner', 'settings.update', { storeName: 'Renamed Motors' });
    const changes = await store.as('Sam Staff', 'app.changes', { since });
    expect(changes).toEqual({ cursor: since + 2, groups: [...QUERY_GROUPS], everything: false });
  });

  it('refuses a cursor that is not a whole number, in words, and needs a signed-in employee', async () => {
    const bad = await store.failAs('Sam Staff', 'app.changes', { since: 1.5 });
    expect([bad.code, bad.message]).toEqual(['VALIDATION', 'since must be a whole number']);
    const missing = await store.failAs('Sam Staff', 'app.changes', {});
    expect([missing.code, missing.message]).toEqual(['VALIDATION', 'since must be a cursor number']);
    const anonymous = await store.raw('nobody', 'app.changes', { since: 0 });
    expect(anonymous).toEqual({
      ok: false,
      error: { code: 'NOT_SIGNED_IN', message: 'Please sign in first.' },
    });
  });

  it('is not use of the session: a forgotten tab that only polls is signed out after the idle time', async () => {
    const pinIn = (key: string, who: 'Sam Staff' | 'Tia Staff', pin: string) =>
      store.raw(key, 'auth.signIn', { employeeId: store.ids[who], pin });
    expect((await pinIn('forgotten-tab', 'Sam Staff', '3333')).ok).toBe(true);
    expect((await pinIn('used-tab', 'Tia Staff', '4444')).ok).toBe(true);
    const polled: string[] = [];
    // The store's idle lock is 5 minutes; one poll a minute here stands for one every 2 s.
    for (let minute = 1; minute <= 6; minute++) {
      store.clock.now += 60_000;
      const poll = await store.raw('forgotten-tab', 'app.changes', { since: 0 });
      polled.push(`${minute}: ${poll.ok ? 'ok' : poll.error.code}`);
      expect((await store.raw('used-tab', 'calendar.day', {})).ok).toBe(true);
    }
    expect(polled).toEqual(['1: ok', '2: ok', '3: ok', '4: ok', '5: ok', '6: NOT_SIGNED_IN']);
  });
});
