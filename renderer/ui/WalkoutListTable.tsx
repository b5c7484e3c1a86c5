// The walkouts behind a figure (audit or dashboard), one table shape, each name opening the walkout.
import type { AuditWalkoutDto } from '../../shared/contract/dto';
import { formatPhone } from '../../shared/domain/phone';
import { OBJECTION_LABELS, SURVEY_OBJECTION_LABELS } from '../../shared/domain/vocab';
import { useStoreSettings } from '../app/useStoreSettings';
import { formatDate } from './format';

interface Props {
  rows: AuditWalkoutDto[];
  timeZone: string;
  onOpen: (walkoutId: number) => void;
}

export function WalkoutListTable({ rows, timeZone, onOpen }: Props) {
  const { defaultRegion } = useStoreSettings();
  return (
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
        {rows.map((w) => (
          <tr key={w.walkoutId}>
            <td className="nowrap">{formatDate(w.visitedAt, timeZone)}</td>
            <td>
              <button type="button" className="link" onClick={() => onOpen(w.walkoutId)}>
                {w.prospectName}
              </button>
            </td>
            <td className="nowrap">
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
            <td className="nowrap">{w.status.replace('_', ' ')}</td>
            <td className="nowrap">
              {w.firstAttemptAt === null ? 'never' : formatDate(w.firstAttemptAt, timeZone)}
            </td>
            <td>{w.attempts}</td>
            <td className="nowrap">{w.nextDueAt === null ? '—' : formatDate(w.nextDueAt, timeZone)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
