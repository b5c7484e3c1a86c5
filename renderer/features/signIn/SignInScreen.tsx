// Who is at the counter: pick your name, type your PIN.
import { useState } from 'react';
import type { SetupStatusDto } from '../../../shared/contract/dto';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { DemoNote } from './DemoNote';

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
      <form className="card signin" onSubmit={submit} aria-label="Sign in">
        <h1>{status.storeName}</h1>
        {notice && <Banner tone="info">{notice}</Banner>}
        <fieldset className="people">
          <legend>Who are you?</legend>
          {employees.data?.map((e, i) => (
            <label key={e.id} className={`person${employeeId === e.id ? ' chosen' : ''}`}>
              <input
                type="radio"
                name="employee"
                value={e.id}
                checked={employeeId === e.id}
                autoFocus={i === 0}
                onChange={() => setEmployeeId(e.id)}
              />
              <span className="person-name">{e.name}</span>
              <span className="person-role">{e.role}</span>
              {demoPin(e.id) && <span className="demo-pin">PIN {demoPin(e.id)}</span>}
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
