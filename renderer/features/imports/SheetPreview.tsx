// What importing the checked file would do: how many rows are new, match a prospect here (merge or
// keep apart, chosen per row) or are invalid (each listed by its line and reason), and when the calls fall.
import type { SheetCheckDto } from '../../../shared/contract/dto';
import { useStoreSettings } from '../../app/useStoreSettings';
import { formatDate, plural } from '../../ui/format';
import { MergeChoice, type MergeDecision } from '../../ui/MergeChoice';
import styles from './ImportScreen.module.css';

export type Decision = MergeDecision;
/** A file can match hundreds of prospects here; past this many, the user chooses for all at once. */
const SHOWN_MATCHES = 50;

interface Props {
  check: SheetCheckDto;
  decisions: Record<string, Decision>;
  onDecide: (decisions: Record<string, Decision>) => void;
}

export function SheetPreview({ check: c, decisions, onDecide }: Props) {
  const { timeZone } = useStoreSettings();
  const all = (d: Decision) => onDecide(Object.fromEntries(c.matches.map((m) => [m.line, d])));
  const calls = c.firstCalls;
  return (
    <>
      <dl className={styles.counts} aria-label="Rows in the file">
        <div>
          <dt>New</dt>
          <dd>{c.fresh.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Match a prospect here</dt>
          <dd>{c.matching.toLocaleString('en-US')}</dd>
        </div>
        <div className={c.invalid > 0 ? styles.bad : undefined}>
          <dt>Invalid</dt>
          <dd>{c.invalid.toLocaleString('en-US')}</dd>
        </div>
      </dl>
      {calls.firstDueAt !== null && calls.lastDueAt !== null && (
        <p className="muted">
          First calls: at most {calls.dailyCap} a day, over {plural(calls.days, 'business day')} (
          {calls.days === 1
            ? formatDate(calls.firstDueAt, timeZone)
            : `${formatDate(calls.firstDueAt, timeZone)} to ${formatDate(calls.lastDueAt, timeZone)}`}
          ).
        </p>
      )}
      {c.invalid > 0 && (
        <section className={styles.invalid} aria-labelledby="invalid-rows-title">
          <h3 id="invalid-rows-title">
            {plural(c.invalid, 'row is', 'rows are')} invalid and will not be imported
          </h3>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolled list must be reachable by keyboard */}
          <ul tabIndex={0} aria-label="Invalid rows">
            {c.invalidRows.map((r) => (
              <li key={r.line}>
                <strong>Line {r.line}</strong>: {r.reason}
              </li>
            ))}
          </ul>
          {c.invalid > c.invalidRows.length && (
            <p className="muted">…and {plural(c.invalid - c.invalidRows.length, 'more invalid row')}.</p>
          )}
        </section>
      )}
      {c.matches.length > 0 && (
        <section className={styles.matches} aria-labelledby="matching-rows-title">
          <h3 id="matching-rows-title">
            {plural(c.matches.length, 'row matches', 'rows match')} a prospect already here
          </h3>
          {c.matches.length > 1 && (
            <div className={styles.matchAll}>
              <button type="button" onClick={() => all('merge')}>
                Merge all {c.matches.length.toLocaleString('en-US')}
              </button>
              <button type="button" onClick={() => all('new')}>
                Keep all as new prospects
              </button>
            </div>
          )}
          {c.matches.slice(0, SHOWN_MATCHES).map((m) => (
            <MergeChoice
              key={m.line}
              className={styles.matchChoice}
              legend={
                <>
                  Line {m.line}: {m.leadName} <span className="muted">— same {m.matchedOn} as</span>{' '}
                  {m.prospectName}
                </>
              }
              name={`match-${m.line}`}
              prospectName={m.prospectName}
              value={decisions[m.line]}
              onChange={(d) => onDecide({ ...decisions, [m.line]: d })}
            />
          ))}
          {c.matches.length > SHOWN_MATCHES && (
            <p className="muted">
              …and {plural(c.matches.length - SHOWN_MATCHES, 'more matching row')}: choose for all of them
              with the buttons above.
            </p>
          )}
        </section>
      )}
    </>
  );
}
