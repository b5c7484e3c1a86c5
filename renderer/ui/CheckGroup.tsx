// A set of tick boxes choosing some of a list (statuses, shared fields, objections): the ticked values,
// in the order they were ticked.
import type { ReactNode } from 'react';

interface Props<T extends string> {
  legend: string;
  className: string;
  options: readonly (readonly [value: T, label: string])[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  /** After the boxes: a message about the choice. */
  children?: ReactNode;
}

export function CheckGroup<T extends string>({
  legend,
  className,
  options,
  value,
  onChange,
  children,
}: Props<T>) {
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v} className="check">
          <input
            type="checkbox"
            checked={value.includes(v)}
            onChange={(e) => onChange(e.target.checked ? [...value, v] : value.filter((x) => x !== v))}
          />
          {label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
