// What the app does once the owner chooses a store server (after a verified move, or to join one): save
// the choice with the password sealed, answer the screen, then close the store and start again on it.
import type { PgServer } from '../db/pg/connectionCheck';
import { AppFailure } from '../services/errors';
import type { SwitchToServer } from '../services/storeDatabase/moveToServer';
import { type Sealer, saveStoreServerChoice } from './storeServerChoice';

export interface StoreServerSwitchDeps {
  choicePath: string;
  dbPath: string;
  sealer: Sealer;
  /** Closes the store cleanly, then relaunches the app (app.relaunch + app.exit in Electron). */
  restart: () => void;
  /** How long the screen has to show the answer before the app restarts. */
  delayMs?: number;
}

export function storeServerSwitch(d: StoreServerSwitchDeps): SwitchToServer {
  return async (chosen: PgServer) => {
    try {
      saveStoreServerChoice(d.choicePath, chosen, d.sealer);
    } catch (err) {
      // No keychain: said in words on the screen, and this PC stays on its built-in file.
      throw new AppFailure('UNAVAILABLE', err instanceof Error ? err.message : String(err));
    }
    setTimeout(d.restart, d.delayMs ?? 3_000);
    return {
      switched: true,
      message: `Saved. BeBack restarts in a moment on the store server ${chosen.host}:${chosen.port}/${chosen.database}. The built-in file stays at ${d.dbPath} as it is now (after a move, it is the backup of that moment).`,
    };
  };
}
