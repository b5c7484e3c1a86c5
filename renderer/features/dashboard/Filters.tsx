// The dashboard's period picker and filters: employee (leavers marked), category and objection, and what
// the figures count: walkouts, or people (each prospect once).
import type { Objection } from '../../../shared/domain/vocab';
import { OBJECTION_LABELS, OBJECTIONS } from '../../../shared/domain/vocab';
import { useApiQuery } from '../../api/useApi';
import { EmployeeSelect } from '../../ui/EmployeeSelect';
import { Field } from '../../ui/Field';
import { type PeriodChoice, PeriodPicker } from '../../ui/PeriodPicker';
import type { Counting } from './counting';
import styles from './Dashboard.module.css';
import fs from './Filters.module.css';

export interface FilterChoice {
  employeeId: number | null;
  category: string;
  objection: Objection | '';
  /** Count walkouts (visits) or people: a returning be-back is one person, sold if any visit was. */
  by: Counting;
}

export const NO_FILTERS: FilterChoice = { employeeId: null, category: '', objection: '', by: 'walkout' };

const COUNTINGS: [Counting, string][] = [
  ['walkout', 'Walkouts'],
  ['prospect', 'People'],
];

interface Props {
  choice: PeriodChoice;
  filters: FilterChoice;
  categories: string[];
  now: number;
  timeZone: string;
  onPeriod: (choice: PeriodChoice) => void;
  onFilters: (filters: FilterChoice) => void;
}

export function DashboardFilters({ choice, filters, categories, now, timeZone, onPeriod, onFilters }: Props) {
  const team = useApiQuery('employees.list', {});
  const set = (change: Partial<FilterChoice>) => onFilters({ ...filters, ...change });
  // A category chosen earlier stays listed even if the latest figures have not loaded it yet.
  const categoryOptions =
    filters.category && !categories.includes(filters.category)
      ? [...categories, filters.category]
      : categories;
  return (
    <div className={styles.dashboardFilters}>
      <PeriodPicker value={choice} now={now} timeZone={timeZone} onChange={onPeriod} />
      <Field label="Employee" htmlFor="dashboard-employee">
        <EmployeeSelect
          id="dashboard-employee"
          anyLabel="Everyone"
          value={filters.employeeId}
          onChange={(employeeId) => set({ employeeId })}
        />
      </Field>
      <Field label="Category" htmlFor="dashboard-category">
        <select
          id="dashboard-category"
          value={filters.category}
          onChange={(e) => set({ category: e.target.value })}
        >
          <option value="">All categories</option>
          {categoryOptions.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Objection" htmlFor="dashboard-objection">
        <select
          id="dashboard-objection"
          value={filters.objection}
          onChange={(e) => set({ objection: e.target.value as Objection | '' })}
        >
          <option value="">All objections</option>
          {OBJECTIONS.map((o) => (
            <option key={o} value={o}>
              {OBJECTION_LABELS[o]}
            </option>
          ))}
        </select>
      </Field>
      {/* Two buttons, the pressed one the count, as the trend's week/month switch: each one a Tab stop. */}
      <fieldset className={`field ${fs.count}`}>
        <legend className={fs.countLabel}>Count</legend>
        <div className={styles.segmented}>
          {COUNTINGS.map(([value, label]) => (
            <button
              key={value}
              type="button"
              aria-pressed={filters.by === value}
              onClick={() => set({ by: value })}
            >
              {label}
            </button>
          ))}
        </div>
      </fieldset>
      {team.error && <span className="field-message">{team.error.message}</span>}
    </div>
  );
}

/** "Priya Shah · Truck · Price" — the filters in words, for printouts and saved pictures. */
export function describeFilters(filters: FilterChoice, employeeName: string | undefined): string {
  const parts = [
    filters.employeeId === null ? 'Everyone' : (employeeName ?? 'One employee'),
    filters.category || 'All categories',
    filters.objection ? OBJECTION_LABELS[filters.objection] : 'All objections',
    ...(filters.by === 'prospect' ? ['Counted by person'] : []),
  ];
  return parts.join(' · ');
}
