// The backups of the open database: one at a time, its progress, the rotation after each, and whether
// anything changed since the last one (the 15-minute schedule skips a quiet store).
import type { BackupDto, BackupProgressDto } from '../../../shared/contract/dto';
import type { BackupReason } from '../../../shared/domain/backups';
import { type BackupEntry, deleteBackup, listBackups, removeLeftovers } from '../../db/backups/backupFiles';
import { backupsToDelete, type RotationPolicy } from '../../db/backups/rotation';
import { takeBackup } from '../../db/backups/takeBackup';
import type { Db } from '../../db/open';
import { ConflictError } from '../errors';

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
  let running: { promise: Promise<BackupEntry>; progress: BackupProgressDto } | null = null;
  let lastError: string | null = null;
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

  async function run(db: Db, reason: BackupReason): Promise<BackupEntry> {
    const progress: BackupProgressDto = { reason, phase: 'copying', percent: 0, startedAt: o.now() };
    const changes = totalChanges(db);
    const promise = takeBackup(db, {
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
    running = { promise, progress };
    try {
      const entry = await promise;
      changesAtLastBackup = changes;
      lastError = null;
      rotate();
      return entry;
    } catch (err) {
      lastError = `The ${reason === 'manual' ? '' : 'automatic '}backup failed: ${err instanceof Error ? err.message : String(err)}`;
      throw err;
    } finally {
      running = null;
    }
  }

  return {
    dir: o.dir,
    /** One backup at a time: a second request while one runs is told so. */
    backUp(db: Db, reason: BackupReason): Promise<BackupEntry> {
      if (running)
        throw new ConflictError('A backup is already under way; it appears in the list when it is done.');
      return run(db, reason);
    },
    /** The 15-minute (and on-quit) backup: only when something was written since the last one. */
    async backUpIfChanged(db: Db, reason: BackupReason): Promise<BackupEntry | null> {
      if (running || totalChanges(db) === changesAtLastBackup) return null;
      return run(db, reason).catch(() => null); // lastError tells the owner
    },
    async idle(): Promise<void> {
      await running?.promise.catch(() => undefined);
    },
    /** A database just opened or restored: nothing it holds has been written since. */
    markClean(db: Db): void {
      changesAtLastBackup = totalChanges(db);
    },
    /** Keeps a backup out of the rotation until the returned release is called (one being restored). */
    hold(id: string): () => void {
      held.add(id);
      return () => held.delete(id);
    },
    progress: (): BackupProgressDto | null => (running ? { ...running.progress } : null),
    lastError: () => lastError,
    list: (): BackupEntry[] => listBackups(o.dir),
    policyNow: () => {
      const p = o.policy();
      return { today: p.keepToday, days: p.keepDays, months: p.keepMonths };
    },
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
