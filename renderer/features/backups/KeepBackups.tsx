// How long backups are kept (the rotation): the newest few of today, one a day, one a month. The owner
// changes them here; a manager reads them.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { BackupsDto } from '../../../shared/contract/dto';
import { settingsSchema } from '../../../shared/domain/settings';
import { placeIssues } from '../../api/fieldIssues';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import styles from './Backups.module.css';

const keepSchema = settingsSchema.pick({
  backupKeepToday: true,
  backupKeepDays: true,
  backupKeepMonths: true,
});
type KeepValues = { backupKeepToday: number; backupKeepDays: number; backupKeepMonths: number };
type KeepKey = keyof KeepValues;

const FIELDS: { key: KeepKey; label: string; hint: string }[] = [
  { key: 'backupKeepToday', label: 'Kept from today', hint: 'The newest backups of today' },
  { key: 'backupKeepDays', label: 'Days kept', hint: 'One for each earlier day' },
  { key: 'backupKeepMonths', label: 'Months kept', hint: 'One for each month' },
];

/** The ranges come from the settings schema, so the hints never drift from what the server accepts. */
function range(key: KeepKey): { min: number; max: number } {
  const shape = keepSchema.shape[key];
  return { min: shape.minValue ?? 0, max: shape.maxValue ?? Number.MAX_SAFE_INTEGER };
}
const wholeNumber = (key: KeepKey) => `A whole number from ${range(key).min} to ${range(key).max}`;

export function KeepBackups({ keep, canEdit }: { keep: BackupsDto['keep']; canEdit: boolean }) {
  const update = useApiMutation('settings.update');
  const [saved, setSaved] = useState(false);
  const form = useForm<KeepValues>({
    // One plain message for any bad number: empty, a fraction or out of range.
    resolver: zodResolver(keepSchema, { error: (iss) => wholeNumber(iss.path?.[0] as KeepKey) }),
    defaultValues: { backupKeepToday: keep.today, backupKeepDays: keep.days, backupKeepMonths: keep.months },
  });
  const submit = form.handleSubmit((values) => {
    setSaved(false);
    update.mutate(values, {
      onSuccess: (s) => {
        form.reset({
          backupKeepToday: s.backupKeepToday,
          backupKeepDays: s.backupKeepDays,
          backupKeepMonths: s.backupKeepMonths,
        });
        setSaved(true);
      },
      onError: (err) => placeIssues(form, err.issues),
    });
  });

  return (
    <form
      className={`card ${styles.backupsKeep}`}
      aria-label="How long backups are kept"
      noValidate
      onSubmit={submit}
    >
      <fieldset disabled={!canEdit}>
        <legend>How long backups are kept</legend>
        <p className="hint">
          Backups older than this are deleted; a person erased on request stays in older backups until they
          age out. Copies made before an update stay for the whole time, and the newest verified backup is
          never deleted.
        </p>
        <div className={styles.backupsKeepGrid}>
          {FIELDS.map(({ key, label, hint }) => {
            const id = `backups-${key}`;
            const error = form.formState.errors[key]?.message;
            const { min, max } = range(key);
            return (
              <Field key={key} label={label} htmlFor={id} error={error} hint={`${hint} (${min}–${max})`}>
                <input
                  id={id}
                  type="number"
                  inputMode="numeric"
                  min={min}
                  max={max}
                  step={1}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  {...form.register(key, { valueAsNumber: true, onChange: () => setSaved(false) })}
                />
              </Field>
            );
          })}
        </div>
      </fieldset>
      {canEdit && (
        <div className={styles.backupsKeepActions}>
          {saved && <Banner tone="ok">Saved: the next backup deletes what falls outside it.</Banner>}
          {update.error && !update.error.issues.length && (
            <Banner tone="error">{update.error.message}</Banner>
          )}
          <button type="submit" disabled={update.isPending}>
            Save how long backups are kept
          </button>
        </div>
      )}
    </form>
  );
}
