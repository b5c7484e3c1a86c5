// One verified backup: SQLite's online backup copies the live database in small steps (the counter keeps
// working between them), the copy is checked in a worker, flushed to disk, and only then named a backup.
import { renameSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupReason } from '../../../shared/domain/backups';
import { schemaVersion } from '../migrate';
import type { Db } from '../open';
import {
  type BackupEntry,
  backupFile,
  ensureDir,
  newBackupId,
  removeIfThere,
  syncDir,
  syncFile,
  tempFile,
  writeManifest,
} from './backupFiles';
import { inspectBackupFile, MAIN_TABLES, type TableCounts } from './inspect';

export class BackupFailedError extends Error {}

export interface TakeBackupOptions {
  dir: string;
  reason: BackupReason;
  now: () => number;
  nativeBinding?: string;
  /** 0…1 as pages are copied, then 1 while the copy is checked. */
  onProgress?: (fraction: number, phase: 'copying' | 'checking') => void;
  /** Pages per step (4 KiB each); between steps the event loop serves the counter. */
  pagesPerStep?: number;
}

export function countMainTables(db: Database.Database): TableCounts {
  const counts = {} as TableCounts;
  for (const t of MAIN_TABLES) counts[t] = db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
  return counts;
}

export async function takeBackup(db: Db, o: TakeBackupOptions): Promise<BackupEntry> {
  ensureDir(o.dir);
  const createdAt = o.now();
  const id = newBackupId(createdAt, o.dir);
  const tmp = tempFile(o.dir, id);
  const step = o.pagesPerStep ?? 256;
  try {
    await db.backup(tmp, {
      progress: ({ totalPages, remainingPages }) => {
        o.onProgress?.(totalPages ? 1 - remainingPages / totalPages : 0, 'copying');
        return step;
      },
    });
    // No await since the last page: the database still holds exactly what the copy holds.
    const expected = { schemaVersion: schemaVersion(db), counts: countMainTables(db) };
    o.onProgress?.(1, 'checking');
    selfContained(tmp, o.nativeBinding);
    const inspection = await inspectBackupFile(tmp, { full: true, nativeBinding: o.nativeBinding });
    if (!inspection.ok) throw new BackupFailedError(inspection.message);
    const differs = MAIN_TABLES.filter((t) => inspection.counts[t] !== expected.counts[t]);
    if (inspection.schemaVersion !== expected.schemaVersion || differs.length > 0) {
      throw new BackupFailedError(
        `The copy does not match the database (${differs.join(', ') || 'schema'}).`,
      );
    }
    syncFile(tmp);
    const file = backupFile(o.dir, id);
    renameSync(tmp, file);
    const manifest = {
      format: 1 as const,
      id,
      createdAt,
      reason: o.reason,
      sizeBytes: statSync(file).size,
      schemaVersion: inspection.schemaVersion,
      counts: inspection.counts,
      check: 'integrity' as const,
    };
    writeManifest(o.dir, manifest);
    syncDir(o.dir);
    return { ...manifest, file, verified: true, problem: null };
  } catch (err) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) removeIfThere(tmp + suffix);
    throw err;
  }
}

/** A backup is one file: rollback journal mode, so it never needs a -wal beside it to be whole. */
function selfContained(file: string, nativeBinding?: string): void {
  const copy = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}
