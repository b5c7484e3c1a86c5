// Adding someone to the team: name, role, a first PIN they can change with a manager.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { InputOf } from '../../../shared/contract/channels';
import type { EmployeeDto } from '../../../shared/contract/dto';
import { employeeCreateInput } from '../../../shared/contract/schemas';
import { showServerError } from '../../api/fieldIssues';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { errorProps, Field } from '../../ui/Field';
import styles from './AddEmployee.module.css';

type NewEmployee = InputOf<'employees.create'>;

export function AddEmployee({ me }: { me: EmployeeDto }) {
  const create = useApiMutation('employees.create');
  const form = useForm<NewEmployee>({
    resolver: zodResolver(employeeCreateInput),
    defaultValues: { name: '', role: 'staff', pin: '', saveProgram: false },
  });
  const { errors } = form.formState;
  const [added, setAdded] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [name, pin] = form.watch(['name', 'pin']);
  const submit = form.handleSubmit((values) => {
    setProblem(null);
    create.mutate(values, {
      onSuccess: (emp) => {
        setAdded(`${emp.name} can now sign in with their PIN.`);
        // The role stays as chosen: several reps are often added one after another.
        form.reset({ ...values, name: '', pin: '', saveProgram: false });
      },
      onError: (err) => setProblem(showServerError(form, err)),
    });
  });
  return (
    <form className={`card ${styles.addEmployee}`} aria-label="Add an employee" noValidate onSubmit={submit}>
      <h2>Add an employee</h2>
      {added && <Banner tone="ok">{added}</Banner>}
      {problem && <Banner tone="error">{problem}</Banner>}
      <div className="row-fields">
        <Field label="Name" htmlFor="new-name" error={errors.name?.message}>
          <input id="new-name" {...errorProps('new-name', errors.name?.message)} {...form.register('name')} />
        </Field>
        <Field label="Role" htmlFor="new-role" error={errors.role?.message}>
          <select id="new-role" {...form.register('role')}>
            <option value="staff">Floor staff</option>
            {me.role === 'owner' && <option value="manager">Sales manager</option>}
            {me.role === 'owner' && <option value="owner">Owner</option>}
          </select>
        </Field>
        <Field label="First PIN (4–6 digits)" htmlFor="new-pin" error={errors.pin?.message}>
          <input
            id="new-pin"
            type="password"
            inputMode="numeric"
            maxLength={6}
            {...errorProps('new-pin', errors.pin?.message)}
            {...form.register('pin', {
              // Only digits make a PIN: anything else typed is dropped as it is typed.
              onChange: (e) => form.setValue('pin', e.target.value.replace(/\D/g, '')),
            })}
          />
        </Field>
        <label className="check">
          <input type="checkbox" {...form.register('saveProgram')} /> In the save program
        </label>
      </div>
      <button type="submit" className="primary" disabled={!name || pin.length < 4 || create.isPending}>
        Add employee
      </button>
    </form>
  );
}
