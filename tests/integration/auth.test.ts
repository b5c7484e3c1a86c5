// PIN sign-in at the shared counter: real scrypt, throttling kept in the database across restarts.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore, type Store } from './harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

it('a right PIN signs in; a wrong one says how many tries are left', async () => {
  const id = store.ids['Sam Staff'];
  const wrong = await store.raw('counter', 'auth.signIn', { employeeId: id, pin: '9999' });
  expect(wrong).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', message: expect.stringContaining('4 tries left') },
  });
  const right = await store.raw('counter', 'auth.signIn', { employeeId: id, pin: '3333' });
  expect(right).toMatchObject({ ok: true, value: { name: 'Sam Staff' } });
  expect(await store.raw('counter', 'auth.current', {})).toMatchObject({ ok: true, value: { id } });
});

it('five wrong PINs lock the name, and a restart does not reset the lock', async () => {
  const id = store.ids['Sam Staff'];
  for (let i = 0; i < 5; i++) await store.raw('counter', 'auth.signIn', { employeeId: id, pin: '0000' });
  store.restart();
  const locked = await store.raw('counter', 'auth.signIn', { employeeId: id, pin: '3333' });
  expect(locked).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  store.clock.now += 31_000;
  expect(await store.raw('counter', 'auth.signIn', { employeeId: id, pin: '3333' })).toMatchObject({
    ok: true,
  });
});

it('a forged PIN string is only a wrong PIN', async () => {
  const r = await store.raw('counter', 'auth.signIn', {
    employeeId: store.ids['Sam Staff'],
    pin: "1' OR 1=1 --",
  });
  expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
});

it('a session unused for the idle time ends on the server, even if the tab’s own timer never ran', async () => {
  const id = store.ids['Sam Staff'];
  expect(await store.raw('tab', 'auth.signIn', { employeeId: id, pin: '3333' })).toMatchObject({ ok: true });
  // Used every four minutes, it stays open.
  for (let i = 0; i < 3; i++) {
    store.clock.now += 4 * 60_000;
    expect(await store.raw('tab', 'calendar.day', {})).toMatchObject({ ok: true });
  }
  // Five minutes (the default idle lock) and a second without a call: signed out.
  store.clock.now += 5 * 60_000 + 1000;
  expect(await store.raw('tab', 'calendar.day', {})).toEqual({
    ok: false,
    error: { code: 'NOT_SIGNED_IN', message: 'Please sign in first.' },
  });
  expect(await store.raw('tab', 'auth.current', {})).toEqual({ ok: true, value: null });
});
