// The next step's "when", typed as people say it ("tomorrow 5pm", "sat 10"), with the instant it was
// read as shown beside it in store time, or what could not be read.
import type { UseFormReturn } from 'react-hook-form';
import { describeWhen, readWhen, type WhenStore } from '../../../shared/domain/whenText';
import { Field } from '../../ui/Field';
import { useTick } from '../../ui/useTick';
import styles from './WhenField.module.css';
import type { WalkoutFormValues } from './walkoutFormValues';

interface Props {
  form: UseFormReturn<WalkoutFormValues>;
  store: WhenStore | undefined;
  now: () => number;
  /** A submit's message for the field; shown instead of the live reading. */
  error?: string;
}

export function WhenField({ form, store, now, error }: Props) {
  const text = form.watch('nextStepAt');
  // The reading follows the clock while something is typed: "in 2 hours" moves on, "today 5pm" passes.
  useTick(text.trim() !== '', 15_000);
  const reading = store ? readWhen(text, now(), store) : null;
  let shown = <span className={styles.idle}>Empty: BeBack schedules the first call</span>;
  if (reading?.ok) {
    shown = (
      <span className={styles.understood}>
        {describeWhen(reading.at, store!.timeZone)}
        {reading.note && <span className={styles.note}> · {reading.note}</span>}
      </span>
    );
  } else if (reading) {
    shown = <span className={styles.unreadable}>{reading.message}</span>;
  }
  return (
    <Field label="When" htmlFor="nextStepAt" error={error}>
      <div className={styles.when}>
        <input
          id="nextStepAt"
          autoComplete="off"
          placeholder="tomorrow 5pm"
          aria-describedby="nextStepAt-reading"
          {...form.register('nextStepAt')}
        />
        {!error && (
          // Not an <output>: its status role would compete with the screen's "Logged …" banner.
          <span id="nextStepAt-reading" aria-live="polite" className={styles.reading}>
            {shown}
          </span>
        )}
      </div>
    </Field>
  );
}
