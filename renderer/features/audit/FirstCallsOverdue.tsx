// "First calls overdue on your team": every first call still not made the store's N hours after it fell
// due, whoever's calendar it is on, so the manager sees it without opening each calendar.
import { useApiQuery } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { CountedCard } from '../../ui/CountedCard';
import { formatWhen, plural } from '../../ui/format';
import styles from './FirstCallsOverdue.module.css';
import { lateBy } from './lateBy';

/** Calls cross the line as time passes, not only when someone writes: read again every minute. */
const REREAD_MS = 60_000;

export function FirstCallsOverdue({
  timeZone,
  onOpen,
}: {
  timeZone: string;
  onOpen: (walkoutId: number) => void;
}) {
  const overdue = useApiQuery('audit.firstCallsOverdue', {}, { refetchInterval: REREAD_MS });
  const hours = overdue.data ? plural(overdue.data.overdueAfterHours, 'hour') : '';
  return (
    <CountedCard
      id="first-calls-overdue"
      title="First calls overdue on your team"
      count={overdue.data?.calls.length}
      className={styles.overdue}
    >
      {overdue.error && <Banner tone="error">{overdue.error.message}</Banner>}
      {overdue.data && overdue.data.calls.length === 0 && (
        <p className="muted">None: every first call due so far was made within {hours} of falling due.</p>
      )}
      {overdue.data && overdue.data.calls.length > 0 && (
        <>
          <p className="muted">
            Still not made {hours} after they fell due (Settings → Cadence). Open one to call it yourself or
            move it.
          </p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Prospect</th>
                <th scope="col">Rep</th>
                <th scope="col">Was due</th>
                <th scope="col">Late by</th>
              </tr>
            </thead>
            <tbody>
              {overdue.data.calls.map((c) => (
                <tr key={c.followUpId}>
                  <th scope="row">
                    <button type="button" className="link" onClick={() => onOpen(c.walkoutId)}>
                      {c.prospectName}
                    </button>
                  </th>
                  <td>{c.employeeName}</td>
                  <td>{formatWhen(c.dueAt, overdue.data.now, timeZone)}</td>
                  <td className={styles.late}>{lateBy(overdue.data.now - c.dueAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </CountedCard>
  );
}
