// The backups of a store server, as the Backups screen shows them: one logical backup at a time (every table
// through COPY from one snapshot, re-read and hashed before it is named a backup), the same rotation as the
// SQLite desk, and whether any PC wrote since the last one (the 15-minute schedule skips a quiet store).
import { statSync } from 'node:fs';
import type pg from 'pg';
import type { BackupReason } from '../../../shared/domain/backups';
import {
  type BackupEntry,
  backupFile,
  deleteBackup,
  ensureDir,
  listBackups,
  newBackupId,
  removeLeftovers,
  syncDir,
  writeManifest,
} from '../../db/backups/backupFiles';
import { MAIN_TABLES, type TableCounts } from '../../db/backups/inspect';
import { backupsToDelete, type RotationPolicy } from '../../db/backups/rotation';
import { writeMark } from '../../db/dialect';
import { backUpPg } from '../../db/pg/logicalBackup';
import { one, type Store } from '../../db/store';
import { createBackupRun, policyNow, type TakeBackup } from './backupRun';

export interface PgBackupDeskOptions {
  dir: string;
  store: Store;
  pool: pg.Pool;
  now: () => number;
  timeZone: () => string;
  policy: () => RotationPolicy;
}

export type PgBackupDesk = ReturnType<typeof createPgBackupDesk>;

export function createPgBackupDesk(o: PgBackupDeskOptions) {
  let markAtLastBackup = -1;
  removeLeftovers(o.dir);

  /** Moves with every writing transaction of any PC on the server (dialect.ts). */
  async function mark(): Promise<number> {
    return Number((await one(o.store.db, writeMark(o.store.db)))?.n ?? 0);
  }

  function rotate(): void {
    const doomed = backupsToDelete(listBackups(o.dir), o.now(), o.timeZone(), o.policy());
    for (const id of doomed) deleteBackup(o.dir, id);
  }
  const runs = createBackupRun({ now: o.now, rotate });

  const take =
    (reason: BackupReason): TakeBackup =>
    async () => {
      ensureDir(o.dir);
      const createdAt = o.now();
      const id = newBackupId(createdAt, o.dir);
      const file = backupFile(o.dir, id, 'postgres');
      const before = await mark();
      const client = await o.pool.connect();
      let summary: Awaited<ReturnType<typeof backUpPg>>;
      try {
        summary = await backUpPg(client, file);
      } finally {
        client.release();
      }
      const counts = Object.fromEntries(
        MAIN_TABLES.map((t) => [t, summary.tables.find((x) => x.name === t)?.rows ?? 0]),
      ) as TableCounts;
      const manifest = {
        format: 1 as const,
        id,
        createdAt,
        reason,
        sizeBytes: statSync(file).size,
        schemaVersion: summary.schemaVersion,
        counts,
        // backUpPg read the whole file back and compared its hash and row counts before renaming it.
        check: 'integrity' as const,
        engine: 'postgres' as const,
      };
      writeManifest(o.dir, manifest);
      syncDir(o.dir);
      markAtLastBackup = before;
      return { ...manifest, file, verified: true, problem: null };
    };

  return {
    dir: o.dir,
    backUp(reason: BackupReason): Promise<BackupEntry> {
      return runs.start(reason, take(reason));
    },
    /** The 15-minute (and on-quit) backup: only when some PC wrote since the last one. */
    async backUpIfChanged(reason: BackupReason): Promise<BackupEntry | null> {
      if (runs.busy()) return null;
      try {
        if ((await mark()) === markAtLastBackup) return null;
        return await runs.run(reason, take(reason));
      } catch {
        return null; // lastError tells the owner (or the server is away: the next timer tries again)
      }
    },
    idle: runs.idle,
    /** Nothing written since the store was opened counts as backed up already. */
    async markClean(): Promise<void> {
      markAtLastBackup = await mark();
    },
    progress: runs.progress,
    lastError: runs.lastError,
    list: (): BackupEntry[] => listBackups(o.dir),
    policyNow: () => policyNow(o.policy()),
  };
}
