import { describe, expect, it, vi } from 'vitest';

const exposed = vi.hoisted(() => new Map<string, unknown>());
const invoke = vi.hoisted(() => vi.fn(async () => ({ ok: true, value: 'pong' })));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke },
}));

await import('../../../electron/preload/index');

describe('preload', () => {
  it('exposes exactly one key, holding exactly invoke', () => {
    expect([...exposed.keys()]).toEqual(['beback']);
    const bridge = exposed.get('beback') as Record<string, unknown>;
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(typeof bridge.invoke).toBe('function');
  });

  it('forwards invoke(channel, input) to ipcRenderer.invoke on api:invoke and nothing more', async () => {
    const bridge = exposed.get('beback') as { invoke: (channel: string, input: unknown) => Promise<unknown> };
    const input = { name: 'Ada' };
    await expect(bridge.invoke('walkouts.create', input)).resolves.toEqual({ ok: true, value: 'pong' });
    expect(invoke).toHaveBeenCalledWith('api:invoke', 'walkouts.create', input);
    expect(invoke.mock.calls[0]).toHaveLength(3);
  });
});
