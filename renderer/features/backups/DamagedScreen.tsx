// The damaged-database screen, in place of sign-in: what happened in plain words, the problem for support,
// and the owner restoring a verified backup with their name and PIN (checked against the backup itself).
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { recoveryRestoreInput } from '../../../shared/contract/backupSchemas';
import type { InputOf } from '../../../shared/contract/channels';
import type { RecoveryDto, RestoredDto } from '../../../shared/contract/dto';
import { BACKUP_REASON_LABELS } from '../../../shared/domain/backups';
import { placeIssues } from '../../api/fieldIssues';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { choiceTile } from '../../ui/choiceTile';
import { Field } from '../../ui/Field';
import { plural } from '../../ui/format';
import styles from './Backups.module.css';
import { backupTime } from './backupText';

type RecoveryValues = InputOf<'recovery.restore'>;

/** Without a backup to read the store's zone from, times read in this PC's own zone. */
const PC_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

interface DamagedScreenProps {
  status: RecoveryDto;
  onRestored: (restored: { result: RestoredDto; createdAt: number; timeZone: string }) => void;
}

/** Store time as the newest backup has it; this PC's own zone when no backup could say. */
const zoneOf = (status: RecoveryDto) => status.timeZone ?? PC_ZONE;

export function DamagedScreen({ status, onRestored }: DamagedScreenProps) {
  return (
    <main className="centered">
      <section className={`card ${styles.damaged}`} aria-labelledby="damaged-title">
        <h1 id="damaged-title">This store’s database needs a backup</h1>
        <p>
          This store’s database file is damaged. BeBack has stopped writing to it so nothing more is lost. The
          damaged file is kept aside; it is never deleted.
        </p>
        {status.backups.length > 0 ? (
          <RestoreForm status={status} onRestored={onRestored} />
        ) : (
          <Banner tone="info">
            There is no verified backup of this store to restore. Keep the damaged file where it is: do not
            delete, move or copy over it. Call BeBack support; they can often get most of it back.
          </Banner>
        )}
        <p className={styles.damagedSupport}>
          <small>
            For support: {status.problem ?? 'no details'}
            {status.detectedAt ? ` (found ${backupTime(status.detectedAt, zoneOf(status))})` : ''}
          </small>
        </p>
      </section>
    </main>
  );
}

function RestoreForm({ status, onRestored }: DamagedScreenProps) {
  const restore = useApiMutation('recovery.restore');
  const form = useForm<RecoveryValues>({
    resolver: zodResolver(recoveryRestoreInput),
    defaultValues: { backupId: status.backups[0]?.id ?? '', ownerName: '', pin: '' },
  });
  const { errors } = form.formState;
  const chosen = form.watch('backupId');

  const submit = form.handleSubmit((values) => {
    restore.reset();
    restore.mutate(values, {
      onSuccess: (result) => {
        const backup = status.backups.find((b) => b.id === result.restoredBackupId);
        onRestored({ result, createdAt: backup?.createdAt ?? Date.now(), timeZone: zoneOf(status) });
      },
      onError: (err) => {
        form.setValue('pin', '');
        placeIssues(form, err.issues);
      },
    });
  });

  return (
    <form className={styles.damagedForm} aria-label="Restore a backup" noValidate onSubmit={submit}>
      <fieldset className={styles.damagedBackups}>
        <legend>Choose the backup</legend>
        <div className={styles.damagedChoices}>
          {status.backups.map((b) => (
            // The tile's box, but the chosen backup is ringed (the global chosen mark), not tinted.
            <label
              key={b.id}
              className={`${choiceTile(styles.damagedChoice, false)}${chosen === b.id ? ' chosen' : ''}`}
            >
              <input type="radio" value={b.id} {...form.register('backupId')} />
              <span className={styles.damagedChoiceTime}>{backupTime(b.createdAt, zoneOf(status))}</span>
              <span>{plural(b.walkouts, 'walkout')}</span>
              <span className="muted">{BACKUP_REASON_LABELS[b.reason]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="hint">Anything logged after the backup you choose is not in it.</p>
      <div className={styles.damagedOwner}>
        <Field label="Owner’s name" htmlFor="damaged-owner-name" error={errors.ownerName?.message}>
          <input
            id="damaged-owner-name"
            autoComplete="off"
            autoFocus
            aria-invalid={errors.ownerName ? true : undefined}
            aria-describedby={errors.ownerName ? 'damaged-owner-name-error' : undefined}
            {...form.register('ownerName')}
          />
        </Field>
        <Field label="Owner’s PIN" htmlFor="damaged-owner-pin" error={errors.pin?.message}>
          <input
            id="damaged-owner-pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            aria-invalid={errors.pin ? true : undefined}
            aria-describedby={errors.pin ? 'damaged-owner-pin-error' : undefined}
            {...form.register('pin')}
          />
        </Field>
      </div>
      {restore.error && <Banner tone="error">{restore.error.message}</Banner>}
      {restore.isPending && (
        <p role="status" className={styles.backupsRestoring}>
          Restoring… the damaged file is moved aside and the backup put in its place.
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={restore.isPending}>
          Restore this backup
        </button>
      </div>
    </form>
  );
}

/** After the restore: what came back, and on to sign-in. */
export function RecoveredScreen({
  result,
  createdAt,
  timeZone,
  onContinue,
}: {
  result: RestoredDto;
  createdAt: number;
  timeZone: string;
  onContinue: () => void;
}) {
  return (
    <main className="centered">
      <section className={`card ${styles.damaged}`} aria-labelledby="recovered-title">
        <h1 id="recovered-title">The backup is restored</h1>
        <Banner tone="ok">
          {plural(result.walkouts, 'walkout')} came back, as they were at {backupTime(createdAt, timeZone)}.
        </Banner>
        <p>
          Anything logged after that time is not in the backup. The damaged file is kept beside the database
          for support.
        </p>
        <div className="form-actions">
          <button type="button" className="primary" autoFocus onClick={onContinue}>
            Continue to sign-in
          </button>
        </div>
      </section>
    </main>
  );
}
