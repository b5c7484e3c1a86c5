// The walkouts behind a bar or a table row, in the audit's columns, so a figure always has names.
import { useEffect, useRef, useState } from 'react';
import type { DashboardFilters } from '../../../shared/contract/schemas';
import { formatPhone } from '../../../shared/domain/phone';
import { OBJECTION_LABELS, SURVEY_OBJECTION_LABELS } from '../../../shared/domain/vocab';
import { useApiQuery } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { formatDate } from '../../ui/format';
import type { DrillTarget } from './chartTable';

/** Rows drawn at a time; the rest come with "Show more", so a long list never stalls the screen. */
const PAGE = 200;

interface Props {
  target: DrillTarget;
  scope: DashboardFilters;
  timeZone: string;
  onOpen: (walkoutId: number) => void;
  onClose: () => void;
}

export function DrillDown({ target, scope, timeZone, onOpen, onClose }: Props) {
  const { defaultRegion } = useStoreSettings();
  const [shown, setShown] = useState(PAGE);
  const heading = useRef<HTMLHeadingElement>(null);
  const rows = useApiQuery('dashboard.walkouts', {
    ...scope,
    slice: target.slice,
    ...(target.key === undefined ? {} : { key: target.key }),
    ...(target.keyTo === undefined ? {} : { keyTo: target.keyTo }),
    ...(target.closer === undefined ? {} : { closer: target.closer }),
  });
  // Bring the list into view and move focus to it, for mouse and keyboard users alike.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    heading.current?.focus({ preventScroll: true });
  }, []);

  const n = rows.data?.length ?? 0;
  return (
    <section className="card drill" aria-labelledby="dashboard-drill-title" aria-busy={rows.isPending}>
      <div className="drill-head">
        <h2 id="dashboard-drill-title" ref={heading} tabIndex={-1}>
          {target.title}
          {rows.data ? ` (${n >= 1000 ? 'the latest 1,000' : n.toLocaleString('en-US')})` : ''}
        </h2>
        <button type="button" onClick={onClose}>
          Close list
        </button>
      </div>
      {rows.error && <Banner tone="error">{rows.error.message}</Banner>}
      {rows.isPending && <p className="muted">Finding the walkouts…</p>}
      {rows.data && n === 0 && <p className="muted">No walkouts behind this figure.</p>}
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
            {rows.data.slice(0, shown).map((w) => (
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
      )}
      {n > shown && (
        <button type="button" className="drill-more" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, n - shown)} more of {n - shown}
        </button>
      )}
    </section>
  );
}
