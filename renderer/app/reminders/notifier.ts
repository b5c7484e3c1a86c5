// Where a due-call notification goes: in the desktop app, to the main process over the bridge (the page
// holds no permission); in the browser, the Notification API once the user has turned reminders on.
import { type BebackBridge, BRIDGE_KEY, type ReminderNotice } from '../../../shared/contract/bridge';
import { titleWithCount } from './reminderNotices';

export type ReminderPermission = 'granted' | 'denied' | 'default' | 'unsupported';

export interface Notifier {
  /** Whether notifications can be shown at all, before the user's own on/off choice. */
  permission(): ReminderPermission;
  /** Asks the browser (from a click: browsers refuse a request that no gesture made). */
  ask(): Promise<ReminderPermission>;
  show(notice: ReminderNotice, onClick: (followUpId: number | null) => void): void;
  setDueCount(count: number): void;
  /** Desktop notifications clicked while the page was behind: they arrive here. Returns unsubscribe. */
  onClicked(listener: (followUpId: number | null) => void): () => void;
}

function desktopNotifier(bridge: BebackBridge): Notifier {
  return {
    permission: () => 'granted',
    ask: async () => 'granted',
    show: (notice) => bridge.remind(notice),
    setDueCount: (count) => {
      document.title = titleWithCount(count);
      bridge.setDueCount(count);
    },
    onClicked: (listener) => bridge.onReminderClicked(listener),
  };
}

function browserNotifier(): Notifier {
  const supported = typeof window.Notification === 'function';
  return {
    permission: () => (supported ? window.Notification.permission : 'unsupported'),
    ask: async () => (supported ? window.Notification.requestPermission() : 'unsupported'),
    show: (notice, onClick) => {
      if (!supported || window.Notification.permission !== 'granted') return;
      const shown = new window.Notification(notice.title, {
        body: notice.body,
        // One notification per call: a second one for the same call replaces the first.
        tag: notice.followUpId === null ? 'beback-calls-due' : `beback-call-${notice.followUpId}`,
      });
      shown.onclick = () => {
        window.focus();
        onClick(notice.followUpId);
        shown.close();
      };
    },
    setDueCount: (count) => {
      document.title = titleWithCount(count);
    },
    onClicked: () => () => {},
  };
}

const bridge = (window as unknown as Record<string, BebackBridge | undefined>)[BRIDGE_KEY];
export const notifier: Notifier = bridge ? desktopNotifier(bridge) : browserNotifier();

const CHOICE_KEY = 'beback.reminders';

/**
 * The user's own choice on this PC, remembered across sign-ins. The desktop app needs no permission, so its
 * reminders start on; a browser's start off until someone turns them on (the permission asked by that click).
 */
export function remindersChosen(): boolean {
  const choice = localStorage.getItem(CHOICE_KEY);
  return choice === null ? bridge !== undefined : choice === 'on';
}

export function chooseReminders(on: boolean): void {
  localStorage.setItem(CHOICE_KEY, on ? 'on' : 'off');
}
