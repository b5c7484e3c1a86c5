// PIN guessing past the throttle: tries sent at once are counted before any is checked, so a burst gets
// FREE_PIN_TRIES checks at most and the right PIN, arriving behind it, waits out the pause too.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { FREE_PIN_TRIES } from '../../electron/services/employees/auth.service';
import { ENGINE, openStore, type Store } from './harness';

const checked = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../electron/services/employees/pin', async (original) => {
  const real = await original<typeof import('../../electron/services/employees/pin')>();
  return {
    ...real,
    verifyPin: (pin: string, stored: string) => {
      checked.count++;
      return real.verifyPin(pin, stored);
    },
  };
});

let store: Store;
beforeEach(async () => {
  store = await openStore();
  checked.count = 0;
});
afterEach(() => store.close());

it('50 wrong PINs at once and then the right one: at most five are checked, the right one waits', async () => {
  const employeeId = store.ids['Sam Staff'];
  const wrong = Array.from({ length: 50 }, (_, i) =>
    store.raw(`door-${i}`, 'auth.signIn', { employeeId, pin: String(1000 + i) }),
  );
  const right = store.raw('door-right', 'auth.signIn', { employeeId, pin: '3333' });
  const answers = await Promise.all([...wrong, right]);
  expect(checked.count).toBe(FREE_PIN_TRIES);
  const codes = answers.map((a) => (a.ok ? 'OK' : a.error.code));
  expect(codes.filter((c) => c === 'VALIDATION')).toHaveLength(FREE_PIN_TRIES - 1);
  expect(codes.filter((c) => c === 'LOCKED')).toHaveLength(51 - (FREE_PIN_TRIES - 1));
  // The right PIN, sent last, waits behind the burst (the pool hands connections out first come, first served).
  expect(answers.at(-1)).toEqual({
    ok: false,
    error: { code: 'LOCKED', message: 'Too many wrong PINs. Try again in 30 seconds.' },
  });
  // The checked tries count down one each, and the fifth checked is the one that says so. Which request is
  // counted when is the order they reach the database: the order sent on SQLite's one connection, any order
  // across the server's pool, so the answers are compared as a set, and by position on SQLite.
  const messages = answers.map((a) => (a.ok ? 'OK' : `${a.error.code}: ${a.error.message}`));
  const checkedAnswers = messages.filter((m) => !m.startsWith('LOCKED: Too many wrong PINs.'));
  expect(checkedAnswers.sort()).toEqual([
    'LOCKED: Wrong PIN. Too many tries: wait 30 seconds.',
    'VALIDATION: Wrong PIN. 1 try left before a pause.',
    'VALIDATION: Wrong PIN. 2 tries left before a pause.',
    'VALIDATION: Wrong PIN. 3 tries left before a pause.',
    'VALIDATION: Wrong PIN. 4 tries left before a pause.',
  ]);
  if (ENGINE === 'sqlite') {
    expect(answers[FREE_PIN_TRIES - 1]).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: 'Wrong PIN. Too many tries: wait 30 seconds.' },
    });
  }
  // The pause is in the database: a restart (or another PC) does not lift it.
  store.restart();
  const again = await store.raw('after-restart', 'auth.signIn', { employeeId, pin: '3333' });
  expect(again).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  expect(checked.count).toBe(FREE_PIN_TRIES);
  store.clock.now += 31_000;
  expect(await store.raw('after-pause', 'auth.signIn', { employeeId, pin: '3333' })).toMatchObject({
    ok: true,
  });
});

it('the right PIN inside the free tries signs in and clears the count', async () => {
  const employeeId = store.ids['Sam Staff'];
  const answers = await Promise.all([
    store.raw('a', 'auth.signIn', { employeeId, pin: '0000' }),
    store.raw('b', 'auth.signIn', { employeeId, pin: '3333' }),
  ]);
  // SQLite counts the wrong try first, as it was sent first; across the server's pool either may be counted
  // first, so the wrong one has 4 or 3 tries left.
  const left = ENGINE === 'sqlite' ? ['4 tries'] : ['4 tries', '3 tries'];
  expect(left.map((n) => `Wrong PIN. ${n} left before a pause.`)).toContain(
    answers[0]?.ok === false ? answers[0].error.message : 'signed in',
  );
  expect(answers[0]).toEqual({
    ok: false,
    error: {
      code: 'VALIDATION',
      message: (answers[0] as { error: { message: string } }).error.message,
      issues: [{ path: 'pin', message: 'Wrong PIN' }],
    },
  });
  expect(answers[1]).toMatchObject({ ok: true, value: { name: 'Sam Staff' } });
  const state = store.db
    .prepare('SELECT failed_pins, locked_until FROM employees WHERE id = ?')
    .get(employeeId);
  expect(state).toEqual({ failed_pins: 0, locked_until: null });
});
