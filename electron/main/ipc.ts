// The Electron door: one IPC handler that checks who is calling, then hands over to the router.
// Only type imports from electron, so unit tests load this file without the Electron binary.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_INVOKE } from '../../shared/contract/bridge';
import type { Result } from '../../shared/contract/result';
import type { Router } from '../services/boot.types';

const NOT_ALLOWED: Result<never> = {
  ok: false,
  error: { code: 'NOT_ALLOWED', message: 'This request did not come from the BeBack window.' },
};

const INTERNAL: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Something went wrong. Please try again.' },
};

function senderUrl(event: IpcMainInvokeEvent): string | null {
  try {
    // senderFrame is null once the frame has navigated away or been destroyed; reading a disposed one throws.
    return event.senderFrame?.url ?? null;
  } catch {
    return null;
  }
}

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  router: Router,
  isAllowedSender: (url: string) => boolean,
): void {
  ipcMain.handle(IPC_INVOKE, async (event, channel: unknown, input: unknown): Promise<Result<unknown>> => {
    const url = senderUrl(event);
    if (url === null || !isAllowedSender(url) || typeof channel !== 'string') return NOT_ALLOWED;
    try {
      return await router.call(`webContents-${event.sender.id}`, channel, input);
    } catch (err) {
      // The router returns envelopes; this is a bug, and a rejection would surface as a raw stack in the renderer.
      console.error(`[ipc] ${channel} failed`, err);
      return INTERNAL;
    }
  });
}
