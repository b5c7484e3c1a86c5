import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../../electron/main/ipc';
import { makeSenderCheck } from '../../../electron/main/senderCheck';
import type { Router } from '../../../electron/services/boot.types';
import type { Result } from '../../../shared/contract/result';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Result<unknown>>;

const DEV_URL = 'http://localhost:5173';

function setUp(devUrl: string | null = DEV_URL) {
  const registered: Array<{ channel: string; handler: Handler }> = [];
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => {
      registered.push({ channel, handler });
    }),
  };
  const reply: Result<unknown> = { ok: true, value: { walkouts: [] } };
  const router: Router = { call: vi.fn(async () => reply) };
  const check = makeSenderCheck(
    { devUrl: devUrl ?? undefined, rendererIndexPath: '/opt/beback/out/renderer/index.html' },
    'linux',
  );
  registerIpc(ipcMain as never, router, check);
  const invoke = (frameUrl: string | null, channel: unknown, input?: unknown) => {
    const event = { sender: { id: 7 }, senderFrame: frameUrl === null ? null : { url: frameUrl } };
    return registered[0]!.handler(event as unknown as IpcMainInvokeEvent, channel, input);
  };
  return { registered, router, reply, invoke };
}

describe('registerIpc', () => {
  it('registers exactly one handler, on api:invoke', () => {
    const { registered } = setUp();
    expect(registered.map((r) => r.channel)).toEqual(['api:invoke']);
  });

  it.each([
    'https://evil.example/',
    'file:///tmp/other.html',
    'http://localhost:5174/',
    'http://localhost:5173.evil.com/',
    'http://localhost:5173@evil.com/',
    'not a url',
  ])('refuses a call from %s without reaching the router', async (url) => {
    const { router, invoke } = setUp();
    const result = await invoke(url, 'walkouts.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(router.call).not.toHaveBeenCalled();
  });

  it('refuses a call whose sender frame is gone', async () => {
    const { router, invoke } = setUp();
    expect(await invoke(null, 'walkouts.list', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
    expect(router.call).not.toHaveBeenCalled();
  });

  it('refuses a call whose sender frame was disposed (reading its url throws)', async () => {
    const { registered, router } = setUp();
    const frame = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
    };
    const event = { sender: { id: 7 }, senderFrame: frame } as unknown as IpcMainInvokeEvent;
    const result = await registered[0]!.handler(event, 'walkouts.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(router.call).not.toHaveBeenCalled();
  });

  it.each([42, null, undefined, { toString: () => 'walkouts.list' }])(
    'refuses channel %o',
    async (channel) => {
      const { router, invoke } = setUp();
      expect(await invoke(`${DEV_URL}/`, channel, {})).toMatchObject({
        ok: false,
        error: { code: 'NOT_ALLOWED' },
      });
      expect(router.call).not.toHaveBeenCalled();
    },
  );

  it('passes an allowed call through and returns the router result unchanged', async () => {
    const { router, reply, invoke } = setUp();
    const input = { day: '2026-11-23' };
    const result = await invoke(`${DEV_URL}/#/calendar`, 'calendar.day', input);
    expect(router.call).toHaveBeenCalledWith('webContents-7', 'calendar.day', input);
    expect(result).toBe(reply);
  });

  it('accepts the built renderer page when there is no dev server', async () => {
    const { router, invoke } = setUp(null);
    await invoke('file:///opt/beback/out/renderer/index.html#/counter', 'walkouts.list', {});
    expect(router.call).toHaveBeenCalledOnce();
  });

  it('turns a router that throws into an INTERNAL envelope instead of a rejection', async () => {
    const { router, invoke } = setUp();
    vi.mocked(router.call).mockRejectedValueOnce(new Error('boom'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await invoke(`${DEV_URL}/`, 'walkouts.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('boom');
  });
});
