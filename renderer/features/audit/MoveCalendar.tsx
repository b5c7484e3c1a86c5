// An employee leaving: every open lead and follow-up on their calendar moves to someone else in one action.
import { useState } from 'react';
import type { AuditRowDto } from '../../../shared/contract/dto';
import { useApiMutation } from '../../api/useApi';
import { ActiveEmployeeOptions } from '../../ui/EmployeeSelect';
import styles from './MoveCalendar.module.css';

export function MoveCalendar({ from }: { from: AuditRowDto }) {
  const reassign = useApiMutation('followUps.reassign');
  const [to, setTo] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const id = `move-${from.employeeId}`;
  if (done) return <span className="muted">{done}</span>;
  return (
    <div className={styles.moveCalendar}>
      <label htmlFor={id} className="sr-only">
        Move all of {from.name}'s leads to
      </label>
      <select id={id} value={to} onChange={(e) => setTo(e.target.value)}>
        <option value="">Move all leads to…</option>
        <ActiveEmployeeOptions except={from.employeeId} />
      </select>
      <button
        type="button"
        disabled={!to || reassign.isPending}
        onClick={() =>
          reassign.mutate(
            { fromEmployeeId: from.employeeId, toEmployeeId: Number(to) },
            { onSuccess: (r) => setDone(`Moved ${r.walkouts} leads, ${r.followUps} follow-ups`) },
          )
        }
      >
        Move
      </button>
      {reassign.error && <span className="field-message">{reassign.error.message}</span>}
    </div>
  );
}
