// Chart numbers as a CSV file Excel opens cleanly: a UTF-8 BOM, CRLF rows, quoted cells, and text that
// could run as a formula defused with a leading apostrophe.

import type { Period } from '../../../shared/domain/period';
import { localDateKey } from '../../../shared/domain/storeClock';

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell. Numbers are written as they are; text starting with = + - @ gets an apostrophe first. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** beback-<chart>-<first day>-<last day>.<ext>, the days in the store's time zone (last day inclusive). */
export function exportFileName(chart: string, period: Period, timeZone: string, ext: 'csv' | 'png'): string {
  const day = (t: number) => localDateKey(t, timeZone);
  return `beback-${chart}-${day(period.from)}-${day(period.to - 1)}.${ext}`;
}
