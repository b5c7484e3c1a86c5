// The bottom of the call panel, always on screen: the outcome choices, what an outcome needs (the next
// step's time, a sale's amount), the notes and the button that logs it.
import { OUTCOME_LABELS, OUTCOMES, type Outcome } from '../../../shared/domain/vocab';
import { Banner } from '../../ui/Banner';
import { choiceTile } from '../../ui/choiceTile';
import { Field } from '../../ui/Field';
import styles from './OutcomeBar.module.css';

interface Props {
  outcome: Outcome | null;
  onOutcome: (outcome: Outcome) => void;
  notes: string;
  onNotes: (notes: string) => void;
  agreed: string;
  onAgreed: (agreed: string) => void;
  amount: string;
  onAmount: (amount: string) => void;
  problem: string | null;
  saving: boolean;
  onSave: () => void;
}

export function OutcomeBar(props: Props) {
  const { outcome, onOutcome, problem, saving, onSave } = props;
  return (
    <div className={styles.bar}>
      <fieldset className={styles.outcomes}>
        <legend>Outcome — press a number, then Enter</legend>
        {OUTCOMES.map((o, i) => (
          <label key={o} className={choiceTile(styles.outcome, outcome === o, styles.chosen)}>
            <input
              type="radio"
              name="outcome"
              value={o}
              checked={outcome === o}
              autoFocus={i === 0}
              onChange={() => onOutcome(o)}
            />
            <kbd>{i + 1}</kbd> {OUTCOME_LABELS[o]}
          </label>
        ))}
      </fieldset>
      <div className={styles.fields}>
        <Field label="Notes" htmlFor="attempt-notes" hint="Ctrl+Enter saves from here">
          <textarea
            id="attempt-notes"
            rows={2}
            value={props.notes}
            onChange={(e) => props.onNotes(e.target.value)}
          />
        </Field>
        <Field
          label="Next step agreed for (optional)"
          htmlFor="agreed-next"
          hint={
            outcome === 'appointment_set' ? 'When is the appointment?' : 'Leave empty to follow the cadence'
          }
        >
          <input
            id="agreed-next"
            type="datetime-local"
            value={props.agreed}
            onChange={(e) => props.onAgreed(e.target.value)}
          />
        </Field>
      </div>
      {problem && <Banner tone="error">{problem}</Banner>}
      <div className={styles.actions}>
        {outcome === 'sold' && (
          <span className={styles.amount}>
            <label htmlFor="sale-amount">Sale amount</label>
            <input
              id="sale-amount"
              inputMode="decimal"
              value={props.amount}
              onChange={(e) => props.onAmount(e.target.value)}
            />
          </span>
        )}
        <button type="button" className="primary" onClick={onSave} disabled={saving}>
          Save outcome <kbd>Enter</kbd>
        </button>
      </div>
    </div>
  );
}
