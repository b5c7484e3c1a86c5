// Store hours: one row per weekday (open or closed, opening and closing time) and the closed dates.
import { Field } from '../../ui/Field';
import type { DayDraft, SectionProps } from './settingsDraft';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function StoreHoursFields({ draft, onChange, issue, disabled }: SectionProps) {
  const setDay = (index: number, change: Partial<DayDraft>) =>
    onChange({ storeHours: draft.storeHours.map((d, i) => (i === index ? { ...d, ...change } : d)) });
  return (
    <fieldset className="card settings-section settings-hours" disabled={disabled}>
      <legend>Store hours</legend>
      <p className="hint">Follow-ups and manager surveys fall due only while the store is open.</p>
      {issue('storeHours', true) && (
        <span className="field-message" role="alert">
          {issue('storeHours', true)}
        </span>
      )}
      <div className="hours-rows">
        {draft.storeHours.map((day, i) => {
          const id = `hours-${i}`;
          const problem = issue(`storeHours.${i}`);
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
                  checked={day.isOpen}
                  aria-labelledby={`${id}-day ${id}-open-label`}
                  onChange={(e) => setDay(i, { isOpen: e.target.checked })}
                />
                Open
              </label>
              <label className="hours-time" id={`${id}-from-label`} htmlFor={`${id}-from`}>
                Opens
              </label>
              <input
                id={`${id}-from`}
                type="time"
                value={day.open}
                disabled={!day.isOpen}
                aria-labelledby={`${id}-day ${id}-from-label`}
                aria-invalid={problem ? true : undefined}
                onChange={(e) => setDay(i, { open: e.target.value })}
              />
              <label className="hours-time" id={`${id}-to-label`} htmlFor={`${id}-to`}>
                Closes
              </label>
              <input
                id={`${id}-to`}
                type="time"
                value={day.close}
                disabled={!day.isOpen}
                aria-labelledby={`${id}-day ${id}-to-label`}
                aria-invalid={problem ? true : undefined}
                onChange={(e) => setDay(i, { close: e.target.value })}
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
        error={issue('closedDates')}
        hint="Holidays and other days the store is shut, as YYYY-MM-DD, e.g. 2026-12-25, 2027-01-01"
      >
        <input
          id="settings-closed-dates"
          value={draft.closedDates}
          placeholder="2026-12-25, 2027-01-01"
          onChange={(e) => onChange({ closedDates: e.target.value })}
        />
      </Field>
    </fieldset>
  );
}
