// "Returning be-back?": a prospect with the same phone or email, offered rather than duplicated. The card
// appears while the employee types on, so its buttons are out of the Tab path (a click, or the question
// Enter asks: S / D); a brisk typist's next Tab still lands on the next field.
import type { ProspectMatchDto } from '../../../shared/contract/dto';
import { formatDate } from '../../ui/format';
import { prospectName } from '../../ui/labels';
import styles from './ReturningProspect.module.css';
import type { Choice } from './walkoutFormValues';

interface Props {
  matches: ProspectMatchDto[];
  choice: Choice;
  timeZone: string;
  onChoose: (choice: Choice) => void;
}

export function ReturningProspect({ matches, choice, timeZone, onChoose }: Props) {
  if (matches.length === 0) return null;
  return (
    <section className={styles.returning} aria-label="Returning prospect">
      <h3>Returning be-back?</h3>
      {matches.map((m) => {
        const chosen = choice.returning?.id === m.prospect.id;
        return (
          <div key={m.prospect.id} className={chosen ? `${styles.match} ${styles.chosen}` : styles.match}>
            <div>
              <strong>{prospectName(m.prospect)}</strong> — same {m.matchedOn.join(' and ')}; {m.walkoutCount}{' '}
              {m.walkoutCount === 1 ? 'visit' : 'visits'}, last {formatDate(m.lastVisitAt, timeZone)} with{' '}
              {m.lastEmployeeName}
              {m.prospect.doNotContact && <span className="tag tag-danger">Do not contact</span>}
            </div>
            <button
              type="button"
              tabIndex={-1}
              className={chosen ? 'chosen' : ''}
              aria-pressed={chosen}
              onClick={() => onChoose({ returning: m.prospect })}
            >
              Same person
            </button>
          </div>
        );
      })}
      {!choice.returning && !choice.confirmNewProspect && (
        <p className="field-hint">
          Keep typing: <kbd>Enter</kbd> asks — <kbd>S</kbd> same, <kbd>D</kbd> different.
        </p>
      )}
      <button
        type="button"
        tabIndex={-1}
        className={choice.confirmNewProspect ? 'chosen' : ''}
        aria-pressed={choice.confirmNewProspect === true}
        onClick={() => onChoose({ confirmNewProspect: true })}
      >
        Different person
      </button>
    </section>
  );
}
