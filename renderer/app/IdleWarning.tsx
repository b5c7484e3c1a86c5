// The idle lock's last 30 seconds: a countdown over everything (even an open dialog), which takes no focus,
// so the key that keeps someone signed in also lands in the field they were typing in.
import { useEffect, useRef } from 'react';
import './idleWarning.css';

/** Screen readers hear the warning when it appears and again at these marks, not at every tick. */
const ANNOUNCE_AT = [5, 10, 20, 30];

export function IdleWarning({ secondsLeft, onStay }: { secondsLeft: number; onStay: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const within = ANNOUNCE_AT.find((s) => secondsLeft <= s) ?? secondsLeft;
  useEffect(() => {
    // The top layer puts it above a modal dialog's backdrop; "manual" keeps it open until input.
    const el = ref.current;
    el?.showPopover?.();
    return () => {
      if (el?.matches(':popover-open')) el.hidePopover();
    };
  }, []);
  return (
    <div
      ref={ref}
      popover="manual"
      className="idle-warning"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="idle-warning-title"
      aria-describedby="idle-warning-text"
    >
      <h2 id="idle-warning-title">Still there?</h2>
      <p id="idle-warning-text">
        Locking in <strong className="idle-warning-seconds">{secondsLeft} s</strong> — press any key or click
        to stay signed in.
      </p>
      <p className="sr-only" aria-live="assertive">
        BeBack locks within {within} seconds. Press any key or click to stay signed in.
      </p>
      <button type="button" className="primary" onClick={onStay}>
        Stay signed in
      </button>
    </div>
  );
}
