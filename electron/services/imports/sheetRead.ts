// A store's spreadsheet read with a mapping: the columns (guessed where not given), the leads and the
// invalid rows, and the token naming file + mapping + employee, so a commit can prove it saw this check.
import type { SheetColumnDto } from '../../../shared/contract/dtos/imports';
import { guessMapping, SHEET_FIELD_LABELS, type SheetField } from '../../../shared/domain/sheetColumns';
import {
  type InvalidRow,
  isInvalid,
  type RowContext,
  readRow,
  readSheet,
  type SheetLead,
} from '../../../shared/domain/sheetRows';
import { ValidationError } from '../errors';
import { sha256 } from '../partners/partnerFiles';

export interface SheetRead {
  token: string;
  mapping: (SheetField | null)[];
  columns: SheetColumnDto[];
  leads: SheetLead[];
  invalid: InvalidRow[];
}

function requireUsableMapping(mapping: readonly (SheetField | null)[], headers: readonly string[]): void {
  if (mapping.length !== headers.length) {
    throw new ValidationError(
      `The mapping names ${mapping.length} columns but the file has ${headers.length}: check the file again.`,
    );
  }
  const seen = new Map<SheetField, number>();
  mapping.forEach((f, i) => {
    if (!f) return;
    const first = seen.get(f);
    if (first !== undefined) {
      throw new ValidationError(
        `Columns "${headers[first]}" and "${headers[i]}" are both ${SHEET_FIELD_LABELS[f]}: choose one.`,
        [{ path: `mapping.${i}`, message: `Already column "${headers[first]}"` }],
      );
    }
    seen.set(f, i);
  });
  const has = (f: SheetField) => seen.has(f);
  if (!has('fullName') && !has('firstName') && !has('lastName')) {
    throw new ValidationError('Choose the column that holds the customer’s name.');
  }
  if (!has('phone') && !has('email')) {
    throw new ValidationError('Choose the column that holds the phone number or the e-mail.');
  }
  if (!has('visitDate')) throw new ValidationError('Choose the column that holds the visit date.');
}

export function readSheetFile(
  text: string,
  given: readonly (SheetField | null)[] | undefined,
  employeeId: number,
  ctx: RowContext,
): SheetRead {
  const table = readSheet(text);
  if (table.headers.length === 0)
    throw new ValidationError('The file is empty: save the sheet as CSV and try again.');
  if (table.rows.length === 0) throw new ValidationError('The file has a header row but no rows under it.');
  const guessed = guessMapping(table.headers);
  const mapping = given ? [...given] : guessed;
  requireUsableMapping(mapping, table.headers);
  const leads: SheetLead[] = [];
  const invalid: InvalidRow[] = [];
  for (const row of table.rows) {
    const r = readRow(row, mapping, ctx);
    if (isInvalid(r)) invalid.push(r);
    else leads.push(r);
  }
  return {
    token: sha256(`${JSON.stringify(mapping)}\n${employeeId}\n${text}`),
    mapping,
    columns: table.headers.map((header, index) => ({
      index,
      header,
      field: mapping[index] ?? null,
      guessed: guessed[index] ?? null,
    })),
    leads,
    invalid,
  };
}
