// Opening hours of the first start: a row per weekday, open or closed, and from–to when open.
import { Controller, get, type UseFormReturn } from 'react-hook-form';
import styles from './StoreHoursRows.module.css';
import { OPEN_DAY_DEFAULT, type SetupValues } from './setupForm';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function StoreHoursRows({ form }: { form: UseFormReturn<SetupValues> }) {
  const { errors } = form.formState;
  // The whole week's problem ("Open at least one day a week") sits on the list itself.
  const weekProblem: string | undefined =
    get(errors, 'store.storeHours.message') ?? get(errors, 'store.storeHours.root.message');
  return (
    <fieldset className={styles.hours} aria-describedby={weekProblem ? 'hours-error' : undefined}>
      <legend>Opening hours</legend>
      <p className="field-hint">Calls and surveys fall due only while the store is open.</p>
      {weekProblem && (
        <span className="field-message" role="alert" id="hours-error">
          {weekProblem}
        </span>
      )}
      {WEEKDAYS.map((dayName, i) => (
        <Controller
          key={dayName}
          control={form.control}
          name={`store.storeHours.${i}`}
          render={({ field }) => {
            const day = field.value;
            const id = `setup-hours-${i}`;
            const problem: string | undefined =
              get(errors, `store.storeHours.${i}.message`) ??
              get(errors, `store.storeHours.${i}.open.message`) ??
              get(errors, `store.storeHours.${i}.close.message`);
            const change = (part: 'open' | 'close', time: string) =>
              field.onChange({ ...(day ?? OPEN_DAY_DEFAULT), [part]: time });
            return (
              <div className={`${styles.row}${problem ? ' field-error' : ''}`}>
                <span className={styles.day} id={`${id}-day`}>
                  {dayName}
                </span>
                <label className="check" id={`${id}-open-label`}>
                  <input
                    type="checkbox"
                    ref={field.ref}
                    checked={day !== null}
                    aria-labelledby={`${id}-day ${id}-open-label`}
                    onChange={(e) => field.onChange(e.target.checked ? { ...OPEN_DAY_DEFAULT } : null)}
                    onBlur={field.onBlur}
                  />
                  Open
                </label>
                {day ? (
                  <span className={styles.times}>
                    <label htmlFor={`${id}-from`} id={`${id}-from-label`}>
                      from
                    </label>
                    <input
                      id={`${id}-from`}
                      type="time"
                      value={day.open}
                      aria-labelledby={`${id}-day ${id}-from-label`}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${id}-error` : undefined}
                      onChange={(e) => change('open', e.target.value)}
                    />
                    <label htmlFor={`${id}-to`} id={`${id}-to-label`}>
                      to
                    </label>
                    <input
                      id={`${id}-to`}
                      type="time"
                      value={day.close}
                      aria-labelledby={`${id}-day ${id}-to-label`}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${id}-error` : undefined}
                      onChange={(e) => change('close', e.target.value)}
                    />
                  </span>
                ) : (
                  <span className={styles.closed}>Closed</span>
                )}
                {problem && (
                  <span className={`field-message ${styles.message}`} role="alert" id={`${id}-error`}>
                    {problem}
                  </span>
                )}
              </div>
            );
          }}
        />
      ))}
    </fieldset>
  );
}
