// Restoring a backup: the chosen copy checked in full while what is here now is backed up, then the
// files swapped while the database is closed (restoreSwap.ts), reopened, migrated and audited. From the
// damaged screen there is nothing sound to back up: the damaged file is kept aside instead.
import { copyFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { RestoredDto } from '../../../shared/contract/dto';
import {
  type BackupEntry,
  deleteBackup,
  findBackup,
  markBackupFailed,
  removeIfThere,
  writeFileDurably,
} from '../../db/backups/backupFiles';
import { inspectBackupFile } from '../../db/backups/inspect';
import { finishInterruptedRestore, swapInDatabase } from '../../db/backups/restoreSwap';
import { MIGRATIONS } from '../../db/migrations';
import { recordAudit } from '../audit/audit.repo';
import { activeOwnerNamed, getEmployee } from '../employees/employees.repo';
import { AppFailure, NotFoundError, ValidationError } from '../errors';
import type { BackupDesk } from './backupDesk';
import type { Mode, OkMode } from './hostMode';

export interface RestoreContext {
  dbPath: string;
  backupsDir: string;
  undoPath: string;
  nativeBinding?: string;
  now: () => number;
  log: (line: string) => void;
  desk: BackupDesk;
  mode: () => Mode;
  setMode: (m: Mode) => void;
  open: () => Promise<OkMode>;
  stopTimer: () => void;
}

export function createRestorer(c: RestoreContext) {
  async function restore(
    backupId: string,
    how: { by: string; sessionKey?: string; undo?: boolean },
  ): Promise<RestoredDto> {
    const entry = findBackup(c.backupsDir, backupId);
    if (!entry) throw new NotFoundError('That backup');
    if (!entry.verified) throw new ValidationError(`That backup cannot be used: ${entry.problem}`);
    if (entry.schemaVersion > MIGRATIONS.length) {
      throw new ValidationError(
        `That backup was made by a newer BeBack (schema ${entry.schemaVersion}; this app knows up to ${MIGRATIONS.length}). Update BeBack first.`,
      );
    }
    await c.desk.idle();
    const release = c.desk.hold(entry.id);
    try {
      const before = c.mode();
      // The chosen copy's full check and the copy of what is here now run side by side (two workers).
      const [inspection, undo] = await Promise.all([
        inspectBackupFile(entry.file, { full: true, nativeBinding: c.nativeBinding }),
        before.kind === 'ok' ? c.desk.backUp(before.db, 'pre_restore') : Promise.resolve(null),
      ]);
      if (!inspection.ok) {
        if (undo) deleteBackup(c.backupsDir, undo.id); // nothing was restored: no "before a restore" copy
        markBackupFailed(c.backupsDir, entry, inspection.message);
        throw new ValidationError(`That backup failed its check and was not used. ${inspection.message}`);
      }
      return await swapIn(entry, how, before, undo);
    } finally {
      release();
    }
  }

  async function swapIn(
    entry: BackupEntry,
    how: { by: string; sessionKey?: string; undo?: boolean },
    before: Mode,
    undo: BackupEntry | null,
  ): Promise<RestoredDto> {
    if (c.mode() !== before)
      throw new AppFailure(
        'UNAVAILABLE',
        'The database changed state during the restore; nothing was restored.',
      );
    c.setMode({ kind: 'restoring' });
    c.stopTimer();
    const stamp = new Date(c.now()).toISOString().replace(/[-:.]/g, '');
    const damaged = before.kind === 'damaged';
    const aside = damaged
      ? join(dirname(c.dbPath), `${basename(c.dbPath, '.sqlite')}.damaged-${stamp}.sqlite`)
      : `${c.dbPath}.replaced-${stamp}`;
    const oldDb = before.kind === 'restoring' ? null : before.db;
    if (damaged && oldDb) {
      // Found damaged while open: keep the exact bytes aside before closing can checkpoint into them.
      for (const suffix of ['', '-wal'])
        if (existsSync(c.dbPath + suffix)) copyFileSync(c.dbPath + suffix, aside + suffix);
    }
    try {
      oldDb?.close();
    } catch {
      // a damaged handle may refuse to close cleanly; the files move aside regardless
    }
    try {
      swapInDatabase(c.dbPath, entry.file, {
        aside: damaged && oldDb ? `${aside}.closed` : aside,
        keepAside: damaged && !oldDb,
      });
    } catch (err) {
      // Put back what was there (the intent file says how far the swap got) and carry on with it.
      finishInterruptedRestore(c.dbPath);
      if (damaged)
        c.setMode({ kind: 'damaged', problem: before.problem, detectedAt: before.detectedAt, db: null });
      else await c.open();
      throw err;
    }
    const ok = await c.open();
    await recordAudit(ok.store.db, {
      at: c.now(),
      employeeId: null,
      action: 'update',
      entity: 'database',
      entityId: null,
      detail: {
        restoredBackupId: entry.id,
        backupCreatedAt: entry.createdAt,
        by: how.by,
        undo: Boolean(how.undo),
      },
    });
    if (undo && !how.undo) {
      writeFileDurably(
        c.undoPath,
        JSON.stringify({ restoredAt: c.now(), restoredBackupId: entry.id, undoBackupId: undo.id }),
      );
    } else removeIfThere(c.undoPath);
    await keepSignedIn(how);
    c.log(
      `restored backup ${entry.id} (${how.by})${damaged ? `; the damaged file is kept as ${aside}` : ''}`,
    );
    return {
      restoredBackupId: entry.id,
      undoBackupId: how.undo ? null : (undo?.id ?? null),
      walkouts: entry.counts.walkouts,
    };
  }

  /** The owner who restored stays signed in when the restored store has them, as the same owner. */
  async function keepSignedIn(how: { by: string; sessionKey?: string }): Promise<void> {
    const mode = c.mode();
    if (mode.kind !== 'ok' || !how.sessionKey) return;
    const who = await activeOwnerNamed(mode.store.db, how.by);
    if (who && (await getEmployee(mode.store.db, who))) mode.services.sessions.signIn(how.sessionKey, who);
  }

  return { restore };
}
