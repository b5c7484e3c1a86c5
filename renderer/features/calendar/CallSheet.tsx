// Today's call sheet, on paper only: mounted beside the app (not inside it), so printing hides the whole
// app and prints just the sheet, one call per block.
import { createPortal } from 'react-dom';
import type { CalendarDayDto } from '../../../shared/contract/dto';
import { useStoreSettings } from '../../app/useStoreSettings';
import { formatDate } from '../../ui/format';
import styles from './CallSheet.module.css';
import { callSheetEntries } from './callSheet';
import { allPages, useSectionRows } from './useSectionRows';

export function CallSheet({ day }: { day: CalendarDayDto }) {
  const settings = useStoreSettings();
  // Today's calls beyond the day's first page (a rare, very long day) are read for the sheet.
  const today = useSectionRows(day, 'today', allPages(day.counts.today));
  const todayRows = Array.from({ length: today.count }, (_, i) => today.rowAt(i)).filter(
    (row) => row !== undefined,
  );
  const entries = callSheetEntries(
    day,
    { name: day.employee.name, storeName: settings.storeName, callbackNumber: settings.storePhone },
    settings.defaultRegion,
    todayRows,
  );
  const overdueLeft = day.counts.overdue - day.overdue.length;
  return createPortal(
    <section className={styles.sheet} aria-hidden="true" data-testid="call-sheet">
      <header className={styles.head}>
        <h1>
          Calls for {day.employee.name}, {formatDate(day.now, day.timeZone)}
        </h1>
        <p>
          {settings.storeName} · {entries.length} {entries.length === 1 ? 'call' : 'calls'} due by tonight
        </p>
      </header>
      {entries.length === 0 && <p>No calls are due today.</p>}
      {overdueLeft > 0 && (
        <p>
          The {day.overdue.length} oldest overdue calls are printed; {overdueLeft.toLocaleString('en-US')}{' '}
          more are overdue on My day.
        </p>
      )}
      {entries.map((e) => (
        <article key={e.followUpId} className={styles.call}>
          <h2>
            <span className={e.overdue ? styles.overdue : undefined}>{e.when}</span> · {e.name} ·{' '}
            <span className={styles.contact}>{e.contact}</span>
          </h2>
          <dl className={styles.facts}>
            <dt>Call</dt>
            <dd>{e.purpose}</dd>
            <dt>Looked at</dt>
            <dd>{e.lookedAt}</dd>
            <dt>Why not</dt>
            <dd>{e.whyNot}</dd>
            <dt>Reason to call</dt>
            <dd>{e.reason}</dd>
          </dl>
          <ol className={styles.script}>
            {e.script.map((line) => (
              <li key={line.say ?? line.note}>
                {line.say && `“${line.say}”`}
                {line.say && line.note && ' '}
                {line.note && <em>{line.note}</em>}
              </li>
            ))}
          </ol>
          <p className={styles.notes}>Outcome and notes:</p>
        </article>
      ))}
    </section>,
    document.body,
  );
}
