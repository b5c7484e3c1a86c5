// A clean store's first start in two steps: the store itself, then its owner; both sent as one request.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import styles from './SetupScreen.module.css';
import { StoreStep } from './StoreStep';
import {
  blankSetup,
  type SetupStep,
  type SetupValues,
  setupForm,
  stepOfPath,
  toCreateOwnerInput,
} from './setupForm';
import { pcTimeZone } from './timeZones';

export function SetupScreen() {
  const createOwner = useApiMutation('setup.createOwner');
  const [step, setStep] = useState<SetupStep>('store');
  const form = useForm<SetupValues>({
    resolver: zodResolver(setupForm),
    // A field is judged once left, then again as it is corrected, so a fixed problem never lingers.
    mode: 'onTouched',
    defaultValues: blankSetup(pcTimeZone()),
  });
  const { errors } = form.formState;

  const next = async (e: React.FormEvent) => {
    e.preventDefault();
    createOwner.reset();
    // Only the store's fields are judged here: the owner's are still empty.
    if (await form.trigger('store', { shouldFocus: true })) setStep('owner');
  };

  const submit = form.handleSubmit(
    (values) =>
      createOwner.mutate(toCreateOwnerInput(values), {
        onError: (err) => {
          // The server's issue lands on the field it names, on the step that shows that field.
          const first = err.issues[0];
          if (first) setStep(stepOfPath(first.path));
          for (const issue of err.issues) {
            form.setError(issue.path as FieldPath<SetupValues>, { message: issue.message });
          }
        },
      }),
    // A store field can only fail here if the store step was left in a state the server refuses.
    (invalid) => {
      if (invalid.store) setStep('store');
    },
  );

  const pinInput = (name: 'pin' | 'pinAgain', id: string) => (
    <input
      id={id}
      type="password"
      inputMode="numeric"
      autoComplete="new-password"
      maxLength={6}
      required
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={errors[name] ? `${id}-error` : undefined}
      {...form.register(name)}
    />
  );

  return (
    <main className="centered">
      <form
        className={`card ${styles.setup}`}
        aria-label="Set up your store"
        noValidate
        onSubmit={step === 'store' ? next : submit}
      >
        <h1>Welcome to BeBack</h1>
        <p className={styles.steps} aria-live="polite">
          Step {step === 'store' ? 1 : 2} of 2: {step === 'store' ? 'your store' : 'you, its owner'}
        </p>
        {step === 'store' ? (
          <>
            <p className={styles.lead}>
              Customers hear this store’s name and callback number in every voicemail and text. Nothing is
              saved until you have chosen your name and PIN on the next step.
            </p>
            <StoreStep form={form} />
            <div className="form-actions">
              <button type="submit" className="primary">
                Next: your name and PIN
              </button>
            </div>
          </>
        ) : (
          <>
            <p className={styles.lead}>
              You will be the owner of {form.getValues('store.storeName')}. You can add your managers and
              floor staff next, from the Team screen.
            </p>
            <Field label="Your name" htmlFor="owner-name" error={errors.name?.message} required>
              <input
                id="owner-name"
                autoFocus
                aria-required
                aria-invalid={errors.name ? true : undefined}
                aria-describedby={errors.name ? 'owner-name-error' : undefined}
                {...form.register('name')}
              />
            </Field>
            <Field label="Choose a PIN (4–6 digits)" htmlFor="owner-pin" error={errors.pin?.message} required>
              {pinInput('pin', 'owner-pin')}
            </Field>
            <Field
              label="Type the PIN again"
              htmlFor="owner-pin-again"
              error={errors.pinAgain?.message}
              required
            >
              {pinInput('pinAgain', 'owner-pin-again')}
            </Field>
            {createOwner.error && !createOwner.error.issues.length && (
              <Banner tone="error">{createOwner.error.message}</Banner>
            )}
            <div className="form-actions">
              <button type="submit" className="primary" disabled={createOwner.isPending}>
                Create my store
              </button>
              <button type="button" onClick={() => setStep('store')} disabled={createOwner.isPending}>
                Back to the store
              </button>
            </div>
          </>
        )}
      </form>
    </main>
  );
}
