// Who is at the counter: pick your name, type your PIN.
import { useState } from 'react';
import type { SetupStatusDto } from '../../../shared/contract/dto';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { choiceTile } from '../../ui/choiceTile';
import { Field } from '../../ui/Field';
import { DemoNote } from './DemoNote';
import styles from './SignInScreen.module.css';

/** `notice`: why the last person is no longer signed in (the idle lock), when they did not sign out themselves. */
export function SignInScreen({ status, notice }: { status: SetupStatusDto; notice?: string | null }) {
  const employees = useApiQuery('auth.employees', {});
  const signIn = useApiMutation('auth.signIn');
  const [employeeId, setEmployeeId] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const demoPin = (id: number) => status.demoPins.find((p) => p.employeeId === id)?.pin;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (employeeId === null) return;
    signIn.mutate({ employeeId, pin }, { onSettled: () => setPin('') });
  };

  return (
    <main className="centered">
      <form className={`card ${styles.signIn}`} onSubmit={submit} aria-label="Sign in">
        <h1>{status.storeName}</h1>
        {notice && <Banner tone="info">{notice}</Banner>}
        <fieldset className={styles.people}>
          <legend>Who are you?</legend>
          {employees.data?.map((e, i) => (
            <label key={e.id} className={choiceTile(styles.person, employeeId === e.id)}>
              <input
                type="radio"
                name="employee"
                value={e.id}
                checked={employeeId === e.id}
                autoFocus={i === 0}
                onChange={() => setEmployeeId(e.id)}
              />
              <span className={styles.name}>{e.name}</span>
              <span className={styles.role}>{e.role}</span>
              {demoPin(e.id) && <span className={styles.demoPin}>PIN {demoPin(e.id)}</span>}
            </label>
          ))}
        </fieldset>
        <Field label="PIN" htmlFor="pin" error={signIn.error?.message}>
          <input
            id="pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          />
        </Field>
        <button
          type="submit"
          className="primary"
          disabled={employeeId === null || pin.length < 4 || signIn.isPending}
        >
          Sign in
        </button>
      </form>
      {status.demoMode && <DemoNote status={status} />}
    </main>
  );
}
