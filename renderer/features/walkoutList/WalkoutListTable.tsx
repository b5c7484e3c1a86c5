// The walkouts behind a figure (audit or dashboard), one table shape, each name opening the walkout. However
// many there are, only the rows near the window are in the page (the table scrolls with the page), and
// their pages are read as they come into view.
import type { AuditWalkoutDto } from '../../../shared/contract/dto';
import { formatPhone } from '../../../shared/domain/phone';
import { OBJECTION_LABELS, SURVEY_OBJECTION_LABELS } from '../../../shared/domain/vocab';
import { useStoreSettings } from '../../app/useStoreSettings';
import { formatDate } from '../../ui/format';
import { SpacerRow } from '../../ui/SpacerRow';
import { useWindowRows } from '../../ui/useWindowRows';
import {
  type ListChannel,
  type ListInput,
  useWalkoutCount,
  useWalkoutPages,
  WALKOUT_PAGE,
} from './useWalkoutPages';
import styles from './WalkoutListTable.module.css';

/** A row's height before it is measured: one line of the compact table. */
const ROW_ESTIMATE = 37;
const COLUMNS = 9;

interface Props<C extends ListChannel> {
  channel: C;
  input: ListInput<C>;
  timeZone: string;
  onOpen: (walkoutId: number) => void;
  /** What to show once the list is known: its count, or why it is empty. */
  children: (total: number | null, error: string | null) => React.ReactNode;
}

export function WalkoutListTable<C extends ListChannel>({
  channel,
  input,
  timeZone,
  onOpen,
  children,
}: Props<C>) {
  const { defaultRegion } = useStoreSettings();
  const { total, error } = useWalkoutCount(channel, input);
  const count = total ?? 0;
  // A list of one page is drawn whole (it prints whole too); a longer one only near the window.
  const rows = useWindowRows<HTMLTableSectionElement>(count, {
    estimate: ROW_ESTIMATE,
    overscan: 15,
    wholeUpTo: WALKOUT_PAGE,
  });
  const list = useWalkoutPages(
    channel,
    input,
    rows.items.map((i) => i.index),
  );
  return (
    <>
      {children(total, (error ?? list.error)?.message ?? null)}
      {count > 0 && (
        <table className={`table compact ${styles.list}`} aria-rowcount={count + 1}>
          <thead>
            <tr aria-rowindex={1}>
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
          <tbody ref={rows.ref}>
            <SpacerRow height={rows.before} columns={COLUMNS} />
            {rows.items.map((item) => {
              const w = list.rowAt(item.index);
              return (
                <tr key={item.key} data-index={item.index} ref={rows.measure} aria-rowindex={item.index + 2}>
                  {w ? (
                    <WalkoutCells w={w} region={defaultRegion} timeZone={timeZone} onOpen={onOpen} />
                  ) : (
                    <td colSpan={COLUMNS} className="muted" aria-busy="true">
                      Loading…
                    </td>
                  )}
                </tr>
              );
            })}
            <SpacerRow height={rows.after} columns={COLUMNS} />
          </tbody>
        </table>
      )}
    </>
  );
}

function WalkoutCells({
  w,
  region,
  timeZone,
  onOpen,
}: {
  w: AuditWalkoutDto;
  region: string;
  timeZone: string;
  onOpen: (walkoutId: number) => void;
}) {
  return (
    <>
      <td className={styles.nowrap}>{formatDate(w.visitedAt, timeZone)}</td>
      <td>
        <button type="button" className="link" onClick={() => onOpen(w.walkoutId)}>
          {w.prospectName}
        </button>
      </td>
      <td className={styles.nowrap}>
        {w.phone ? formatPhone(w.phone, region) : (w.email ?? <span className="muted">none</span>)}
      </td>
      <td>{w.product}</td>
      <td>
        {OBJECTION_LABELS[w.objection]}
        {w.surveyObjection && w.surveyObjection !== w.objection && (
          <small className="muted"> · survey: {SURVEY_OBJECTION_LABELS[w.surveyObjection]}</small>
        )}
      </td>
      <td className={styles.nowrap}>{w.status.replace('_', ' ')}</td>
      <td className={styles.nowrap}>
        {w.firstAttemptAt === null ? 'never' : formatDate(w.firstAttemptAt, timeZone)}
      </td>
      <td>{w.attempts}</td>
      <td className={styles.nowrap}>{w.nextDueAt === null ? '—' : formatDate(w.nextDueAt, timeZone)}</td>
    </>
  );
}
