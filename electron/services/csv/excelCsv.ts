// CSV that opens cleanly in Excel: UTF-8 with a byte-order mark, CRLF line ends, and text cells that
// a spreadsheet would run as a formula (= + - @, tab, CR) neutralised with a leading apostrophe.
// Papa Parse rather than csv-stringify: it writes a 100 000-lead partner file in about half the time.
import Papa from 'papaparse';

export type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text only: numbers are written as numbers, so a negative amount stays a number. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Rows whose text cells are already made safe, as the file's text. */
export function excelCsvText(rows: readonly (readonly Cell[])[]): string {
  // Papa Parse quotes a cell only when it must (a comma, quote, line break or edge space in it).
  return `\ufeff${Papa.unparse(rows as Cell[][], { newline: '\r\n' })}\r\n`;
}

export function toExcelCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return excelCsvText([
    header.map(neutralise),
    ...rows.map((r) => r.map((c) => (typeof c === 'string' ? neutralise(c) : c))),
  ]);
}
