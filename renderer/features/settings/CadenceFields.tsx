// The follow-up cadence: how soon the first call is due, how often check-ins repeat, when a prospect goes quiet.
import { errorProps, Field } from '../../ui/Field';
import { type CadenceKey, type SectionProps, wholeRange } from './settingsDraft';

const CADENCE_LABELS: Record<CadenceKey, string> = {
  firstContactHours: 'First call within (hours)',
  firstContactMaxHours: 'Never later than (hours)',
  checkInFirstDays: 'First check-in after (days)',
  checkInRepeatDays: 'Then check in every (days)',
  maxNoContactAttempts: 'Unanswered attempts before long-term',
  longTermDays: 'Long-term check-back every (days)',
  maxLongTermNoContact: 'Long-term check-backs before lost',
  surveyMinutesAfterOpen: 'Manager survey (minutes after opening)',
  campaignDailyCap: 'Campaign calls per calendar per day',
  firstCallOverdueHours: 'First call overdue after (hours)',
};

const CADENCE_HINTS: Partial<Record<CadenceKey, string>> = {
  firstContactHours: 'Or by closing time, if that comes sooner',
  firstContactMaxHours: 'A first call due later is flagged to the manager',
  maxNoContactAttempts: 'Then the prospect moves to long-term',
  surveyMinutesAfterOpen: 'On the next business day',
  campaignDailyCap: 'The rest spread over later business days',
  firstCallOverdueHours: 'Hours after it fell due; then it shows on the manager’s audit',
};

export function CadenceFields({ form, error: errorOf, disabled }: SectionProps) {
  return (
    <fieldset className="card settings-section settings-cadence" disabled={disabled}>
      <legend>Cadence</legend>
      <p className="hint">
        New follow-ups are scheduled with these numbers; calls already on a calendar keep their time.
      </p>
      <div className="settings-grid settings-grid-cadence">
        {(Object.keys(CADENCE_LABELS) as CadenceKey[]).map((key) => {
          const { min, max } = wholeRange(key);
          const id = `settings-${key}`;
          const error = errorOf(key);
          const hint = CADENCE_HINTS[key];
          return (
            <Field
              key={key}
              label={CADENCE_LABELS[key]}
              htmlFor={id}
              error={error}
              hint={hint ? `${hint} (${min}–${max})` : `${min}–${max}`}
            >
              <input
                id={id}
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                step={1}
                {...errorProps(id, error)}
                {...form.register(key)}
              />
            </Field>
          );
        })}
      </div>
    </fieldset>
  );
}
