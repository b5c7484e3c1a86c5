// The Settings → Store database channels reach the host through this port: only the host knows which
// database this PC uses, can open a second connection on its file, and can switch the PC over.

import { isChannelName, touchesOf } from '../../../shared/contract/channels';
import type {
  ConnectionTestDto,
  JoinedDto,
  MoveProgressDto,
  StoreDatabaseDto,
} from '../../../shared/contract/dto';
import type { StoreServerInput } from '../../../shared/contract/storeDatabaseSchemas';
import type { SignedIn } from '../context';
import { AppFailure } from '../errors';

export interface StoreDatabasePort {
  status(): StoreDatabaseDto;
  test(input: StoreServerInput): Promise<ConnectionTestDto>;
  move(actor: SignedIn, input: StoreServerInput): Promise<MoveProgressDto>;
  progress(): MoveProgressDto;
  join(actor: SignedIn, input: StoreServerInput): Promise<JoinedDto>;
  /**
   * Why this PC's store takes no writes now, or null: while a move copies and checks it (a write then
   * would miss the server), and once the store is on the server (a write to the file would be lost).
   */
  writesHeld(): string | null;
}

/** Without a host (tests and benches that build services directly) the store database cannot change. */
export const NO_STORE_DATABASE: StoreDatabasePort = (() => {
  const none = (): never => {
    throw new AppFailure('UNAVAILABLE', 'The store database is chosen in the BeBack app itself.');
  };
  return { status: none, test: none, move: none, progress: none, join: none, writesHeld: () => null };
})();

/**
 * A write to the store held during a move. Signing in and out go on (a PIN try recorded in the file only
 * matters on this PC), and so do the move's own channels.
 */
export function writesToStore(channel: string): boolean {
  return (
    isChannelName(channel) &&
    !channel.startsWith('auth.') &&
    touchesOf(channel).some((g) => g !== 'session' && g !== 'storeDatabase')
  );
}
