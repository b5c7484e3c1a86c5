// Team → New PIN: typed twice, masked, in an in-app dialog (window.prompt shows the PIN in clear and
// does nothing at all in Electron).
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { EmployeeDto } from '../../../shared/contract/dto';
import { pinSchema } from '../../../shared/contract/schemas';
import { placeIssues } from '../../api/fieldIssues';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

const newPinForm = z
  .object({ pin: pinSchema, again: z.string() })
  .refine((v) => v.pin === v.again, { message: 'The two PINs differ', path: ['again'] });
type NewPinValues = z.infer<typeof newPinForm>;

export function NewPinDialog({
  employee,
  onDone,
}: {
  employee: EmployeeDto;
  onDone: (changed: boolean) => void;
}) {
  const resetPin = useApiMutation('employees.resetPin');
  const form = useForm<NewPinValues>({
    resolver: zodResolver(newPinForm),
    defaultValues: { pin: '', again: '' },
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit(({ pin }) =>
    resetPin.mutate(
      { id: employee.id, pin },
      {
        onSuccess: () => onDone(true),
        onError: (err) => placeIssues(form, err.issues),
      },
    ),
  );
  const pinInput = (name: keyof NewPinValues, id: string, autoFocus = false) => (
    <input
      id={id}
      type="password"
      inputMode="numeric"
      autoComplete="new-password"
      maxLength={6}
      autoFocus={autoFocus}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={errors[name] ? `${id}-error` : undefined}
      {...form.register(name)}
    />
  );
  return (
    <Dialog title={`New PIN for ${employee.name}`} onClose={() => onDone(false)} busy={resetPin.isPending}>
      <form onSubmit={submit} noValidate>
        <p className="hint">4 to 6 digits. Tell {employee.name} in person; it is never shown again.</p>
        <Field label="New PIN" htmlFor="new-pin" error={errors.pin?.message}>
          {pinInput('pin', 'new-pin', true)}
        </Field>
        <Field label="The same PIN again" htmlFor="new-pin-again" error={errors.again?.message}>
          {pinInput('again', 'new-pin-again')}
        </Field>
        {resetPin.error && !errors.pin && <Banner tone="error">{resetPin.error.message}</Banner>}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={resetPin.isPending}>
            Set the new PIN
          </button>
          <button type="button" onClick={() => onDone(false)}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
