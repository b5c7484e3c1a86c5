// CSV that opens cleanly in Excel: UTF-8 with a byte-order mark, CRLF line ends, and text cells that
// a spreadsheet would run as a formula (= + - @, tab, CR) neutralised with a leading apostrophe.
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text only: numbers are written as numbers, so a negative amount stays a number. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toExcelCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const body = rows.map((r) => r.map((c) => (typeof c === 'string' ? neutralise(c) : c === null ? '' : c)));
  return stringify([header.map(neutralise), ...body], { bom: true, record_delimiter: 'windows' });
}
