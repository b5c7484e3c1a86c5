// The open store behind every door: one writer per file, a damaged file never written, automatic verified
// backups, and restore (files swapped while the database is closed). Doors talk to `router`, which stays
// the same object while the database beneath it is restored or found damaged.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Result } from '../../shared/contract/result';
import type { BackupEntry } from '../db/backups/backupFiles';
import { finishInterruptedRestore } from '../db/backups/restoreSwap';
import { checkDatabaseFile } from '../db/health';
import { DatabaseTooNewError } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { type Db, openDatabase } from '../db/open';
import { sqliteStore } from '../db/store';
import { acquireWriterLock } from '../db/writerLock';
import { seedDemo } from '../seed/demo';
import { type BackupDesk, createBackupDesk } from './backups/backupDesk';
import { createBackupsPort } from './backups/backups.port';
import type { Mode, OkMode, UndoRecord } from './backups/hostMode';
import { createRestorer } from './backups/restore';
import type { BootedServices, BootOptions, Router } from './boot.types';
import { countEmployees } from './employees/employees.repo';
import { createServices } from './index';
import { createStoreDatabasePort } from './storeDatabase/moveToServer';
import { writesToStore } from './storeDatabase/storeDatabase.port';

const FIFTEEN_MINUTES = 15 * 60_000;

export interface StoreHost extends BootedServices {
  backups: BackupDesk;
  state(): Mode['kind'];
  /** Test hook: what the 15-minute timer does. */
  runScheduledBackup(): Promise<BackupEntry | null>;
  /** The start-up backup, when one was started in the background. */
  startupBackup: Promise<BackupEntry | null>;
}

export async function openStoreHost(o: BootOptions): Promise<StoreHost> {
  const now = o.now ?? Date.now;
  const lock = acquireWriterLock(o.dbPath);
  const backupsDir = o.backupsDir ?? join(dirname(o.dbPath), 'backups');
  const undoPath = join(backupsDir, 'restore.json');
  const log = o.log ?? ((line: string) => console.error(`[beback] ${line}`));
  let mode: Mode = { kind: 'restoring' };
  let timer: ReturnType<typeof setInterval> | undefined;

  const readUndo = (): UndoRecord | null => {
    try {
      return existsSync(undoPath) ? (JSON.parse(readFileSync(undoPath, 'utf8')) as UndoRecord) : null;
    } catch {
      return null;
    }
  };
  const settings = () => (mode.kind === 'ok' ? mode.services.deps.settings() : null);
  const desk = createBackupDesk({
    dir: backupsDir,
    now,
    nativeBinding: o.nativeBinding,
    timeZone: () => settings()?.timeZone ?? 'UTC',
    policy: () => {
      const s = settings();
      return {
        keepToday: s?.backupKeepToday ?? 4,
        keepDays: s?.backupKeepDays ?? 14,
        keepMonths: s?.backupKeepMonths ?? 12,
      };
    },
    pinned: () => new Set([readUndo()?.undoBackupId ?? ''].filter(Boolean)),
    pagesPerStep: o.backupPagesPerStep,
  });

  const storeDatabase = createStoreDatabasePort({
    dbPath: o.dbPath,
    openSnapshot: () => openDatabase(o.dbPath, { nativeBinding: o.nativeBinding, migrate: false }),
    now,
    switchToServer: o.switchToServer,
  });

  function markDamaged(problem: string, db: Db | null): void {
    if (mode.kind === 'damaged') return;
    log(`the database is damaged, writing stopped: ${problem}`);
    if (db) {
      try {
        db.pragma('query_only = ON');
      } catch {
        // the flag is a second line: the router already refuses every call but recovery
      }
    }
    mode = { kind: 'damaged', problem, detectedAt: now(), db };
    stopTimer();
  }

  /** Opens the file and its services; the settings are read before the store is offered to any door. */
  async function open(): Promise<OkMode> {
    const db = openDatabase(o.dbPath, { nativeBinding: o.nativeBinding });
    const store = sqliteStore(db);
    const services = createServices({
      store,
      now,
      backups: port,
      storeDatabase,
      onInternalError: (channel, err) =>
        log(`${channel} failed: ${err instanceof Error ? err.stack : String(err)}`),
      onDamage: (err) => markDamaged(err instanceof Error ? err.message : String(err), db),
    });
    try {
      await services.loadSettings();
    } catch (err) {
      db.close();
      throw err;
    }
    const ok: OkMode = { kind: 'ok', db, store, services };
    mode = ok;
    desk.markClean(db);
    startTimer();
    return ok;
  }

  function startTimer(): void {
    const every = o.backupIntervalMs ?? FIFTEEN_MINUTES;
    if (every > 0 && !timer) {
      timer = setInterval(() => void scheduled(), every);
      timer.unref?.();
    }
  }
  function stopTimer(): void {
    if (timer) clearInterval(timer);
    timer = undefined;
  }
  const scheduled = (): Promise<BackupEntry | null> =>
    mode.kind === 'ok' ? desk.backUpIfChanged(mode.db, 'scheduled') : Promise.resolve(null);

  const { restore } = createRestorer({
    dbPath: o.dbPath,
    backupsDir,
    undoPath,
    nativeBinding: o.nativeBinding,
    now,
    log,
    desk,
    mode: () => mode,
    setMode: (m) => {
      mode = m;
    },
    open,
    stopTimer,
  });

  const port = createBackupsPort({
    desk,
    backUpNow: () => {
      if (mode.kind !== 'ok') throw new Error('The database is not open.'); // the port checked the mode first
      return desk.backUp(mode.db, 'manual');
    },
    now,
    nativeBinding: o.nativeBinding,
    mode: () => mode,
    readUndo,
    restore,
  });

  const router: Router = {
    async call(sessionKey, channel, input): Promise<Result<unknown>> {
      if (mode.kind === 'ok') {
        const held = storeDatabase.writesHeld();
        if (held && writesToStore(channel))
          return { ok: false, error: { code: 'UNAVAILABLE', message: held } };
        return mode.services.router.call(sessionKey, channel, input);
      }
      if (channel === 'recovery.status' || channel === 'recovery.restore')
        return port.recoveryRouter.call(sessionKey, channel, input);
      if (mode.kind === 'restoring') {
        return {
          ok: false,
          error: { code: 'UNAVAILABLE', message: 'BeBack is restoring a backup. Try again in a moment.' },
        };
      }
      return {
        ok: false,
        error: {
          code: 'DAMAGED',
          message: 'The database file is damaged, so BeBack has stopped writing to it. Restore a backup.',
        },
      };
    },
  };

  // Start-up: finish a restore a crash cut short, then look at the file before anything writes to it.
  const interrupted = finishInterruptedRestore(o.dbPath);
  if (interrupted !== 'none') log(`a restore interrupted by a crash was ${interrupted.replace('_', ' ')}`);
  let startupBackup: Promise<BackupEntry | null> = Promise.resolve(null);
  try {
    const health = checkDatabaseFile(o.dbPath, o.nativeBinding);
    if (health.state === 'damaged') {
      markDamaged(health.message, null);
    } else {
      if (health.state === 'ok' && health.schemaVersion > MIGRATIONS.length) {
        throw new DatabaseTooNewError(health.schemaVersion, MIGRATIONS.length);
      }
      if (health.state === 'ok' && health.schemaVersion > 0 && health.schemaVersion < MIGRATIONS.length) {
        const old = openDatabase(o.dbPath, { nativeBinding: o.nativeBinding, migrate: false });
        try {
          await desk.backUp(old, 'pre_migration');
        } finally {
          old.close();
        }
      }
      const ok = await open();
      let employees = await countEmployees(ok.store.db);
      if (o.seedDemoIfEmpty && employees === 0) {
        await seedDemo(ok.store, { now: now() });
        await ok.services.reloadSettings(); // the demo wrote its store phone
        employees = await countEmployees(ok.store.db);
      }
      if (o.startupBackup !== false && employees > 0) {
        startupBackup = desk.backUp(ok.db, 'startup').catch((err) => {
          log(`the start-up backup failed: ${err instanceof Error ? err.message : String(err)}`);
          return null;
        });
      }
    }
  } catch (err) {
    const failed = mode as Mode;
    if (failed.kind === 'ok') failed.db.close();
    lock.release();
    throw err;
  }

  return {
    router,
    backups: desk,
    startupBackup,
    state: () => mode.kind,
    runScheduledBackup: scheduled,
    async close() {
      stopTimer();
      await desk.idle();
      if (mode.kind === 'ok') {
        await desk.backUpIfChanged(mode.db, 'quit');
        mode.db.close();
      }
      // A damaged handle stays unclosed: closing would checkpoint its log into the damaged file.
      mode = { kind: 'restoring' };
      lock.release();
    },
  };
}
