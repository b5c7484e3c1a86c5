// A labelled form control with its error line; every input in BeBack has a visible label.
import type { ReactNode } from 'react';
import styles from './Field.module.css';

interface FieldProps {
  label: string;
  htmlFor: string;
  error?: string;
  hint?: string;
  children: ReactNode;
  wide?: boolean;
  /** Marks the label (the control itself carries aria-required). */
  required?: boolean;
}

/** Ties an input to its Field's error line, so a screen reader reads the problem with the field. */
export const errorProps = (id: string, error: string | undefined) =>
  error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};

export function Field({ label, htmlFor, error, hint, children, wide, required }: FieldProps) {
  return (
    <div className={`field${wide ? ' field-wide' : ''}${error ? ' field-error' : ''}`}>
      {required ? (
        // The mark stays outside the label, so the field's name is its label alone ("Phone").
        <span className={styles.labelRow}>
          <label htmlFor={htmlFor}>{label}</label>
          <span className={styles.required} aria-hidden="true" title="Required">
            *
          </span>
        </span>
      ) : (
        <label htmlFor={htmlFor}>{label}</label>
      )}
      {children}
      {error ? (
        <span className="field-message" role="alert" id={`${htmlFor}-error`}>
          {error}
        </span>
      ) : hint ? (
        <span className="field-hint">{hint}</span>
      ) : null}
    </div>
  );
}
