// Settings → Backups: the folder, every backup with its check, "Back up now" with its progress, restore and
// its undo, a copy to a USB stick, and how long backups are kept. The owner acts; a manager reads the list.
import { useState } from 'react';
import { type ChannelName, contract } from '../../../shared/contract/channels';
import type { BackupDto, BackupProgressDto, BackupsDto } from '../../../shared/contract/dto';
import type { Role } from '../../../shared/domain/vocab';
import { canDownloadFiles, downloadFile } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { plural } from '../../ui/format';
import styles from './Backups.module.css';
import { BackupTable } from './BackupTable';
import { backupName, backupTime } from './backupText';
import { KeepBackups } from './KeepBackups';
import { RestoreDialog, type RestoreTarget } from './RestoreDialog';
import { SaveCopyDialog } from './SaveCopyDialog';

/** While a backup runs, the list (and its progress) is read this often. */
const POLL_MS = 500;

const allows = (channel: ChannelName, role: Role) => {
  const access = contract[channel].access;
  return access === 'public' || access.includes(role);
};

export function BackupsScreen({ role }: { role: Role }) {
  const { timeZone } = useStoreSettings();
  const create = useApiMutation('backups.create');
  const list = useApiQuery(
    'backups.list',
    {},
    { refetchInterval: (q) => (create.isPending || q.state.data?.running ? POLL_MS : false) },
  );
  const [restoring, setRestoring] = useState<RestoreTarget | null>(null);
  const [copying, setCopying] = useState<BackupDto | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const can = {
    create: allows('backups.create', role),
    restore: allows('backups.restore', role),
    undo: allows('backups.undoRestore', role),
    copy: allows('backups.saveCopy', role),
    download: canDownloadFiles && allows('backups.file', role),
    keep: allows('settings.update', role),
  };
  const b = list.data;

  return (
    <div className="backups">
      <div className="screen-head">
        <h1>Backups</h1>
        {!can.create && <p className="muted">Only the owner can back up, restore or copy a backup.</p>}
      </div>
      {list.error && <Banner tone="error">{list.error.message}</Banner>}
      {!b && !list.error && <p className="muted">Loading…</p>}
      {b && (
        <div className={styles.backupsBody}>
          {b.lastError && <Banner tone="error">{b.lastError}</Banner>}
          {b.undo && (
            <UndoBanner
              undo={b.undo}
              backups={b.backups}
              timeZone={timeZone}
              onUndo={can.undo ? () => setRestoring({ kind: 'undo', undo: b.undo! }) : undefined}
            />
          )}
          <section className={`card ${styles.backupsNow}`} aria-label="Back up">
            <p>
              BeBack backs up at start-up, every 15 minutes while something changes, and on closing. Each copy
              is checked before it is listed.
            </p>
            <p className={styles.backupsFolder}>
              Folder: <code>{b.folder}</code>
            </p>
            {can.create && (
              <button
                type="button"
                className="primary"
                disabled={create.isPending || b.running !== null}
                onClick={() => create.mutate({})}
              >
                Back up now
              </button>
            )}
            {(create.isPending || b.running) && <BackupProgress running={b.running} />}
            {create.data && !create.isPending && (
              <Banner tone="ok">
                Backed up at {backupTime(create.data.createdAt, timeZone)}:{' '}
                {plural(create.data.walkouts, 'walkout')}, checked and verified.
              </Banner>
            )}
            {create.error && <Banner tone="error">{create.error.message}</Banner>}
          </section>
          <BackupTable
            backups={b.backups}
            timeZone={timeZone}
            onRestore={can.restore ? (backup) => setRestoring({ kind: 'restore', backup }) : undefined}
            onCopy={can.copy ? setCopying : undefined}
            onDownload={
              can.download
                ? (backup) => {
                    setDownloadError(null);
                    downloadFile('backups.file', { backupId: backup.id }).catch((e: Error) =>
                      setDownloadError(e.message),
                    );
                  }
                : undefined
            }
          />
          {downloadError && <Banner tone="error">{downloadError}</Banner>}
          {/* A reader sees the latest values; the owner's form is never reset under their typing. */}
          <KeepBackups key={can.keep ? 'edit' : JSON.stringify(b.keep)} keep={b.keep} canEdit={can.keep} />
        </div>
      )}
      {restoring && (
        <RestoreDialog
          target={restoring}
          backups={b?.backups ?? []}
          timeZone={timeZone}
          elsewhere={b?.restoreElsewhere ?? null}
          onClose={() => setRestoring(null)}
        />
      )}
      {copying && <SaveCopyDialog backup={copying} timeZone={timeZone} onClose={() => setCopying(null)} />}
    </div>
  );
}

function BackupProgress({ running }: { running: BackupProgressDto | null }) {
  const percent = running ? (running.phase === 'checking' ? 100 : running.percent) : 0;
  const label = !running
    ? 'Starting the backup…'
    : running.phase === 'copying'
      ? `Copying the database: ${running.percent}%`
      : 'Copied; checking the copy…';
  return (
    <div className={styles.backupsProgress}>
      <span id="backup-progress-label">{label}</span>
      <div
        className={styles.backupsBar}
        role="progressbar"
        aria-labelledby="backup-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={label}
      >
        <div className={styles.backupsBarFill} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

function UndoBanner({
  undo,
  backups,
  timeZone,
  onUndo,
}: {
  undo: NonNullable<BackupsDto['undo']>;
  backups: BackupDto[];
  timeZone: string;
  onUndo?: () => void;
}) {
  const restored = backups.find((x) => x.id === undo.restoredBackupId);
  return (
    <div className={`banner banner-info ${styles.backupsUndo}`} role="status">
      <span>
        The backup {restored ? `of ${backupName(restored, timeZone)} ` : ''}was restored at{' '}
        {backupTime(undo.restoredAt, timeZone)}. What was here before is kept, so the restore can be undone.
      </span>
      {onUndo && (
        <button type="button" onClick={onUndo}>
          Undo restore
        </button>
      )}
    </div>
  );
}
