// The walkouts behind one audit figure, so a manager can coach with names, not percentages — all of them,
// read a page at a time as the list scrolls.

import type { Period } from '../../../shared/domain/period';
import { Banner } from '../../ui/Banner';
import { WalkoutListTable } from '../walkoutList/WalkoutListTable';
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
  const input = { ...period, employeeId: drill.row.employeeId, list: drill.list };
  return (
    <section className="card drill" aria-label="Walkouts behind the figure">
      <WalkoutListTable channel="audit.walkouts" input={input} timeZone={timeZone} onOpen={onOpen}>
        {(total, error) => (
          <>
            <h2>
              {drill.row.name}: {TITLES[drill.list]}
              {total === null ? '' : ` (${total.toLocaleString('en-US')})`}
            </h2>
            {error && <Banner tone="error">{error}</Banner>}
            {total === 0 && <p className="muted">None — nothing to coach here.</p>}
          </>
        )}
      </WalkoutListTable>
    </section>
  );
}
