// "Who should hear about this?": the walkouts a reason fits, why others are left out, and — once
// confirmed — a campaign call on each owner's calendar, with progress while a large one is written.
import { useState } from 'react';
import type { ReasonDto } from '../../../shared/contract/dto';
import { OBJECTION_LABELS } from '../../../shared/domain/vocab';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { formatDate } from '../../ui/format';
import styles from './CampaignDialog.module.css';

const EXCLUDED_LABELS = {
  doNotContact: 'asked not to be contacted',
  contactNotOk: 'did not agree to be contacted',
  noContactDetails: 'left no phone or email',
  alreadyInCampaign: 'already heard about this reason',
  firstCallStillDue: 'still have their first call due (the reason is suggested on that call)',
  ownerInactive: 'belong to an employee who has left (reassign them first)',
} as const;

export function CampaignDialog({ reason, onClose }: { reason: ReasonDto; onClose: () => void }) {
  const { timeZone } = useStoreSettings();
  const preview = useApiQuery('campaigns.preview', { reasonId: reason.id });
  const start = useApiMutation('campaigns.start');
  const [jobId, setJobId] = useState<string | null>(null);
  const progress = useApiQuery(
    'campaigns.progress',
    { jobId: jobId ?? '00000000-0000-4000-8000-000000000000' },
    {
      enabled: jobId !== null,
      refetchInterval: (q) => (q.state.data && ['done', 'failed'].includes(q.state.data.phase) ? false : 250),
    },
  );
  const p = preview.data;
  const job = progress.data ?? start.data;
  const finished = job?.phase === 'done' || job?.phase === 'failed';

  return (
    <section className="card" aria-label="Campaign" aria-live="polite">
      <h2>Who should hear about this?</h2>
      <p className={styles.quote}>“The reason I'm calling is {reason.text}”</p>
      {preview.isPending && <p className="muted">Finding the walkouts this reason fits…</p>}
      {preview.error && <Banner tone="error">{preview.error.message}</Banner>}
      {p && !jobId && (
        <>
          <p>
            <strong>{p.eligible.toLocaleString('en-US')}</strong> of {p.fitting.toLocaleString('en-US')} open
            and not-now walkouts it fits will get a campaign call.
          </p>
          {p.fitting > p.eligible && (
            <ul className={styles.excluded}>
              {Object.entries(p.excluded)
                .filter(([, n]) => n > 0)
                .map(([k, n]) => (
                  <li key={k}>
                    {n.toLocaleString('en-US')} left out: {EXCLUDED_LABELS[k as keyof typeof EXCLUDED_LABELS]}
                  </li>
                ))}
            </ul>
          )}
          {p.perEmployee.length > 0 && (
            <table className="table compact">
              <caption>Spread at most {p.dailyCap} campaign calls a day per calendar</caption>
              <thead>
                <tr>
                  <th scope="col">Calendar</th>
                  <th scope="col">Calls</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                </tr>
              </thead>
              <tbody>
                {p.perEmployee.map((e) => (
                  <tr key={e.employeeId}>
                    <td>{e.name}</td>
                    <td>{e.count.toLocaleString('en-US')}</td>
                    <td>{formatDate(e.firstDueAt, timeZone)}</td>
                    <td>{formatDate(e.lastDueAt, timeZone)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {p.sample.length > 0 && (
            <details>
              <summary>Preview the first {p.sample.length}</summary>
              <ul className={styles.sample}>
                {p.sample.map((s) => (
                  <li key={s.walkoutId}>
                    {s.prospectName} — {s.product}, {OBJECTION_LABELS[s.objection].toLowerCase()} (
                    {s.ownerName})
                  </li>
                ))}
              </ul>
            </details>
          )}
          {start.error && <Banner tone="error">{start.error.message}</Banner>}
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              disabled={p.eligible === 0 || start.isPending}
              onClick={() => start.mutate({ reasonId: reason.id }, { onSuccess: (j) => setJobId(j.jobId) })}
            >
              Book {p.eligible.toLocaleString('en-US')} campaign calls
            </button>
            <button type="button" className="link" onClick={onClose}>
              {p.eligible === 0 ? 'Close' : 'Not now'}
            </button>
          </div>
        </>
      )}
      {jobId && job && (
        <div className={styles.progress}>
          <label htmlFor="campaign-bar">{phaseText(job.phase, job.done, job.total, job.created)}</label>
          <progress
            id="campaign-bar"
            max={job.phase === 'writing' ? undefined : Math.max(1, job.total)}
            value={job.phase === 'writing' ? undefined : job.phase === 'done' ? job.total : job.done}
          />
          {job.error && <Banner tone="error">{job.error}</Banner>}
          {finished && (
            <button type="button" className="primary" onClick={onClose}>
              Done
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function phaseText(phase: string, done: number, total: number, created: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  switch (phase) {
    case 'finding':
      return 'Finding the walkouts it fits…';
    case 'planning':
      return `Planning calls: ${n(done)} of ${n(total)} walkouts checked…`;
    case 'writing':
      return `Saving ${n(total)} campaign calls in one go…`;
    case 'done':
      return `${n(created)} campaign calls are on the calendars.`;
    default:
      return 'The campaign was not saved; nothing was written.';
  }
}
