// Managers move a lead (the walkout and its open follow-ups) to another employee's calendar.
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { Banner } from '../../ui/Banner';

export function ReassignLead({ walkoutId, ownerId }: { walkoutId: number; ownerId: number }) {
  const team = useApiQuery('employees.list', {});
  const reassign = useApiMutation('followUps.reassign');
  const [to, setTo] = useState('');
  return (
    <div className="reassign">
      <label htmlFor="reassign-to">Reassign this lead to</label>
      <select id="reassign-to" value={to} onChange={(e) => setTo(e.target.value)}>
        <option value="">Choose…</option>
        {team.data
          ?.filter((e) => e.active && e.id !== ownerId)
          .map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
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
