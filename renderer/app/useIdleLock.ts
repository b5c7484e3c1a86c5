// The signed-in frame's idle lock: listens for input, looks at the clock when the state is due to change
// (so the countdown turns exactly on each second), and calls onLock once when the
// store's idle time has passed. Mouse moves alone do not count: a mouse nudged on a busy counter, or one
// that drifts, must not keep the last person signed in; a key, click, scroll or touch does.
import { useEffect, useRef, useState } from 'react';
import { type IdleState, IdleWatch } from './idleWatch';

const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

interface IdleLockOptions {
  idleMinutes: number;
  onLock: () => void;
  /** Someone is using the PC; tell the server (any call keeps its session alive). */
  onKeepAlive: () => void;
  now?: () => number;
}

/** The lock's state, and `stay` for a "Stay signed in" button a screen reader may click without a pointer. */
export function useIdleLock({ idleMinutes, onLock, onKeepAlive, now = Date.now }: IdleLockOptions) {
  const idleMs = idleMinutes * 60_000;
  const [watch] = useState(() => new IdleWatch({ idleMs, now }));
  const [state, setState] = useState<IdleState>(() => watch.state());
  const callbacks = useRef({ onLock, onKeepAlive });
  callbacks.current = { onLock, onKeepAlive };

  const input = useRef(() => {});
  useEffect(() => {
    // A changed setting counts from the last input, so the next look at the clock is worked out again.
    watch.setIdleMs(idleMs);
    let locked = false;
    let timer: number | undefined;
    const tick = () => {
      window.clearTimeout(timer);
      const wait = watch.msToNextChange();
      if (wait !== null) timer = window.setTimeout(tick, wait);
      const next = watch.state();
      setState((prev) => (sameState(prev, next) ? prev : next));
      if (next.phase === 'locked' && !locked) {
        locked = true;
        callbacks.current.onLock();
      }
    };
    const onInput = () => {
      if (watch.input()) callbacks.current.onKeepAlive();
      tick();
    };
    input.current = onInput;
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    // A PC waking from sleep runs late timers late: look at the clock as soon as the page is shown again.
    document.addEventListener('visibilitychange', tick);
    tick();
    return () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
      document.removeEventListener('visibilitychange', tick);
      window.clearTimeout(timer);
    };
  }, [watch, idleMs]);

  return { state, stay: () => input.current() };
}

function sameState(a: IdleState, b: IdleState): boolean {
  if (a.phase !== b.phase) return false;
  return a.phase !== 'warning' || b.phase !== 'warning' || a.secondsLeft === b.secondsLeft;
}
