// One backup at a time, its progress, the last failure in words, then the rotation: the same for a SQLite file
// and a store server, whose desks differ only in how a backup is taken and what "written since" means.
import type { BackupProgressDto } from '../../../shared/contract/dto';
import type { BackupReason } from '../../../shared/domain/backups';
import type { BackupEntry } from '../../db/backups/backupFiles';
import type { RotationPolicy } from '../../db/backups/rotation';
import { ConflictError } from '../errors';

/** Takes one backup, moving `progress` as it goes. */
export type TakeBackup = (progress: BackupProgressDto) => Promise<BackupEntry>;

export function createBackupRun(o: { now: () => number; rotate: () => void }) {
  let running: { promise: Promise<BackupEntry>; progress: BackupProgressDto } | null = null;
  let lastError: string | null = null;

  async function run(reason: BackupReason, take: TakeBackup): Promise<BackupEntry> {
    const progress: BackupProgressDto = { reason, phase: 'copying', percent: 0, startedAt: o.now() };
    const promise = take(progress);
    running = { promise, progress };
    try {
      const entry = await promise;
      lastError = null;
      o.rotate();
      return entry;
    } catch (err) {
      lastError = `The ${reason === 'manual' ? '' : 'automatic '}backup failed: ${err instanceof Error ? err.message : String(err)}`;
      throw err;
    } finally {
      running = null;
    }
  }

  return {
    run,
    /** Asked for by someone: a second request while one runs is told so. */
    start(reason: BackupReason, take: TakeBackup): Promise<BackupEntry> {
      if (running)
        throw new ConflictError('A backup is already under way; it appears in the list when it is done.');
      return run(reason, take);
    },
    busy: (): boolean => running !== null,
    async idle(): Promise<void> {
      await running?.promise.catch(() => undefined);
    },
    progress: (): BackupProgressDto | null => (running ? { ...running.progress } : null),
    lastError: () => lastError,
  };
}

/** The rotation as the Backups screen states it. */
export function policyNow(p: RotationPolicy) {
  return { today: p.keepToday, days: p.keepDays, months: p.keepMonths };
}
