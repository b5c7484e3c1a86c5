// Choosing the reporting period: a preset (this week…year) or custom dates, in the store's time zone.
import { useState } from 'react';
import {
  customPeriod,
  describePeriod,
  PERIOD_LABELS,
  PERIOD_PRESETS,
  type Period,
  type PeriodPreset,
  presetPeriod,
} from '../../shared/domain/period';
import { Field } from './Field';
import styles from './PeriodPicker.module.css';

export interface PeriodChoice {
  preset: PeriodPreset | 'custom';
  period: Period;
}

export function initialPeriod(preset: PeriodPreset, now: number, timeZone: string): PeriodChoice {
  return { preset, period: presetPeriod(preset, now, timeZone) };
}

interface Props {
  value: PeriodChoice;
  now: number;
  timeZone: string;
  onChange: (choice: PeriodChoice) => void;
}

export function PeriodPicker({ value, now, timeZone, onChange }: Props) {
  const [fromDate, setFromDate] = useState('');
  const [toDate, setToDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const applyCustom = (from: string, to: string) => {
    setFromDate(from);
    setToDate(to);
    if (!from || !to) return;
    const period = customPeriod(from, to, timeZone);
    setProblem(period ? null : 'Choose real dates, the first not after the last.');
    if (period) onChange({ preset: 'custom', period });
  };

  return (
    <fieldset className={styles.picker}>
      <legend className="sr-only">Period</legend>
      <Field label="Period" htmlFor="period-preset">
        <select
          id="period-preset"
          value={value.preset}
          onChange={(e) => {
            const preset = e.target.value as PeriodPreset | 'custom';
            if (preset === 'custom') onChange({ preset, period: value.period });
            else onChange({ preset, period: presetPeriod(preset, now, timeZone) });
          }}
        >
          {[...PERIOD_PRESETS, 'custom' as const].map((p) => (
            <option key={p} value={p}>
              {PERIOD_LABELS[p]}
            </option>
          ))}
        </select>
      </Field>
      {value.preset === 'custom' && (
        <>
          <Field label="From" htmlFor="period-from" error={problem ?? undefined}>
            <input
              id="period-from"
              type="date"
              value={fromDate}
              onChange={(e) => applyCustom(e.target.value, toDate)}
            />
          </Field>
          <Field label="To (inclusive)" htmlFor="period-to">
            <input
              id="period-to"
              type="date"
              value={toDate}
              onChange={(e) => applyCustom(fromDate, e.target.value)}
            />
          </Field>
        </>
      )}
      <span className={styles.range}>{describePeriod(value.period, timeZone)}</span>
    </fieldset>
  );
}
