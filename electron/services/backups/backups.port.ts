// The backup channels: the Backups screen (signed in) and the damaged-database screen (before sign-in).
import { copyFileSync, existsSync, renameSync, statSync } from 'node:fs';
import { extname, isAbsolute, join } from 'node:path';
import { contract } from '../../../shared/contract/channels';
import type {
  BackupsDto,
  FileRefDto,
  RecoveryDto,
  RestoredDto,
  SavedCopyDto,
} from '../../../shared/contract/dto';
import { type BackupEntry, findBackup, removeIfThere, syncFile } from '../../db/backups/backupFiles';
import type { Router } from '../boot.types';
import type { SignedIn } from '../context';
import { AppFailure, ConflictError, NotFoundError, ValidationError } from '../errors';
import { createRouter, type Handlers } from '../router';
import { Sessions } from '../sessions';
import { type BackupDesk, toBackupDto } from './backupDesk';
import { createRecoveryGate, storeTimeZoneIn } from './recovery';

type HostMode =
  | { kind: 'ok' }
  | { kind: 'damaged'; problem: string; detectedAt: number }
  | { kind: 'restoring' };

export interface BackupsPort {
  list(): BackupsDto;
  create(actor: SignedIn): Promise<ReturnType<typeof toBackupDto>>;
  restore(actor: SignedIn, input: { backupId: string }): Promise<RestoredDto>;
  undoRestore(actor: SignedIn): Promise<RestoredDto>;
  saveCopy(actor: SignedIn, input: { backupId: string; folder: string }): SavedCopyDto;
  file(actor: SignedIn, input: { backupId: string }): FileRefDto;
  recoveryStatus(): RecoveryDto;
  recoveryRouter: Router;
}

/** What the screen reads of a desk; the SQLite desk and the store server's (pgBackupDesk.ts) both have it. */
export type DeskView = Pick<BackupDesk, 'dir' | 'list' | 'progress' | 'lastError' | 'policyNow'>;

export interface BackupsPortDeps {
  desk: DeskView;
  /** "Back up now": the host's own kind of backup of what is open. */
  backUpNow: () => Promise<BackupEntry>;
  now: () => number;
  nativeBinding?: string;
  mode: () => HostMode;
  /** Set where Restore cannot replace the store in place (a store server): what to do instead. */
  restoreElsewhere?: string;
  readUndo: () => { restoredAt: number; restoredBackupId: string; undoBackupId: string } | null;
  restore: (
    backupId: string,
    how: { by: string; sessionKey?: string; undo?: boolean },
  ) => Promise<RestoredDto>;
}

export function createBackupsPort(d: BackupsPortDeps): BackupsPort {
  const checkOwner = createRecoveryGate(d.now);
  const port: Omit<BackupsPort, 'recoveryRouter'> = {
    list() {
      const undo = d.readUndo();
      const backups = d.desk.list();
      return {
        backups: backups.map(toBackupDto),
        running: d.desk.progress(),
        lastError: d.desk.lastError(),
        folder: d.desk.dir,
        undo: undo && backups.some((b) => b.id === undo.undoBackupId) ? undo : null,
        keep: d.desk.policyNow(),
        restoreElsewhere: d.restoreElsewhere ?? null,
      };
    },
    async create() {
      if (d.mode().kind !== 'ok')
        throw new AppFailure('UNAVAILABLE', 'The database cannot be backed up right now.');
      return toBackupDto(await d.backUpNow());
    },
    restore(actor, input) {
      return d.restore(input.backupId, { by: actor.employee.name, sessionKey: actor.sessionKey });
    },
    undoRestore(actor) {
      const undo = d.readUndo();
      if (!undo) throw new ConflictError('There is no restore to undo.');
      return d.restore(undo.undoBackupId, {
        by: actor.employee.name,
        sessionKey: actor.sessionKey,
        undo: true,
      });
    },
    saveCopy(_actor, input) {
      const entry = findBackup(d.desk.dir, input.backupId);
      if (!entry) throw new NotFoundError('That backup');
      if (!entry.verified) throw new ValidationError(`That backup cannot be copied: ${entry.problem}`);
      const folder = input.folder;
      const issue = (message: string) => new ValidationError(message, [{ path: 'folder', message }]);
      if (!isAbsolute(folder)) throw issue('Give the whole folder path, such as E:\\ or /media/usb.');
      if (!existsSync(folder) || !statSync(folder).isDirectory())
        throw issue('That folder does not exist (is the USB stick in?).');
      const target = join(folder, copyName(entry));
      if (existsSync(target)) throw issue('A copy of this backup is already in that folder.');
      const tmp = `${target}.partial`;
      try {
        copyFileSync(entry.file, tmp);
        syncFile(tmp);
        if (statSync(tmp).size !== entry.sizeBytes)
          throw issue('The copy came out short: is the stick full?');
        renameSync(tmp, target);
      } catch (err) {
        removeIfThere(tmp);
        if (err instanceof AppFailure) throw err;
        throw issue(
          `The copy could not be written there: ${(err as NodeJS.ErrnoException).code ?? String(err)}.`,
        );
      }
      return { path: target, sizeBytes: entry.sizeBytes };
    },
    file(_actor, input) {
      const entry = findBackup(d.desk.dir, input.backupId);
      if (!entry) throw new NotFoundError('That backup');
      if (!entry.verified) throw new ValidationError(`That backup cannot be copied: ${entry.problem}`);
      return { path: entry.file, fileName: copyName(entry), sizeBytes: entry.sizeBytes };
    },
    recoveryStatus() {
      const m = d.mode();
      const damaged = m.kind === 'damaged';
      const backups = damaged ? d.desk.list().filter((b) => b.verified) : [];
      return {
        state: damaged ? 'damaged' : 'ok',
        problem: damaged ? m.problem : null,
        detectedAt: damaged ? m.detectedAt : null,
        backups: backups.map(toBackupDto),
        timeZone: backups[0] ? storeTimeZoneIn(backups[0].file, d.nativeBinding) : null,
      };
    },
  };

  // Before sign-in only two channels answer; every other one says the database is damaged.
  const refuse = () => {
    throw new AppFailure('DAMAGED', 'The database file is damaged. Restore a backup.');
  };
  const handlers = Object.fromEntries(Object.keys(contract).map((c) => [c, refuse])) as unknown as Handlers;
  handlers['recovery.status'] = () => port.recoveryStatus();
  handlers['recovery.restore'] = async (_actor, input) => {
    if (d.mode().kind !== 'damaged') {
      throw new ConflictError(
        'The database is sound: restore a backup from Settings → Backups after signing in.',
      );
    }
    const entry = findBackup(d.desk.dir, input.backupId);
    if (!entry?.verified) throw new NotFoundError('That backup');
    await checkOwner(entry.file, input.ownerName, input.pin, d.nativeBinding);
    return d.restore(input.backupId, { by: input.ownerName.trim() });
  };
  const recoveryRouter = createRouter({ handlers, sessions: new Sessions(), activeEmployee: () => null });
  return { ...port, recoveryRouter };
}

/** What a copy is called off the PC: says what it is and when. */
function copyName(entry: BackupEntry): string {
  return `BeBack backup ${entry.id}${extname(entry.file)}`;
}

/** Without a host (tests and benches that build services directly) there are no backups. */
export const NO_BACKUPS: BackupsPort = (() => {
  const none = (): never => {
    throw new AppFailure('UNAVAILABLE', 'Backups are made by the BeBack app itself.');
  };
  return {
    list: none,
    create: none,
    restore: none,
    undoRestore: none,
    saveCopy: none,
    file: none,
    recoveryStatus: () => ({ state: 'ok', problem: null, detectedAt: null, backups: [], timeZone: null }),
    recoveryRouter: {
      call: async () => ({ ok: false, error: { code: 'UNAVAILABLE', message: 'Not available.' } }),
    },
  };
})();
