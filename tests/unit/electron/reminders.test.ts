import type { IpcMainEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registerReminders, type WindowLike } from '../../../electron/main/reminders';
import { makeSenderCheck } from '../../../electron/main/senderCheck';

type Listener = (event: IpcMainEvent, arg: unknown) => void;
const APP = 'http://localhost:5173/';

function setUp(opts: { minimized?: boolean; closed?: boolean } = {}) {
  const listeners = new Map<string, Listener>();
  const ipcMain = { on: vi.fn((channel: string, l: Listener) => listeners.set(channel, l)) };
  const made: Array<{ options: { title: string; body: string }; click?: () => void; shown: number }> = [];
  const win: WindowLike = {
    isDestroyed: () => opts.closed ?? false,
    isMinimized: () => opts.minimized ?? false,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
    webContents: { send: vi.fn() },
  };
  const setBadgeCount = vi.fn();
  registerReminders(ipcMain as never, {
    isAllowedSender: makeSenderCheck({ devUrl: 'http://localhost:5173', rendererIndexPath: '/x/index.html' }),
    makeNotification: (options) => {
      const entry: (typeof made)[number] = { options, shown: 0 };
      made.push(entry);
      return {
        on: (_event, listener) => {
          entry.click = listener;
        },
        show: () => {
          entry.shown += 1;
        },
      };
    },
    setBadgeCount,
    window: () => win,
  });
  const send = (channel: string, arg: unknown, url: string | null = APP) =>
    listeners.get(channel)!({ senderFrame: url === null ? null : { url } } as unknown as IpcMainEvent, arg);
  return { listeners, made, win, setBadgeCount, send };
}

const NOTICE = { followUpId: 41, title: 'Call due: Ana Ruiz', body: 'First contact call. Click to open it.' };

describe('registerReminders', () => {
  it('listens on exactly the two reminder channels', () => {
    expect([...setUp().listeners.keys()]).toEqual(['reminders:show', 'reminders:dueCount']);
  });

  it('shows the notification the window asked for; a click focuses the window and opens that call', () => {
    const { made, win, send } = setUp();
    send('reminders:show', NOTICE);
    expect(made).toHaveLength(1);
    expect(made[0]!.options).toEqual({
      title: 'Call due: Ana Ruiz',
      body: 'First contact call. Click to open it.',
    });
    expect(made[0]!.shown).toBe(1);
    expect(win.focus).not.toHaveBeenCalled();
    made[0]!.click!();
    expect(win.restore).not.toHaveBeenCalled();
    expect(win.show).toHaveBeenCalledTimes(1);
    expect(win.focus).toHaveBeenCalledTimes(1);
    expect(win.webContents.send).toHaveBeenCalledWith('reminders:clicked', 41);
  });

  it('restores a minimised window first, and does nothing for a closed one', () => {
    const minimised = setUp({ minimized: true });
    minimised.send('reminders:show', NOTICE);
    minimised.made[0]!.click!();
    expect(minimised.win.restore).toHaveBeenCalledTimes(1);
    const closed = setUp({ closed: true });
    closed.send('reminders:show', NOTICE);
    closed.made[0]!.click!();
    expect(closed.win.focus).not.toHaveBeenCalled();
    expect(closed.win.webContents.send).not.toHaveBeenCalled();
  });

  it.each([
    ['another page', NOTICE, 'https://evil.example/'],
    ['a gone frame', NOTICE, null],
    ['no title', { ...NOTICE, title: '' }, APP],
    ['an extra field', { ...NOTICE, icon: '/etc/passwd' }, APP],
    ['a made-up call id', { ...NOTICE, followUpId: -1 }, APP],
  ])('ignores a notice from %s', (_label, notice, url) => {
    const { made, send } = setUp();
    send('reminders:show', notice, url);
    expect(made).toEqual([]);
  });

  it('sets the badge count from the window, and only a whole count from it', () => {
    const { setBadgeCount, send } = setUp();
    send('reminders:dueCount', 3);
    send('reminders:dueCount', 0);
    send('reminders:dueCount', 2.5);
    send('reminders:dueCount', '7');
    send('reminders:dueCount', 5, 'file:///tmp/other.html');
    expect(setBadgeCount.mock.calls).toEqual([[3], [0]]);
  });
});
