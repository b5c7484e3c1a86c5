// Managers move a lead (the walkout and its open follow-ups) to another employee's calendar.
import { useState } from 'react';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { ActiveEmployeeOptions } from '../../ui/EmployeeSelect';
import styles from './ReassignLead.module.css';

export function ReassignLead({ walkoutId, ownerId }: { walkoutId: number; ownerId: number }) {
  const reassign = useApiMutation('followUps.reassign');
  const [to, setTo] = useState('');
  return (
    <div className={styles.reassign}>
      <label htmlFor="reassign-to">Reassign this lead to</label>
      <select id="reassign-to" value={to} onChange={(e) => setTo(e.target.value)}>
        <option value="">Choose…</option>
        <ActiveEmployeeOptions except={ownerId} />
      </select>
      <button
        type="button"
        disabled={!to || reassign.isPending}
        onClick={() => reassign.mutate({ walkoutId, toEmployeeId: Number(to) })}
      >
        Reassign
      </button>
      {reassign.error && <Banner tone="error">{reassign.error.message}</Banner>}
    </div>
  );
}
