// The backups of the open database: one at a time, its progress, the rotation after each, and whether
// anything changed since the last one (the 15-minute schedule skips a quiet store).
import type { BackupDto } from '../../../shared/contract/dto';
import type { BackupReason } from '../../../shared/domain/backups';
import { type BackupEntry, deleteBackup, listBackups, removeLeftovers } from '../../db/backups/backupFiles';
import { backupsToDelete, type RotationPolicy } from '../../db/backups/rotation';
import { takeBackup } from '../../db/backups/takeBackup';
import type { Db } from '../../db/open';
import { createBackupRun, policyNow, type TakeBackup } from './backupRun';

export interface BackupDeskOptions {
  dir: string;
  now: () => number;
  nativeBinding?: string;
  timeZone: () => string;
  policy: () => RotationPolicy;
  /** Backups that must survive the rotation (the copy an "Undo restore" needs). */
  pinned: () => ReadonlySet<string>;
  pagesPerStep?: number;
}

export type BackupDesk = ReturnType<typeof createBackupDesk>;

export function createBackupDesk(o: BackupDeskOptions) {
  let changesAtLastBackup = -1;
  const held = new Set<string>();
  removeLeftovers(o.dir);

  function totalChanges(db: Db): number {
    return db.prepare('SELECT total_changes()').pluck().get() as number;
  }

  function rotate(): void {
    const pinned = new Set([...o.pinned(), ...held]);
    const doomed = backupsToDelete(listBackups(o.dir), o.now(), o.timeZone(), o.policy(), pinned);
    for (const id of doomed) deleteBackup(o.dir, id);
  }
  const runs = createBackupRun({ now: o.now, rotate });

  const take =
    (db: Db, reason: BackupReason): TakeBackup =>
    async (progress) => {
      const changes = totalChanges(db);
      const entry = await takeBackup(db, {
        dir: o.dir,
        reason,
        now: o.now,
        nativeBinding: o.nativeBinding,
        pagesPerStep: o.pagesPerStep,
        onProgress: (fraction, phase) => {
          progress.phase = phase;
          progress.percent = Math.floor(fraction * 100);
        },
      });
      changesAtLastBackup = changes;
      return entry;
    };

  return {
    dir: o.dir,
    /** One backup at a time: a second request while one runs is told so. */
    backUp(db: Db, reason: BackupReason): Promise<BackupEntry> {
      return runs.start(reason, take(db, reason));
    },
    /** The 15-minute (and on-quit) backup: only when something was written since the last one. */
    async backUpIfChanged(db: Db, reason: BackupReason): Promise<BackupEntry | null> {
      if (runs.busy() || totalChanges(db) === changesAtLastBackup) return null;
      return runs.run(reason, take(db, reason)).catch(() => null); // lastError tells the owner
    },
    idle: runs.idle,
    /** A database just opened or restored: nothing it holds has been written since. */
    markClean(db: Db): void {
      changesAtLastBackup = totalChanges(db);
    },
    /** Keeps a backup out of the rotation until the returned release is called (one being restored). */
    hold(id: string): () => void {
      held.add(id);
      return () => held.delete(id);
    },
    progress: runs.progress,
    lastError: runs.lastError,
    list: (): BackupEntry[] => listBackups(o.dir),
    policyNow: () => policyNow(o.policy()),
    rotate,
  };
}

export function toBackupDto(b: BackupEntry): BackupDto {
  return {
    id: b.id,
    createdAt: b.createdAt,
    reason: b.reason,
    sizeBytes: b.sizeBytes,
    walkouts: b.counts.walkouts,
    prospects: b.counts.prospects,
    schemaVersion: b.schemaVersion,
    verified: b.verified,
    problem: b.problem,
  };
}
