// A clean store: the first person to start BeBack becomes its owner.
import { useState } from 'react';
import { useApiMutation } from '../../api/useApi';
import { Field } from '../../ui/Field';

export function SetupScreen({ storeName }: { storeName: string }) {
  const createOwner = useApiMutation('setup.createOwner');
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const mismatch = again.length > 0 && again !== pin;
  const issue = (path: string) => createOwner.error?.issues.find((i) => i.path === path)?.message;

  return (
    <main className="centered">
      <form
        className="card signin"
        aria-label="Set up your store"
        onSubmit={(e) => {
          e.preventDefault();
          if (!mismatch) createOwner.mutate({ name, pin });
        }}
      >
        <h1>Welcome to BeBack</h1>
        <p>
          Set up {storeName}: you will be its owner. You can add your managers and floor staff next, from the
          Team screen.
        </p>
        <Field label="Your name" htmlFor="owner-name" error={issue('name')}>
          <input id="owner-name" value={name} autoFocus onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Choose a PIN (4–6 digits)" htmlFor="owner-pin" error={issue('pin')}>
          <input
            id="owner-pin"
            type="password"
            inputMode="numeric"
            maxLength={6}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          />
        </Field>
        <Field
          label="Type the PIN again"
          htmlFor="owner-pin-again"
          error={mismatch ? 'The PINs differ' : undefined}
        >
          <input
            id="owner-pin-again"
            type="password"
            inputMode="numeric"
            maxLength={6}
            value={again}
            onChange={(e) => setAgain(e.target.value.replace(/\D/g, ''))}
          />
        </Field>
        {createOwner.error && !createOwner.error.issues.length && (
          <p className="field-message">{createOwner.error.message}</p>
        )}
        <button
          type="submit"
          className="primary"
          disabled={!name || pin.length < 4 || mismatch || createOwner.isPending}
        >
          Create my store
        </button>
      </form>
    </main>
  );
}
