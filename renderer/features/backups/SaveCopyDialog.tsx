// "Save a copy to…": one verified backup copied to a folder off this PC (a USB stick, a network share), so a
// dead disk does not take the backups with it.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { backupSaveCopyInput } from '../../../shared/contract/backupSchemas';
import type { InputOf } from '../../../shared/contract/channels';
import type { BackupDto } from '../../../shared/contract/dto';
import { placeIssues } from '../../api/fieldIssues';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { backupName, backupSize } from './backupText';

type SaveCopyValues = InputOf<'backups.saveCopy'>;

export function SaveCopyDialog({
  backup,
  timeZone,
  onClose,
}: {
  backup: BackupDto;
  timeZone: string;
  onClose: () => void;
}) {
  const save = useApiMutation('backups.saveCopy');
  const form = useForm<SaveCopyValues>({
    resolver: zodResolver(backupSaveCopyInput),
    defaultValues: { backupId: backup.id, folder: '' },
  });
  const submit = form.handleSubmit((values) => {
    save.reset();
    save.mutate(values, {
      onError: (err) => placeIssues(form, err.issues),
    });
  });
  const folderError = form.formState.errors.folder?.message;
  const unplaced = save.error && !save.error.issues.some((i) => i.path === 'folder');

  return (
    <Dialog title="Save a copy of this backup" busy={save.isPending} onClose={onClose}>
      <p>
        The backup of <strong>{backupName(backup, timeZone)}</strong>, {backupSize(backup.sizeBytes)}. Keep
        the copy somewhere other than this PC.
      </p>
      <form onSubmit={submit} noValidate aria-label="Save a copy">
        <Field
          label="Folder (USB stick or network share)"
          htmlFor="backup-copy-folder"
          error={folderError}
          hint="The whole path, such as E:\ or \\server\share or /media/usb"
        >
          {/* The first control in the dialog, so it has the focus when the dialog opens. */}
          <input
            id="backup-copy-folder"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={folderError ? true : undefined}
            aria-describedby={folderError ? 'backup-copy-folder-error' : undefined}
            {...form.register('folder', { onChange: () => save.reset() })}
          />
        </Field>
        {save.data && <Banner tone="ok">Saved as {save.data.path}</Banner>}
        {unplaced && <Banner tone="error">{save.error?.message}</Banner>}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? 'Saving the copy…' : 'Save the copy'}
          </button>
          <button type="button" disabled={save.isPending} onClick={onClose}>
            {save.data ? 'Close' : 'Cancel'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
