// The bar at the top of My day after an outcome is logged: "Logged No answer for Rosa Diaz at 10:42 · Undo".
// Shown while the server still offers the undo (ten minutes, and no call logged since: followUps.lastLogged
// reads the calendar group, so logging another call refreshes it away); a manager sees it on a rep's calendar
// and may undo the rep's outcome. Undo puts the call back in the panel, open as it was.
import { useState } from 'react';
import type { CalendarRowDto } from '../../../shared/contract/dto';
import { OUTCOME_LABELS } from '../../../shared/domain/vocab';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { formatTime } from '../../ui/format';
import styles from './UndoLastOutcome.module.css';

/** The server drops the offer once ten minutes pass; a poll this often hides the bar soon after. */
const RECHECK_MS = 15_000;

export function UndoLastOutcome({
  employeeId,
  onReopened,
}: {
  employeeId: number;
  onReopened: (row: CalendarRowDto) => void;
}) {
  const last = useApiQuery('followUps.lastLogged', { employeeId }, { refetchInterval: RECHECK_MS });
  const settings = useApiQuery('settings.get', {});
  const undo = useApiMutation('followUps.undo');
  const [refusal, setRefusal] = useState<{ followUpId: number; message: string } | null>(null);
  const logged = last.data;
  if (!logged || !settings.data) return null;

  const at = formatTime(logged.completedAt, settings.data.timeZone);
  const run = () =>
    undo.mutate(
      { followUpId: logged.followUpId },
      {
        onSuccess: (r) => {
          setRefusal(null);
          onReopened(r.row);
        },
        onError: (e) => setRefusal({ followUpId: logged.followUpId, message: e.message }),
      },
    );

  return (
    // A region, not a status: the "Logged …" banner already announces the outcome once.
    <section className={styles.bar} aria-label="Last logged call">
      <span className={styles.what}>
        Logged {OUTCOME_LABELS[logged.outcome]} for {logged.prospectName}{' '}
        <span className={styles.when}>at {at}</span>
      </span>
      <button type="button" onClick={run} disabled={undo.isPending}>
        {undo.isPending ? 'Undoing…' : 'Undo'}
      </button>
      {refusal?.followUpId === logged.followUpId && (
        <p className={styles.error} role="alert">
          {refusal.message}
        </p>
      )}
    </section>
  );
}
