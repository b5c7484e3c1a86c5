// "No next call": open leads whose calls ran out or were cancelled, each with one action that books the
// next call (at the first allowed slot unless a time is typed; a manager also chooses whose calendar).
import type { WithoutNextCallDto } from '../../../shared/contract/dto';
import { OBJECTION_LABELS, OUTCOME_LABELS } from '../../../shared/domain/vocab';
import { useApiQuery } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { CountedCard } from '../../ui/CountedCard';
import { formatDate } from '../../ui/format';
import { PutBackForm } from './PutBackForm';
import styles from './WithoutNextCall.module.css';

function whyNoCall(r: WithoutNextCallDto): string {
  if (!r.lastCall) return 'never booked';
  if (r.lastCall.status === 'cancelled') return 'last call cancelled';
  return `last call: ${r.lastCall.outcome ? OUTCOME_LABELS[r.lastCall.outcome] : 'done'}`;
}

export function WithoutNextCall({ scope }: { scope: 'mine' | 'team' }) {
  const store = useStoreSettings();
  const { timeZone } = store;
  const list = useApiQuery('followUps.withoutNextCall', { scope });
  const rows = list.data?.rows ?? [];
  const team = scope === 'team';
  // One's own list shows only when it has rows, and not as an empty heading while it loads.
  if (!team && rows.length === 0) return null;
  return (
    <CountedCard
      id={`no-next-call-${scope}`}
      title={team ? 'Open leads with no next call on the team' : 'Your open leads with no next call'}
      count={list.data && rows.length}
      className={styles.gap}
    >
      {list.error && <Banner tone="error">{list.error.message}</Banner>}
      {list.data && rows.length === 0 && (
        <p className="muted">None: every open lead has its next call booked.</p>
      )}
      {rows.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Prospect</th>
              <th scope="col">Visit</th>
              <th scope="col">Looked at</th>
              <th scope="col">Why not</th>
              <th scope="col">Whose lead</th>
              <th scope="col">Why no call</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.walkoutId}>
                <th scope="row">{r.prospectName}</th>
                <td>{formatDate(r.visitedAt, timeZone)}</td>
                <td>{r.product}</td>
                <td>{OBJECTION_LABELS[r.objection]}</td>
                <td>{r.employeeName}</td>
                <td>{whyNoCall(r)}</td>
                <td>
                  <PutBackForm row={r} team={team} store={store} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </CountedCard>
  );
}
