// The store on a PostgreSQL store server behind every door: the server checked in words before anything is
// written (unreachable, wrong password, newer than this app, someone else's tables), migrated, the services
// over a pool that reconnects by itself, and verified logical backups in a folder on this PC.
import { dirname, join } from 'node:path';
import type { BackupEntry } from '../db/backups/backupFiles';
import { checkConnection, type PgServer, type TlsMode } from '../db/pg/connectionCheck';
import { migratePg } from '../db/pg/migrate';
import { openPgPool } from '../db/pg/pool';
import { postgresStore, type Store } from '../db/store';
import { seedDemo } from '../seed/demo';
import { createBackupsPort } from './backups/backups.port';
import { createPgBackupDesk, type PgBackupDesk } from './backups/pgBackupDesk';
import type { BootedServices, BootOptions } from './boot.types';
import { type PgChangeListener, pgChangeSharing } from './changes/pgChanges';
import { countEmployees } from './employees/employees.repo';
import { ConflictError } from './errors';
import { createServices } from './index';
import { createStoreDatabasePort } from './storeDatabase/moveToServer';

const FIFTEEN_MINUTES = 15 * 60_000;

export interface PgHost extends BootedServices {
  /** Kept for what needs its own connection to the same server (the change feed's LISTEN). */
  connectionString: string;
  server: PgServer;
  store: Store;
  backups: PgBackupDesk;
  runScheduledBackup(): Promise<BackupEntry | null>;
  startupBackup: Promise<BackupEntry | null>;
}

export class StoreServerRefusedError extends Error {}

/** host, port, database, user, password and TLS as a connection URL names them (sslmode). */
export function serverOf(connectionString: string): PgServer {
  let u: URL;
  try {
    u = new URL(connectionString);
  } catch {
    u = new URL('invalid:');
  }
  // The address itself is never repeated: it may hold the password.
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:')
    throw new StoreServerRefusedError(
      'The store server address is not a PostgreSQL address: write it as postgres://user:password@host:5432/database.',
    );
  const sslmode = u.searchParams.get('sslmode') ?? 'disable';
  // no-verify is how connectionStringOf writes "require" (pg reads sslmode=require as verify-full).
  const tls: TlsMode = sslmode.startsWith('verify')
    ? 'verify'
    : sslmode === 'require' || sslmode === 'no-verify'
      ? 'require'
      : 'off';
  return {
    host: decodeURIComponent(u.hostname) || 'localhost',
    port: Number(u.port || 5432),
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || decodeURIComponent(u.username),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    tls,
  };
}

const SSL_MODE: Record<TlsMode, string> = { off: 'disable', require: 'no-verify', verify: 'verify-full' };

/** The `pg` connection string for a chosen server (what bootServices' `pg` option takes); serverOf's inverse. */
export function connectionStringOf(s: PgServer): string {
  const user = encodeURIComponent(s.user);
  const password = encodeURIComponent(s.password);
  const host = s.host.includes(':') && !s.host.startsWith('[') ? `[${s.host}]` : s.host;
  return `postgres://${user}:${password}@${host}:${s.port}/${encodeURIComponent(s.database)}?sslmode=${SSL_MODE[s.tls]}`;
}

/** What the doors print: where the store is, never the password. */
export function describeServer(s: PgServer): string {
  return `${s.host}:${s.port}/${s.database}`;
}

export async function openPgHost(o: BootOptions & { pg: NonNullable<BootOptions['pg']> }): Promise<PgHost> {
  const now = o.now ?? Date.now;
  const log = o.log ?? ((line: string) => console.error(`[beback] ${line}`));
  const server = serverOf(o.pg.connectionString);
  // Nothing is written to a server this app must not use; the check says why in the owner's words.
  const answer = await checkConnection(server);
  if (answer.kind !== 'ready' && answer.kind !== 'older' && answer.kind !== 'empty')
    throw new StoreServerRefusedError(answer.message);

  const pool = openPgPool(o.pg);
  const store = postgresStore(pool);
  let timer: ReturnType<typeof setInterval> | undefined;
  let listener: PgChangeListener | undefined;
  try {
    const client = await pool.connect();
    try {
      await migratePg(client); // refuses a newer or foreign database too, should one appear since the check
    } finally {
      client.release();
    }
    const backupsDir = o.backupsDir ?? join(dirname(o.dbPath), 'backups-pg', server.database);
    const settings = () => services.deps.settings();
    const desk = createPgBackupDesk({
      dir: backupsDir,
      store,
      pool,
      now,
      timeZone: () => settings().timeZone,
      policy: () => {
        const s = settings();
        return { keepToday: s.backupKeepToday, keepDays: s.backupKeepDays, keepMonths: s.backupKeepMonths };
      },
    });
    const restoreElsewhere =
      'A store server backup is restored into a new, empty database, never over the store in use. ' +
      `Create an empty database on the server, restore the backup file into it (npm run restore:pg -- --pg <address of the empty database> <backup file>), then point every PC at it. The backup files are in ${backupsDir}.`;
    const port = createBackupsPort({
      restoreElsewhere,
      desk,
      backUpNow: () => desk.backUp('manual'),
      now,
      mode: () => ({ kind: 'ok' }),
      readUndo: () => null,
      restore: async () => {
        throw new ConflictError(restoreElsewhere);
      },
    });
    // What another PC writes reaches this one's screens (and its settings) through LISTEN/NOTIFY.
    const sharing = pgChangeSharing(store, o.pg.connectionString, log);
    // Settings → Store database on a server PC: it shows this server; another one can be joined.
    const storeDatabase = createStoreDatabasePort({
      dbPath: o.dbPath,
      current: {
        kind: 'server',
        host: server.host,
        port: server.port,
        database: server.database,
        user: server.user,
      },
      openSnapshot: () => {
        throw new ConflictError('This PC uses a store server: there is no built-in store to move.');
      },
      now,
      switchToServer: o.switchToServer,
    });
    const services = createServices({
      ...sharing.services,
      store,
      now,
      backups: port,
      storeDatabase,
      onInternalError: (channel, err) =>
        log(`${channel} failed: ${err instanceof Error ? err.stack : String(err)}`),
    });
    await services.loadSettings();
    listener = sharing.listen(services.reloadSettings);
    await listener.ready;
    let employees = await countEmployees(store.db);
    if (o.seedDemoIfEmpty && employees === 0) {
      await seedDemo(store, { now: now() });
      await services.reloadSettings(); // the demo wrote its store phone
      employees = await countEmployees(store.db);
    }
    await desk.markClean();
    let startupBackup: Promise<BackupEntry | null> = Promise.resolve(null);
    if (o.startupBackup !== false && employees > 0) {
      startupBackup = desk.backUp('startup').catch((err) => {
        log(`the start-up backup failed: ${err instanceof Error ? err.message : String(err)}`);
        return null;
      });
    }
    const scheduled = () => desk.backUpIfChanged('scheduled');
    const every = o.backupIntervalMs ?? FIFTEEN_MINUTES;
    if (every > 0) {
      timer = setInterval(() => void scheduled(), every);
      timer.unref?.();
    }
    return {
      router: services.router,
      connectionString: o.pg.connectionString,
      server,
      store,
      backups: desk,
      startupBackup,
      runScheduledBackup: scheduled,
      async close() {
        if (timer) clearInterval(timer);
        await listener?.close();
        await desk.idle();
        await desk.backUpIfChanged('quit');
        await store.close(); // ends the pool
      },
    };
  } catch (err) {
    if (timer) clearInterval(timer);
    await listener?.close().catch(() => {});
    await store.close().catch(() => {});
    throw err;
  }
}
