// "Restore this backup?" and "Undo the restore?": what will happen, in words, before anything is replaced;
// then what came back. A restore changes everything underneath, so every cached read is refetched after it
// (useApiMutation does), and when the restored store has no such owner the app returns to sign-in.
import { useEffect, useRef } from 'react';
import type { BackupDto, BackupsDto, RestoredDto } from '../../../shared/contract/dto';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { Dialog } from '../../ui/Dialog';
import { plural } from '../../ui/format';
import styles from './Backups.module.css';
import { backupName, backupTime } from './backupText';

export type RestoreTarget =
  | { kind: 'restore'; backup: BackupDto }
  | { kind: 'undo'; undo: NonNullable<BackupsDto['undo']> };

interface RestoreDialogProps {
  target: RestoreTarget;
  backups: BackupDto[];
  timeZone: string;
  /** On a store server: how a backup is restored instead (into an empty database); no button then. */
  elsewhere?: string | null;
  onClose: () => void;
}

export function RestoreDialog({ target, backups, timeZone, elsewhere, onClose }: RestoreDialogProps) {
  const restore = useApiMutation('backups.restore');
  const undo = useApiMutation('backups.undoRestore');
  const mutation = target.kind === 'restore' ? restore : undo;
  const go = () =>
    target.kind === 'restore' ? restore.mutate({ backupId: target.backup.id }) : undo.mutate({});
  const done = mutation.data ?? null;
  // Focus on Cancel when the dialog opens (never on the restore itself), on Close once the restore has run.
  const closeButton = useRef<HTMLButtonElement>(null);
  const pending = mutation.isPending;
  const offered = !elsewhere || target.kind !== 'restore';
  useEffect(() => {
    if (!pending) closeButton.current?.focus();
  }, [pending]);

  return (
    <Dialog
      title={target.kind === 'restore' ? 'Restore this backup?' : 'Undo the restore?'}
      busy={mutation.isPending}
      onClose={onClose}
    >
      {!done && !offered && <p>{elsewhere}</p>}
      {!done && offered && <Explanation target={target} backups={backups} timeZone={timeZone} />}
      {mutation.isPending && (
        <p role="status" className={styles.backupsRestoring}>
          Restoring… BeBack is backing up what is here now, then putting the backup in its place.
        </p>
      )}
      {done && <Restored target={target} done={done} backups={backups} timeZone={timeZone} />}
      {mutation.error && <Banner tone="error">{mutation.error.message}</Banner>}
      <div className="form-actions">
        {offered && !done && !mutation.error && (
          <button type="button" className="primary" disabled={mutation.isPending} onClick={go}>
            {target.kind === 'restore' ? 'Restore this backup' : 'Undo the restore'}
          </button>
        )}
        <button
          ref={closeButton}
          type="button"
          className={done ? 'primary' : undefined}
          disabled={mutation.isPending}
          onClick={onClose}
        >
          {done || mutation.error || !offered ? 'Close' : 'Cancel'}
        </button>
      </div>
    </Dialog>
  );
}

function Explanation({ target, backups, timeZone }: Omit<RestoreDialogProps, 'onClose'>) {
  if (target.kind === 'restore') {
    return (
      <p>
        BeBack first backs up what is here now, then replaces it with the backup of{' '}
        <strong>{backupName(target.backup, timeZone)}</strong>. You can undo the restore afterwards. Anyone
        signed in on another PC goes back to sign-in.
      </p>
    );
  }
  const before = backups.find((b) => b.id === target.undo.undoBackupId);
  return (
    <p>
      BeBack puts back the store as it was just before the restore at{' '}
      <strong>{backupTime(target.undo.restoredAt, timeZone)}</strong>
      {before ? ` (${plural(before.walkouts, 'walkout')})` : ''}. Anything logged since the restore is backed
      up first, so it stays in the list.
    </p>
  );
}

function Restored({
  target,
  done,
  backups,
  timeZone,
}: Omit<RestoreDialogProps, 'onClose'> & { done: RestoredDto }) {
  const from = backups.find((b) => b.id === done.restoredBackupId);
  return (
    <Banner tone="ok">
      {target.kind === 'restore' ? 'Restored' : 'The restore is undone'}: the store is back as it was
      {from ? ` at ${backupTime(from.createdAt, timeZone)}` : ''}, with {plural(done.walkouts, 'walkout')}.
      {done.undoBackupId ? ' If this was the wrong backup, use “Undo restore”.' : ''}
    </Banner>
  );
}
