// Adding someone to the team: name, role, a first PIN they can change with a manager.
import { useState } from 'react';
import type { EmployeeDto } from '../../../shared/contract/dto';
import type { Role } from '../../../shared/domain/vocab';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';

export function AddEmployee({ me }: { me: EmployeeDto }) {
  const create = useApiMutation('employees.create');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('staff');
  const [pin, setPin] = useState('');
  const [saveProgram, setSaveProgram] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const issue = (path: string) => create.error?.issues.find((i) => i.path === path)?.message;
  return (
    <form
      className="card add-employee"
      aria-label="Add an employee"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(
          { name, role, pin, saveProgram },
          {
            onSuccess: (emp) => {
              setAdded(`${emp.name} can now sign in with their PIN.`);
              setName('');
              setPin('');
              setSaveProgram(false);
            },
          },
        );
      }}
    >
      <h2>Add an employee</h2>
      {added && <Banner tone="ok">{added}</Banner>}
      {create.error && !create.error.issues.length && <Banner tone="error">{create.error.message}</Banner>}
      <div className="row-fields">
        <Field label="Name" htmlFor="new-name" error={issue('name')}>
          <input id="new-name" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Role" htmlFor="new-role">
          <select id="new-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <option value="staff">Floor staff</option>
            {me.role === 'owner' && <option value="manager">Sales manager</option>}
            {me.role === 'owner' && <option value="owner">Owner</option>}
          </select>
        </Field>
        <Field label="First PIN (4–6 digits)" htmlFor="new-pin" error={issue('pin')}>
          <input
            id="new-pin"
            type="password"
            inputMode="numeric"
            maxLength={6}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          />
        </Field>
        <label className="check">
          <input type="checkbox" checked={saveProgram} onChange={(e) => setSaveProgram(e.target.checked)} />{' '}
          In the save program
        </label>
      </div>
      <button type="submit" className="primary" disabled={!name || pin.length < 4 || create.isPending}>
        Add employee
      </button>
    </form>
  );
}
