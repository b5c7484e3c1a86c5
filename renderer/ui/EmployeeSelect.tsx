// Choosing one employee or nobody in particular: the whole team, with those who have left marked so
// (their past figures still count).
import { useApiQuery } from '../api/useApi';

interface Props {
  id: string;
  /** What the empty choice means here: "All reps", "Everyone". */
  anyLabel: string;
  value: number | null;
  onChange: (employeeId: number | null) => void;
}

export function EmployeeSelect({ id, anyLabel, value, onChange }: Props) {
  const team = useApiQuery('employees.list', {});
  return (
    <select
      id={id}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
    >
      <option value="">{anyLabel}</option>
      {team.data?.map((e) => (
        <option key={e.id} value={e.id}>
          {e.active ? e.name : `${e.name} (left)`}
        </option>
      ))}
    </select>
  );
}

/** The employees still here, as options of a select that gives work to one (never to someone who left). */
export function ActiveEmployeeOptions({ except }: { except?: number }) {
  const team = useApiQuery('employees.list', {});
  return team.data
    ?.filter((e) => e.active && e.id !== except)
    .map((e) => (
      <option key={e.id} value={e.id}>
        {e.name}
      </option>
    ));
}
