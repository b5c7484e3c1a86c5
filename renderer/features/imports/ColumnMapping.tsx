// The file's columns, each with the field it goes to: BeBack's guess preselected, changed with a select.
import type { SheetColumnDto } from '../../../shared/contract/dto';
import { SHEET_FIELD_LABELS, SHEET_FIELDS, type SheetField } from '../../../shared/domain/sheetColumns';
import styles from './ImportScreen.module.css';

interface Props {
  columns: SheetColumnDto[];
  disabled: boolean;
  onChange: (mapping: (SheetField | null)[]) => void;
}

export function ColumnMapping({ columns, disabled, onChange }: Props) {
  const change = (index: number, value: string) =>
    onChange(columns.map((c) => (c.index === index ? ((value || null) as SheetField | null) : c.field)));
  return (
    <table className={styles.mapping} aria-label="Columns">
      <thead>
        <tr>
          <th scope="col">Column in the file</th>
          <th scope="col">Goes to</th>
          <th scope="col">
            <span className="sr-only">Guessed</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {columns.map((c) => (
          <tr key={c.index}>
            <th scope="row">{c.header || `Column ${c.index + 1}`}</th>
            <td>
              <select
                aria-label={`Field for column ${c.header || c.index + 1}`}
                value={c.field ?? ''}
                disabled={disabled}
                onChange={(e) => change(c.index, e.target.value)}
              >
                <option value="">Not imported</option>
                {SHEET_FIELDS.map((f) => (
                  <option key={f} value={f}>
                    {SHEET_FIELD_LABELS[f]}
                  </option>
                ))}
              </select>
            </td>
            <td className="muted">
              {c.guessed && c.guessed === c.field ? 'guessed' : c.field ? 'your choice' : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
