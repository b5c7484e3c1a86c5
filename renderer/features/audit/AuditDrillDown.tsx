// The walkouts behind one audit figure, so a manager can coach with names, not percentages.

import type { Period } from '../../../shared/domain/period';
import { formatPhone } from '../../../shared/domain/phone';
import { OBJECTION_LABELS, SURVEY_OBJECTION_LABELS } from '../../../shared/domain/vocab';
import { useApiQuery } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { formatDate } from '../../ui/format';
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
  const { defaultRegion } = useStoreSettings();
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
      {rows.data && n > 0 && (
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">Visited</th>
              <th scope="col">Prospect</th>
              <th scope="col">Contact</th>
              <th scope="col">Looked at</th>
              <th scope="col">Why not</th>
              <th scope="col">Status</th>
              <th scope="col">First call</th>
              <th scope="col">Attempts</th>
              <th scope="col">Next due</th>
            </tr>
          </thead>
          <tbody>
            {rows.data.map((w) => (
              <tr key={w.walkoutId}>
                <td>{formatDate(w.visitedAt, timeZone)}</td>
                <td>
                  <button type="button" className="link" onClick={() => onOpen(w.walkoutId)}>
                    {w.prospectName}
                  </button>
                </td>
                <td>
                  {w.phone
                    ? formatPhone(w.phone, defaultRegion)
                    : (w.email ?? <span className="muted">none</span>)}
                </td>
                <td>{w.product}</td>
                <td>
                  {OBJECTION_LABELS[w.objection]}
                  {w.surveyObjection && w.surveyObjection !== w.objection && (
                    <small className="muted"> · survey: {SURVEY_OBJECTION_LABELS[w.surveyObjection]}</small>
                  )}
                </td>
                <td>{w.status.replace('_', ' ')}</td>
                <td>{w.firstAttemptAt === null ? 'never' : formatDate(w.firstAttemptAt, timeZone)}</td>
                <td>{w.attempts}</td>
                <td>{w.nextDueAt === null ? '—' : formatDate(w.nextDueAt, timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
