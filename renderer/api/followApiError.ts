// What the whole app does about an error any call can meet, wherever it was made: a damaged database sends
// the app to the damaged-database screen, a lost sign-in back to sign-in, a restore in progress is waited out.
import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

/** For the QueryCache and MutationCache `onError` of the app's one QueryClient. */
export function followApiError(client: QueryClient, err: unknown): void {
  if (!(err instanceof ApiError)) return;
  // recovery.status answers even when nothing else does; the gate shows the damaged screen from it.
  if (err.code === 'DAMAGED') void client.invalidateQueries({ queryKey: ['recovery.status'] });
  // A restore replaced the store, or the employee was deactivated: auth.current says who is left signed in.
  if (err.code === 'NOT_SIGNED_IN') void client.invalidateQueries({ queryKey: ['auth.current'] });
}

/**
 * Reads are tried again while a restore swaps the database files (a few seconds at most), so a screen
 * does not get stuck on "BeBack is restoring a backup"; any other error shows at once.
 */
export function retryWhileRestoring(failures: number, err: unknown): boolean {
  return err instanceof ApiError && err.code === 'UNAVAILABLE' && failures < 30;
}
export const RESTORE_RETRY_DELAY_MS = 1_000;
