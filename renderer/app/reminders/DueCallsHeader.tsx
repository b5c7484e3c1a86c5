// The header's due-call count (a link to My day) and the switch that turns desktop reminders on or off.
import { Link } from 'react-router';
import { plural } from '../../ui/format';
import styles from './DueCallsHeader.module.css';
import type { useDueCallReminders } from './useDueCallReminders';

type Reminders = ReturnType<typeof useDueCallReminders>;

export function DueCallsHeader({ reminders }: { reminders: Reminders }) {
  const { dueCount, on, permission } = reminders;
  return (
    <span className={styles.reminders}>
      {dueCount > 0 && (
        <Link
          className={styles.badge}
          to="/day"
          aria-label={`${plural(dueCount, 'call')} due now: open My day`}
        >
          {dueCount} due
        </Link>
      )}
      {permission === 'denied' || permission === 'unsupported' ? (
        <span className={styles.blocked} title="Allow notifications for this page in the browser's settings">
          Reminders blocked
        </span>
      ) : (
        <button
          type="button"
          className={`link ${styles.toggle}`}
          aria-pressed={on}
          onClick={() => (on ? reminders.turnOff() : void reminders.turnOn())}
        >
          {on ? 'Reminders on' : 'Turn on reminders'}
        </button>
      )}
    </span>
  );
}
