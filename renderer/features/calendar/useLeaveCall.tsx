// The guard around the call panel: leaving it (Esc, Close, another calendar row, another calendar, another
// tab, Sign out) while something typed would be lost first asks in LeaveCallDialog; closing the browser tab
// asks the browser's own question; the idle lock keeps the typing for the same employee instead of asking.
// Nothing typed: no question.
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { BRIDGE_KEY } from '../../../shared/contract/bridge';
import { type CallDraft, keepCallDraft } from './callDrafts';
import { LeaveCallDialog } from './LeaveCallDialog';
import { installLeaveGuard } from './leaveGuard';
import type { UnsavedWork } from './unsavedWork';

// In Electron a beforeunload that objects silently cancels the window's close (no question is shown, and
// main has no close handler to ask one), so only the browser (web door) gets it.
const inBrowser = !(BRIDGE_KEY in window);

interface Asking {
  work: UnsavedWork;
  leave: () => void;
  stay: () => void;
}

/** `employeeId`: the one signed in, whose typing the idle lock keeps. */
export function useLeaveCall(employeeId: number): {
  /** Runs `leave` at once when nothing would be lost, or after the person chose Leave. */
  askToLeave: (leave: () => void) => void;
  /** For the panel's onUnsaved and onFocusInside. */
  onUnsaved: (work: UnsavedWork | null, typed: CallDraft | null) => void;
  onFocusInside: (element: HTMLElement) => void;
  dialog: ReactNode;
} {
  // A ref as well as state: the router's blocker reads it at the moment of navigating.
  const unsaved = useRef<UnsavedWork | null>(null);
  const typed = useRef<CallDraft | null>(null);
  const lastFocus = useRef<HTMLElement | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [refocus, setRefocus] = useState(0);

  const blocker = useBlocker(
    useCallback(
      ({ currentLocation, nextLocation }) =>
        unsaved.current !== null && currentLocation.pathname !== nextLocation.pathname,
      [],
    ),
  );

  const close = useCallback((then: () => void) => {
    setAsking(null);
    then();
  }, []);
  const askToLeave = useCallback(
    (leave: () => void) => {
      const work = unsaved.current;
      if (!work) return leave();
      setAsking({
        work,
        leave: () => close(leave),
        stay: () => close(() => setRefocus((n) => n + 1)),
      });
    },
    [close],
  );

  // A tab or shortcut held back by the router asks the same question.
  const held = useRef(blocker);
  held.current = blocker;
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const work = unsaved.current;
    if (!work) return held.current.proceed?.();
    setAsking({
      work,
      leave: () => close(() => held.current.proceed?.()),
      stay: () =>
        close(() => {
          held.current.reset?.();
          setRefocus((n) => n + 1);
        }),
    });
  }, [blocker.state, close]);

  // Sign out asks here too; the idle lock keeps what was typed for this employee.
  useEffect(
    () =>
      installLeaveGuard({
        askToLeave,
        keepForLock: () => {
          if (typed.current) keepCallDraft(employeeId, typed.current);
        },
      }),
    [askToLeave, employeeId],
  );

  // Closing the tab or window with typing: the browser asks its own "Leave site?".
  useEffect(() => {
    if (!inBrowser) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (unsaved.current === null) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  // Stay puts focus back where it was in the panel (the notes being typed), once the dialog has gone.
  useEffect(() => {
    if (refocus > 0 && lastFocus.current?.isConnected) lastFocus.current.focus();
  }, [refocus]);

  return {
    askToLeave,
    onUnsaved: useCallback((work: UnsavedWork | null, draft: CallDraft | null) => {
      unsaved.current = work;
      typed.current = draft;
    }, []),
    onFocusInside: useCallback((element: HTMLElement) => {
      lastFocus.current = element;
    }, []),
    dialog: asking && <LeaveCallDialog work={asking.work} onStay={asking.stay} onLeave={asking.leave} />,
  };
}
