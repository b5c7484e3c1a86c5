import { describe, expect, it, vi } from 'vitest';

const exposed = vi.hoisted(() => new Map<string, unknown>());
const invoke = vi.hoisted(() => vi.fn(async () => ({ ok: true, value: 'pong' })));
const send = vi.hoisted(() => vi.fn());
const subscribed = vi.hoisted(() => new Map<string, (event: unknown, arg: unknown) => void>());
const on = vi.hoisted(() =>
  vi.fn((channel: string, l: (event: unknown, arg: unknown) => void) => subscribed.set(channel, l)),
);
const removeListener = vi.hoisted(() => vi.fn((channel: string) => subscribed.delete(channel)));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke, send, on, removeListener },
}));

await import('../../../electron/preload/index');

describe('preload', () => {
  it('exposes exactly one key, holding invoke and the reminders’ three functions', () => {
    expect([...exposed.keys()]).toEqual(['beback']);
    const bridge = exposed.get('beback') as Record<string, unknown>;
    expect(Object.keys(bridge)).toEqual(['invoke', 'remind', 'setDueCount', 'onReminderClicked']);
    expect(Object.values(bridge).every((f) => typeof f === 'function')).toBe(true);
  });

  it('sends a reminder and the due count on their channels, and passes a click on without the event', () => {
    const bridge = exposed.get('beback') as import('../../../shared/contract/bridge').BebackBridge;
    const notice = { followUpId: 5, title: 'Call due: Ana Ruiz', body: 'First contact call.' };
    bridge.remind(notice);
    bridge.setDueCount(2);
    expect(send.mock.calls).toEqual([
      ['reminders:show', notice],
      ['reminders:dueCount', 2],
    ]);
    const heard: unknown[] = [];
    const stop = bridge.onReminderClicked((id) => heard.push(id));
    subscribed.get('reminders:clicked')!({ sender: 'the event' }, 5);
    subscribed.get('reminders:clicked')!({ sender: 'the event' }, 'not an id');
    expect(heard).toEqual([5, null]);
    stop();
    expect(subscribed.has('reminders:clicked')).toBe(false);
  });

  it('forwards invoke(channel, input) to ipcRenderer.invoke on api:invoke and nothing more', async () => {
    const bridge = exposed.get('beback') as { invoke: (channel: string, input: unknown) => Promise<unknown> };
    const input = { name: 'Ada' };
    await expect(bridge.invoke('walkouts.create', input)).resolves.toEqual({ ok: true, value: 'pong' });
    expect(invoke).toHaveBeenCalledWith('api:invoke', 'walkouts.create', input);
    expect(invoke.mock.calls[0]).toHaveLength(3);
  });
});
