// The web door's store, which can change under it: once Settings → Store database has moved this store to a
// server (or joined one), the door opens the store there and sends every later request to it, without a
// restart. The built-in file is closed as it is then (after a move, the backup of that moment).
import type { PgServer } from '../db/pg/connectionCheck';
import { bootServices } from '../services/boot';
import type { BootedServices, BootOptions, Router } from '../services/boot.types';
import { AppFailure } from '../services/errors';
import { connectionStringOf, describeServer, serverOf } from '../services/pgHost';

export interface DoorServicesOptions extends Omit<BootOptions, 'switchToServer'> {
  /** How long the screen has to show the answer before the door changes over (the app's restart delay). */
  switchDelayMs?: number;
  /** Told once the door runs on the server (serve.ts prints it). */
  onSwitched?: (server: PgServer) => void;
  /** Opens a store; bootServices unless a test stands in for a server that cannot be opened. */
  boot?: (options: BootOptions) => Promise<BootedServices>;
}

export interface DoorServices extends BootedServices {
  /** The server the door runs on now, or null on the built-in file. */
  server(): PgServer | null;
}

export async function bootDoorServices(options: DoorServicesOptions): Promise<DoorServices> {
  const { switchDelayMs = 3_000, onSwitched, boot: bootStore = bootServices, ...boot } = options;
  let current: BootedServices;
  let onServer: PgServer | null = null;
  // Opened on the server, waiting for the screen's moment: closed with the door if it stops first.
  let waiting: BootedServices | null = null;
  let closed = false;

  async function changeOver(next: BootedServices, chosen: PgServer): Promise<void> {
    // The door stopped while it waited: close() has closed it already.
    if (closed || waiting !== next) return;
    waiting = null;
    const before = current;
    current = next;
    onServer = chosen;
    onSwitched?.(chosen);
    await before.close().catch((err: unknown) => boot.log?.(`closing the built-in file: ${String(err)}`));
  }

  const open = (o: BootOptions): Promise<BootedServices> => bootStore({ ...o, switchToServer });

  async function switchToServer(chosen: PgServer) {
    let next: BootedServices;
    try {
      // The server's store is opened (and checked) before anything changes: a refusal leaves the door as it was.
      next = await open({
        ...boot,
        pg: { connectionString: connectionStringOf(chosen) },
        backupsDir: undefined,
        seedDemoIfEmpty: false,
      });
    } catch (err) {
      throw new AppFailure(
        'UNAVAILABLE',
        `The store server could not be opened by this web door (${err instanceof Error ? err.message : String(err)}), so it keeps using the built-in file.`,
      );
    }
    waiting = next;
    setTimeout(() => void changeOver(next, chosen), switchDelayMs);
    return {
      switched: true,
      message: `Saved. In a moment this web door carries on on the store server ${describeServer(chosen)}: sign in again there. The built-in file stays at ${boot.dbPath} as it is now (after a move, it is the backup of that moment). Next time, start the door with --pg <url> or BEBACK_PG_URL.`,
    };
  }

  current = await open(boot);
  if (boot.pg) onServer = serverOf(boot.pg.connectionString);
  const router: Router = { call: (session, channel, input) => current.router.call(session, channel, input) };
  return {
    router,
    get connectionString() {
      return current.connectionString;
    },
    server: () => onServer,
    async close() {
      closed = true;
      const opened = waiting;
      waiting = null;
      await Promise.all([current.close(), opened?.close()]);
    },
  };
}
