// The backups, newest first: when, why, how big, how many walkouts, whether the copy is verified; the owner's
// row actions (restore, save a copy) come as callbacks, so a manager's table has no buttons at all.
import type { BackupDto } from '../../../shared/contract/dto';
import { BACKUP_REASON_LABELS } from '../../../shared/domain/backups';
import { EmptyState } from '../../ui/EmptyState';
import styles from './Backups.module.css';
import { backupSize, backupTime } from './backupText';

interface BackupTableProps {
  backups: BackupDto[];
  timeZone: string;
  onRestore?: (backup: BackupDto) => void;
  onCopy?: (backup: BackupDto) => void;
  /** The browser version: the copy comes down as a file. */
  onDownload?: (backup: BackupDto) => void;
}

export function BackupTable({ backups, timeZone, onRestore, onCopy, onDownload }: BackupTableProps) {
  if (backups.length === 0) {
    return (
      <EmptyState
        title="No backups yet"
        next={
          onRestore
            ? 'Use “Back up now” to make one straight away; BeBack also makes one at every start.'
            : 'BeBack makes one at every start and every 15 minutes while something changes.'
        }
      />
    );
  }
  const actions = Boolean(onRestore || onCopy || onDownload);
  return (
    <table className={`table ${styles.backupsTable}`}>
      <caption className="sr-only">Backups, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Made</th>
          <th scope="col">Why</th>
          <th scope="col" className="num">
            Size
          </th>
          <th scope="col" className="num">
            Walkouts
          </th>
          <th scope="col">Check</th>
          {actions && (
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => {
          // The buttons read as their visible words; the row's time describes which backup they act on.
          const timeId = `backup-${b.id}-time`;
          return (
            <tr key={b.id}>
              <th scope="row" className={styles.backupsTime} id={timeId}>
                {backupTime(b.createdAt, timeZone)}
              </th>
              <td>{BACKUP_REASON_LABELS[b.reason]}</td>
              <td className="num">{backupSize(b.sizeBytes)}</td>
              <td className="num">{b.walkouts.toLocaleString('en-US')}</td>
              <td>
                {b.verified ? (
                  <span className={`tag ${styles.backupsVerified}`}>Verified</span>
                ) : (
                  <span className={styles.backupsProblem}>{b.problem ?? 'Not verified'}</span>
                )}
              </td>
              {actions && (
                <td>
                  <div className={styles.backupsActions}>
                    {onRestore && (
                      <button
                        type="button"
                        disabled={!b.verified}
                        aria-describedby={timeId}
                        onClick={() => onRestore(b)}
                      >
                        Restore
                      </button>
                    )}
                    {onCopy && (
                      <button
                        type="button"
                        disabled={!b.verified}
                        aria-describedby={timeId}
                        onClick={() => onCopy(b)}
                      >
                        Save a copy to…
                      </button>
                    )}
                    {onDownload && (
                      <button
                        type="button"
                        disabled={!b.verified}
                        aria-describedby={timeId}
                        onClick={() => onDownload(b)}
                      >
                        Download
                      </button>
                    )}
                  </div>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
