// The seam between a door (Electron IPC, the web door) and the service layer.
import type { Result } from '../../shared/contract/result';
import type { SwitchToServer } from './storeDatabase/moveToServer';

export interface Router {
  /** sessionKey identifies the caller's door session (a window, a browser tab); never trusted for identity. */
  call(sessionKey: string, channel: string, input: unknown): Promise<Result<unknown>>;
}

export interface BootOptions {
  /** The SQLite file; with `pg` set, only where the default backups folder goes beside. */
  dbPath: string;
  /** Open the store on a PostgreSQL store server instead of the SQLite file (pgHost.ts). */
  pg?: { connectionString: string; max?: number };
  /** Path to a better-sqlite3 .node built for the running runtime's ABI (Electron); omit under Node. */
  nativeBinding?: string;
  /** Injected clock; defaults to Date.now. */
  now?: () => number;
  /** Seed demo data when the database has no employees (first start). */
  seedDemoIfEmpty?: boolean;
  /** Defaults to `backups/` beside the database file (with `pg`: `backups-pg/<database>/` beside it). */
  backupsDir?: string;
  /** How often to back up while something changed; defaults to 15 minutes, 0 = never on a timer. */
  backupIntervalMs?: number;
  /** Back up at start-up (in the background); defaults to true. */
  startupBackup?: boolean;
  /** Pages per backup step (4 KiB each); smaller steps hold the counter up less. */
  backupPagesPerStep?: number;
  /** Where start-up and damage messages go; defaults to stderr. */
  log?: (line: string) => void;
  /** Settings → Store database: what the app does once a server is chosen (save it, restart onto it). */
  switchToServer?: SwitchToServer;
}

export interface BootedServices {
  router: Router;
  /** Set when the store is on a store server: what else needs its own connection (the change feed) uses it. */
  connectionString?: string;
  /** Waits for a running backup, backs up what changed since the last one, closes and unlocks the file. */
  close(): Promise<void>;
}
