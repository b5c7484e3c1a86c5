// Store hours: one row per weekday (open or closed, opening and closing time) and the closed dates.
import { errorProps, Field } from '../../ui/Field';
import type { SectionProps } from './settingsDraft';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function StoreHoursFields({ form, error, disabled }: SectionProps) {
  const days = form.watch('storeHours');
  const errors = form.formState.errors.storeHours;
  // "Open at least one day a week" is about the whole week: the form's check puts it on the list's root.
  const week = errors?.root?.message ?? errors?.message;
  return (
    <fieldset className="card settings-section settings-hours" disabled={disabled}>
      <legend>Store hours</legend>
      <p className="hint">Follow-ups and manager surveys fall due only while the store is open.</p>
      {week && (
        <span className="field-message" role="alert">
          {week}
        </span>
      )}
      <div className="hours-rows">
        {days.map((day, i) => {
          const id = `hours-${i}`;
          const problem = error(`storeHours.${i}`);
          // Each control is named by the weekday and its own visible label ("Saturday Opens").
          return (
            <div
              key={WEEKDAYS[i]}
              className={`hours-row${day.isOpen ? '' : ' hours-row-closed'}${problem ? ' field-error' : ''}`}
            >
              <span className="hours-day" id={`${id}-day`}>
                {WEEKDAYS[i]}
              </span>
              <label className="check" id={`${id}-open-label`}>
                <input
                  type="checkbox"
                  aria-labelledby={`${id}-day ${id}-open-label`}
                  {...form.register(`storeHours.${i}.isOpen`)}
                />
                Open
              </label>
              <label className="hours-time" id={`${id}-from-label`} htmlFor={`${id}-from`}>
                Opens
              </label>
              <input
                id={`${id}-from`}
                type="time"
                disabled={!day.isOpen}
                aria-labelledby={`${id}-day ${id}-from-label`}
                aria-invalid={problem ? true : undefined}
                {...form.register(`storeHours.${i}.open`)}
              />
              <label className="hours-time" id={`${id}-to-label`} htmlFor={`${id}-to`}>
                Closes
              </label>
              <input
                id={`${id}-to`}
                type="time"
                disabled={!day.isOpen}
                aria-labelledby={`${id}-day ${id}-to-label`}
                aria-invalid={problem ? true : undefined}
                {...form.register(`storeHours.${i}.close`)}
              />
              {problem && (
                <span className="field-message hours-message" role="alert">
                  {problem}
                </span>
              )}
            </div>
          );
        })}
      </div>
      <Field
        label="Closed dates (comma-separated)"
        htmlFor="settings-closed-dates"
        error={error('closedDates')}
        hint="Holidays and other days the store is shut, as YYYY-MM-DD, e.g. 2026-12-25, 2027-01-01"
      >
        <input
          id="settings-closed-dates"
          placeholder="2026-12-25, 2027-01-01"
          {...errorProps('settings-closed-dates', error('closedDates'))}
          {...form.register('closedDates')}
        />
      </Field>
    </fieldset>
  );
}
