// The Settings → Store database channels reach the host through this port: only the host knows which
// database this PC uses, can open a second connection on its file, and can switch the PC over.
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
}

/** Without a host (tests and benches that build services directly) the store database cannot change. */
export const NO_STORE_DATABASE: StoreDatabasePort = (() => {
  const none = (): never => {
    throw new AppFailure('UNAVAILABLE', 'The store database is chosen in the BeBack app itself.');
  };
  return { status: none, test: none, move: none, progress: none, join: none };
})();
