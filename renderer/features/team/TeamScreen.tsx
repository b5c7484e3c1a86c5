// Managers and owners: the people on the floor, their roles, PINs and save-program choice.
import type { EmployeeDto } from '../../../shared/contract/dto';
import { ROLES, type Role } from '../../../shared/domain/vocab';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { formatDate } from '../../ui/format';
import { AddEmployee } from './AddEmployee';
import { EmployeeActions } from './EmployeeActions';

export function TeamScreen({ me }: { me: EmployeeDto }) {
  const { timeZone } = useStoreSettings();
  const team = useApiQuery('employees.list', {});
  const update = useApiMutation('employees.update');
  return (
    <div className="team">
      <div className="screen-head">
        <h1>Team</h1>
      </div>
      {team.error && <Banner tone="error">{team.error.message}</Banner>}
      {update.error && <Banner tone="error">{update.error.message}</Banner>}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Save program</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {team.data?.map((e) => (
            <tr key={e.id} className={e.active ? '' : 'inactive'}>
              <td>{e.name}</td>
              <td>
                {me.role === 'owner' && e.id !== me.id ? (
                  <select
                    aria-label={`${e.name}'s role`}
                    value={e.role}
                    onChange={(ev) => update.mutate({ id: e.id, role: ev.target.value as Role })}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                ) : (
                  e.role
                )}
              </td>
              <td>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={e.saveProgram}
                    aria-label={`${e.name} in the save program`}
                    onChange={(ev) => update.mutate({ id: e.id, saveProgram: ev.target.checked })}
                  />
                  {e.saveProgram ? 'Opted in' : 'Not in'}
                  {e.saveProgramChangedAt !== null && (
                    <small className="muted"> since {formatDate(e.saveProgramChangedAt, timeZone)}</small>
                  )}
                </label>
              </td>
              <td>{e.active ? 'Active' : 'Inactive'}</td>
              <td>
                <EmployeeActions employee={e} me={me} team={team.data ?? []} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddEmployee me={me} />
    </div>
  );
}
