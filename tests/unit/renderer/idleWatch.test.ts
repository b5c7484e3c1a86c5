// The idle lock's clock work with a fake clock: quiet until 30 s before the idle time, a countdown in whole
// seconds, locked at the idle time; input starts the wait again, keeps the server told, and cannot undo a lock.
import { describe, expect, it } from 'vitest';
import { IdleWatch } from '../../../renderer/app/idleWatch';

const MINUTE = 60_000;

function watchAt(idleMinutes: number) {
  let now = 1_000_000;
  const watch = new IdleWatch({ idleMs: idleMinutes * MINUTE, now: () => now });
  return { watch, pass: (ms: number) => (now += ms) };
}

describe('IdleWatch', () => {
  it('stays quiet until 30 seconds before the idle time, counts down, then locks', () => {
    const { watch, pass } = watchAt(5);
    pass(4 * MINUTE + 29_999);
    expect(watch.state()).toEqual({ phase: 'active' });
    pass(1);
    expect(watch.state()).toEqual({ phase: 'warning', secondsLeft: 30 });
    pass(2_500);
    expect(watch.state()).toEqual({ phase: 'warning', secondsLeft: 28 });
    pass(27_499);
    expect(watch.state()).toEqual({ phase: 'warning', secondsLeft: 1 });
    pass(1);
    expect(watch.state()).toEqual({ phase: 'locked' });
  });

  it('any input during the warning starts the whole wait again', () => {
    const { watch, pass } = watchAt(1);
    pass(45_000);
    expect(watch.state()).toEqual({ phase: 'warning', secondsLeft: 15 });
    watch.input();
    expect(watch.state()).toEqual({ phase: 'active' });
    pass(59_999);
    expect(watch.state().phase).toBe('warning');
    pass(1);
    expect(watch.state()).toEqual({ phase: 'locked' });
  });

  it('input after the lock changes nothing: the sign-out is under way', () => {
    const { watch, pass } = watchAt(1);
    pass(MINUTE);
    expect(watch.input()).toBe(false);
    expect(watch.state()).toEqual({ phase: 'locked' });
  });

  it('a PC that slept past the idle time is locked as soon as it looks at the clock', () => {
    const { watch, pass } = watchAt(5);
    pass(3 * 60 * MINUTE);
    expect(watch.state()).toEqual({ phase: 'locked' });
  });

  it('tells the server someone is there at most once a minute while they type', () => {
    const { watch, pass } = watchAt(5);
    const told: number[] = [];
    for (let second = 1; second <= 180; second++) {
      pass(1_000);
      if (watch.input()) told.push(second);
    }
    expect(told).toEqual([60, 120, 180]);
  });

  it('with a 1-minute lock, tells the server every 15 seconds so its own idle time never runs out', () => {
    const { watch, pass } = watchAt(1);
    const told: number[] = [];
    for (let second = 1; second <= 60; second++) {
      pass(1_000);
      if (watch.input()) told.push(second);
    }
    expect(told).toEqual([15, 30, 45, 60]);
  });

  it('says when to look at the clock again: the warning, each second of the countdown, the lock', () => {
    const { watch, pass } = watchAt(5);
    expect(watch.msToNextChange()).toBe(4 * MINUTE + 30_000);
    pass(4 * MINUTE + 30_000);
    expect(watch.msToNextChange()).toBe(1_000);
    pass(250);
    expect(watch.msToNextChange()).toBe(750);
    expect(watch.state()).toEqual({ phase: 'warning', secondsLeft: 30 });
    pass(750);
    expect(watch.state()).toEqual({ phase: 'warning', secondsLeft: 29 });
    pass(29_000);
    expect(watch.state()).toEqual({ phase: 'locked' });
    expect(watch.msToNextChange()).toBeNull();
  });

  it('a changed setting counts from the last input', () => {
    const { watch, pass } = watchAt(5);
    pass(2 * MINUTE);
    watch.setIdleMs(MINUTE);
    expect(watch.state()).toEqual({ phase: 'locked' });
    watch.setIdleMs(10 * MINUTE);
    expect(watch.state()).toEqual({ phase: 'active' });
  });
});
