// One imported lead that matches a prospect already here: merge into them, or keep it a new prospect.
// The partner import and the spreadsheet import both ask it, row by row.
import type { ReactNode } from 'react';

export type MergeDecision = 'merge' | 'new';

interface Props {
  /** Who the row is and whom it matches, as the legend. */
  legend: ReactNode;
  /** The radio group's name: unique on the page. */
  name: string;
  prospectName: string;
  value: MergeDecision | undefined;
  onChange: (d: MergeDecision) => void;
  className?: string;
}

export function MergeChoice({ legend, name, prospectName, value, onChange, className }: Props) {
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {(
        [
          ['merge', `Merge into ${prospectName}`],
          ['new', 'Keep as a new prospect'],
        ] as const
      ).map(([d, label]) => (
        <label key={d} className="check">
          <input type="radio" name={name} checked={value === d} onChange={() => onChange(d)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
