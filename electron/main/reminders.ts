// The main-process half of due-call reminders: a notification the renderer asks for (checked, from the
// BeBack window only), the window's badge, and a click that focuses the window and opens the call.
// Only type imports from electron: the Notification class and the app come in as arguments, so unit
// tests drive this with stand-ins. The renderer needs no notification permission for any of it.
import type { IpcMain, IpcMainEvent } from 'electron';
import {
  dueCountSchema,
  IPC_DUE_COUNT,
  IPC_REMIND,
  IPC_REMINDER_CLICKED,
  reminderNoticeSchema,
} from '../../shared/contract/bridge';
import type { UrlCheck } from './senderCheck';

/** What this needs of Electron's Notification: made with a title and body, clicked, shown. */
export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown;
  show(): void;
}

export interface WindowLike {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  webContents: { send(channel: string, ...args: unknown[]): void };
}

export interface ReminderDeps {
  isAllowedSender: UrlCheck;
  makeNotification: (options: { title: string; body: string }) => NotificationLike;
  /** app.setBadgeCount: the dock or taskbar count, where the platform has one. */
  setBadgeCount: (count: number) => unknown;
  /** The window the reminder belongs to, if it is still open. */
  window: () => WindowLike | undefined;
}

function fromBeBack(event: IpcMainEvent, isAllowedSender: UrlCheck): boolean {
  try {
    const url = event.senderFrame?.url;
    return typeof url === 'string' && isAllowedSender(url);
  } catch {
    return false; // a disposed frame
  }
}

export function registerReminders(ipcMain: Pick<IpcMain, 'on'>, deps: ReminderDeps): void {
  ipcMain.on(IPC_REMIND, (event, notice: unknown) => {
    const read = reminderNoticeSchema.safeParse(notice);
    if (!fromBeBack(event, deps.isAllowedSender) || !read.success) return;
    const { followUpId, title, body } = read.data;
    // Kept referenced by the closure until clicked or dropped; one per call that fell due.
    const shown = deps.makeNotification({ title, body });
    shown.on('click', () => {
      const win = deps.window();
      if (!win || win.isDestroyed()) return;
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
      win.webContents.send(IPC_REMINDER_CLICKED, followUpId);
    });
    shown.show();
  });
  ipcMain.on(IPC_DUE_COUNT, (event, count: unknown) => {
    const read = dueCountSchema.safeParse(count);
    if (!fromBeBack(event, deps.isAllowedSender) || !read.success) return;
    deps.setBadgeCount(read.data);
  });
}
