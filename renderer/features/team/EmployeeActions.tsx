// Per-employee actions: new PIN, deactivate (after moving their leads), reactivate.
import { useState } from 'react';
import type { EmployeeDto } from '../../../shared/contract/dto';
import { useApiMutation } from '../../api/useApi';
import { NewPinDialog } from './NewPinDialog';

interface Props {
  employee: EmployeeDto;
  me: EmployeeDto;
  team: EmployeeDto[];
}

export function EmployeeActions({ employee, me, team }: Props) {
  const update = useApiMutation('employees.update');
  const reassign = useApiMutation('followUps.reassign');
  const [to, setTo] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [pinFor, setPinFor] = useState(false);
  if (employee.id === me.id) return <span className="muted">You</span>;
  const error = update.error ?? reassign.error;
  return (
    <div className="actions">
      <button type="button" onClick={() => setPinFor(true)}>
        New PIN
      </button>
      {pinFor && (
        <NewPinDialog
          employee={employee}
          onDone={(changed) => {
            setPinFor(false);
            if (changed) setMessage('PIN changed');
          }}
        />
      )}
      {employee.active ? (
        <>
          <select
            aria-label={`Move ${employee.name}'s leads to`}
            value={to}
            onChange={(e) => setTo(e.target.value)}
          >
            <option value="">Move leads to…</option>
            {team
              .filter((t) => t.active && t.id !== employee.id)
              .map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
          </select>
          <button
            type="button"
            disabled={!to}
            onClick={() =>
              reassign.mutate(
                { fromEmployeeId: employee.id, toEmployeeId: Number(to) },
                { onSuccess: (r) => setMessage(`Moved ${r.walkouts} leads and ${r.followUps} follow-ups`) },
              )
            }
          >
            Move leads
          </button>
          <button type="button" onClick={() => update.mutate({ id: employee.id, active: false })}>
            Deactivate
          </button>
        </>
      ) : (
        <button type="button" onClick={() => update.mutate({ id: employee.id, active: true })}>
          Reactivate
        </button>
      )}
      {message && <span className="muted">{message}</span>}
      {error && <span className="field-message">{error.message}</span>}
    </div>
  );
}
