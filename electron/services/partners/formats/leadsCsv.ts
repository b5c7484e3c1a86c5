// BeBack leads file in CSV, and the Excel-safe table reading and writing both partner CSV files share.
// Papa Parse rather than csv-parse: it reads a 100 000-lead file four times as fast.
import Papa from 'papaparse';
import { type Cell, excelCsvText, neutralise } from '../../csv/excelCsv';
import type { FileProblem, Parsed, SharedLead } from './types';
import {
  type Checked,
  centsToDollars,
  checkLead,
  duplicateShareIds,
  type LeadField,
  placeProblems,
  shareIdKey,
  toIso,
} from './validate';

/** Excel-safe cells get one apostrophe before = + - @ tab CR; the reader takes exactly one off again. */
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** Neutralised as Excel needs; a cell that already looks neutralised gets one more apostrophe, so "'=x" survives the round trip. */
function protect(cell: Cell): Cell {
  if (typeof cell !== 'string') return cell;
  return NEUTRALISED.test(cell) ? `'${cell}` : neutralise(cell);
}

export function writeCsvTable(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return excelCsvText([columns.map(protect), ...rows.map((row) => row.map(protect))]);
}

export interface CsvRow {
  /** Physical line (1-based) where the row starts, as a text editor or Excel shows it. */
  line: number;
  cells: Record<string, string>;
}

type Table = { ok: true; rows: CsvRow[] } | { ok: false; problems: FileProblem[] };

/** Line numbers by character offset; offsets only grow, so one pass over the text counts them all. */
function lineCounter(text: string) {
  let pos = 0;
  let line = 1;
  return (offset: number): number => {
    // Blank lines before a row are skipped by the parser; the row starts after them.
    let end = offset;
    while (text.charCodeAt(end) === 0x0d || text.charCodeAt(end) === 0x0a) end++;
    for (; pos < end; pos++) if (text.charCodeAt(pos) === 0x0a) line++;
    return line;
  };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function quoteProblem(error: Papa.ParseError, line: number): FileProblem {
  const where = `line ${line}`;
  if (error.code === 'MissingQuotes') {
    return { where, message: 'A quoted field starts on this line and its closing quote (") is missing.' };
  }
  if (error.code === 'InvalidQuotes') {
    return {
      where,
      message:
        'A quote (") is out of place: a field with quotes in it must be quoted whole, its quotes doubled ("").',
    };
  }
  return { where, message: `The CSV cannot be read here: ${error.message}.` };
}

/** `text` has no byte-order mark: formats/index.ts strips it before any reader runs. */
function readCsvTable(text: string, columns: readonly string[]): Table {
  const lineAt = lineCounter(text);
  const found: { record: string[]; line: number }[] = [];
  let broken: FileProblem | null = null;
  let end = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: true,
    step: (result, parser) => {
      const [error] = result.errors;
      if (error) {
        // The error's index is just inside the quote that opens the bad field: the line a partner can find.
        broken = quoteProblem(error, error.index === undefined ? lineAt(end) : lineOf(text, error.index));
        parser.abort();
        return;
      }
      found.push({ record: result.data, line: lineAt(end) });
      end = result.meta.cursor;
    },
  });
  if (broken) return { ok: false, problems: [broken] };
  const [header, ...body] = found;
  if (!header) return { ok: false, problems: [{ where: 'file', message: 'The file is empty.' }] };
  const names = header.record.map((name) => name.trim().toLowerCase());
  const where = `line ${header.line}`;
  const problems: FileProblem[] = [];
  for (const column of columns) {
    if (!names.includes(column)) problems.push({ where, message: `The column "${column}" is missing.` });
  }
  names.forEach((name, i) => {
    if (!columns.includes(name)) {
      problems.push({
        where,
        message: `The column "${header.record[i]}" is not one of ${columns.join(', ')}.`,
      });
    } else if (names.indexOf(name) !== i)
      problems.push({ where, message: `The column "${name}" appears twice.` });
  });
  if (problems.length > 0) return { ok: false, problems };
  const rows: CsvRow[] = [];
  for (const { record, line } of body) {
    // Spreadsheets save trailing rows of bare commas; they are not records.
    if (record.every((cell) => cell.trim() === '')) continue;
    if (record.length !== names.length) {
      problems.push({
        where: `line ${line}`,
        message: `This row has ${record.length} fields; the header has ${names.length}.`,
      });
      continue;
    }
    const cells: Record<string, string> = {};
    names.forEach((name, i) => {
      const cell = record[i]!;
      cells[name] = NEUTRALISED.test(cell) ? cell.slice(1) : cell;
    });
    rows.push({ line, cells });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

export const LEAD_COLUMNS: Record<LeadField, string> = {
  shareId: 'share_id',
  originDistributor: 'origin_distributor',
  originRep: 'origin_rep',
  visitedAt: 'visited_at',
  firstName: 'first_name',
  lastName: 'last_name',
  phone: 'phone',
  email: 'email',
  product: 'product',
  category: 'category',
  priceQuoted: 'price_quoted',
  objection: 'objection',
  objectionText: 'objection_text',
  painPoints: 'pain_points',
  notes: 'notes',
  personalDetails: 'personal_details',
};
const FIELDS = Object.keys(LEAD_COLUMNS) as LeadField[];
const HEADER = FIELDS.map((f) => LEAD_COLUMNS[f]);

export function writeLeadsCsv(leads: readonly SharedLead[]): string {
  // In HEADER's order.
  const rows = leads.map((lead) => [
    lead.shareId,
    lead.originDistributor,
    lead.originRep,
    toIso(lead.visitedAt),
    lead.firstName,
    lead.lastName,
    lead.phone ?? '',
    lead.email ?? '',
    lead.product,
    lead.category,
    lead.priceQuotedCents == null ? '' : centsToDollars(lead.priceQuotedCents),
    lead.objection,
    lead.objectionText,
    lead.painPoints ?? '',
    lead.notes ?? '',
    lead.personalDetails ?? '',
  ]);
  return writeCsvTable(HEADER, rows);
}

/** Every row of a CSV file of records checked: the records, or each problem placed by line and column. */
export function readCsvRecords<T, F extends string>(
  content: string,
  columns: Record<F, string>,
  check: (raw: Partial<Record<F, unknown>>) => Checked<T, F>,
): { ok: true; records: T[]; rows: CsvRow[] } | { ok: false; problems: FileProblem[] } {
  const fields = Object.keys(columns) as F[];
  const table = readCsvTable(
    content,
    fields.map((f) => columns[f]),
  );
  if (!table.ok) return table;
  const names = Object.fromEntries(fields.map((f) => [f, `column ${columns[f]}`])) as Record<F, string>;
  const records: T[] = [];
  const problems: FileProblem[] = [];
  for (const { line, cells } of table.rows) {
    const raw: Partial<Record<F, unknown>> = {};
    for (const f of fields) raw[f] = cells[columns[f]];
    const checked = check(raw);
    if (checked.ok) records.push(checked.value);
    else problems.push(...placeProblems(checked.problems, `line ${line}`, names));
  }
  const ids = table.rows.map((row) => shareIdKey(row.cells.share_id));
  problems.push(...duplicateShareIds(ids, (i) => `line ${table.rows[i]!.line}`));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, records, rows: table.rows };
}

export function readLeadsCsv(content: string, defaultRegion: string): Parsed<SharedLead> {
  const read = readCsvRecords(content, LEAD_COLUMNS, (raw) =>
    checkLead(raw, { defaultRegion, money: 'dollars' }),
  );
  if (!read.ok) return read;
  return { ok: true, records: read.records, sender: read.rows[0]?.cells.origin_distributor?.trim() ?? '' };
}
