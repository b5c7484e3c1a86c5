// The walkouts behind one audit figure, so a manager can coach with names, not percentages.

import type { Period } from '../../../shared/domain/period';
import { useApiQuery } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { WalkoutListTable } from '../../ui/WalkoutListTable';
import type { Drill } from './AuditScreen';

const TITLES = {
  all: 'walkouts logged',
  no_contact: 'walkouts with no phone or email',
  late_first_attempt: 'walkouts not called within 24 hours',
  no_next_step: 'walkouts with no next step agreed',
  overdue: 'walkouts with an overdue follow-up',
  without_next_call: 'open leads with nothing on the calendar',
  survey_disagrees: 'walkouts where the survey heard another reason',
} as const;

interface Props {
  drill: Drill;
  period: Period;
  timeZone: string;
  onOpen: (walkoutId: number) => void;
}

export function AuditDrillDown({ drill, period, timeZone, onOpen }: Props) {
  const rows = useApiQuery('audit.walkouts', {
    ...period,
    employeeId: drill.row.employeeId,
    list: drill.list,
  });
  const n = rows.data?.length ?? 0;
  return (
    <section className="card drill" aria-label="Walkouts behind the figure">
      <h2>
        {drill.row.name}: {TITLES[drill.list]}
        {rows.data ? ` (${n >= 1000 ? 'the latest 1,000' : n})` : ''}
      </h2>
      {rows.error && <Banner tone="error">{rows.error.message}</Banner>}
      {rows.data && n === 0 && <p className="muted">None — nothing to coach here.</p>}
      {rows.data && n > 0 && <WalkoutListTable rows={rows.data} timeZone={timeZone} onOpen={onOpen} />}
    </section>
  );
}
