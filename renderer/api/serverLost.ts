// Whether the store server was last heard to be unreachable: set by any call that answered so, cleared by
// the next call that got through. The reconnecting banner (app/ServerLostBanner.tsx) reads it.
import { useSyncExternalStore } from 'react';
import type { Result } from '../../shared/contract/result';
import { SERVER_LOST_MESSAGE } from '../../shared/domain/storeServer';

let lost = false;
const listeners = new Set<() => void>();

/** Called with every answer the client gets. */
export function noteAnswer(result: Result<unknown>): void {
  const now =
    !result.ok && result.error.code === 'UNAVAILABLE' && result.error.message === SERVER_LOST_MESSAGE;
  // Any other answer came from the service layer, so the server answered (or this was never about it).
  if (now === lost) return;
  lost = now;
  for (const l of listeners) l();
}

export const isServerLostNow = (): boolean => lost;

export function useServerLost(): boolean {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, isServerLostNow);
}
