// The seam between a door (Electron IPC, the web door) and the service layer.
import type { Result } from '../../shared/contract/result';

export interface Router {
  /** sessionKey identifies the caller's door session (a window, a browser tab); never trusted for identity. */
  call(sessionKey: string, channel: string, input: unknown): Promise<Result<unknown>>;
}

export interface BootOptions {
  dbPath: string;
  /** Path to a better-sqlite3 .node built for the running runtime's ABI (Electron); omit under Node. */
  nativeBinding?: string;
  /** Injected clock; defaults to Date.now. */
  now?: () => number;
  /** Seed demo data when the database has no employees (first start). */
  seedDemoIfEmpty?: boolean;
}

export interface BootedServices {
  router: Router;
  close(): void;
}
