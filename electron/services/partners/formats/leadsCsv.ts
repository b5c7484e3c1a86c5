// BeBack leads file in CSV, and the Excel-safe table reading and writing both partner CSV files share.
import { parse } from 'csv-parse/sync';
import { toExcelCsv } from '../../csv/excelCsv';
import type { FileProblem, Parsed, SharedLead } from './types';
import {
  centsToDollars,
  checkLead,
  duplicateShareIds,
  type LeadField,
  placeProblems,
  shareIdKey,
  toIso,
} from './validate';

/** toExcelCsv adds one apostrophe before = + - @ tab CR; the reader takes exactly one off again. */
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export function writeCsvTable(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  // A cell that already looks neutralised gets one more apostrophe, so "'=x" survives the round trip.
  return toExcelCsv(
    columns,
    rows.map((row) => row.map((cell) => (NEUTRALISED.test(cell) ? `'${cell}` : cell))),
  );
}

export interface CsvRow {
  /** Physical line (1-based) where the row starts, as a text editor or Excel shows it. */
  line: number;
  cells: Record<string, string>;
}

type Table = { ok: true; rows: CsvRow[] } | { ok: false; problems: FileProblem[] };

/** Line numbers by byte offset; offsets only grow, so one pass over the file counts them all. */
function lineCounter(buf: Buffer) {
  let pos = 0;
  let line = 1;
  return (offset: number): number => {
    // Blank lines before a row are skipped by the parser; the row starts after them.
    let end = offset;
    while (buf[end] === 0x0d || buf[end] === 0x0a) end++;
    for (; pos < end; pos++) if (buf[pos] === 0x0a) line++;
    return line;
  };
}

function quoteProblem(code: string, line: number, message: string): FileProblem {
  const where = `line ${line}`;
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    return { where, message: 'A quoted field starts on this line and its closing quote (") is missing.' };
  }
  if (code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE') {
    return {
      where,
      message:
        'A quote (") is out of place: a field with quotes in it must be quoted whole, its quotes doubled ("").',
    };
  }
  return { where, message: `The CSV cannot be read here: ${message}` };
}

export function readCsvTable(content: string, columns: readonly string[]): Table {
  const buf = Buffer.from(content, 'utf8');
  const lineAt = lineCounter(buf);
  const found: { record: string[]; line: number }[] = [];
  let end = 0;
  try {
    parse(buf, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        found.push({ record, line: lineAt(end) });
        end = context.bytes;
        return null;
      },
    });
  } catch (err) {
    const code = String((err as { code?: unknown }).code ?? '');
    return { ok: false, problems: [quoteProblem(code, lineAt(end), (err as Error).message)] };
  }
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
  const rows = leads.map((lead) => {
    const cell: Record<LeadField, string> = {
      ...lead,
      visitedAt: toIso(lead.visitedAt),
      phone: lead.phone ?? '',
      email: lead.email ?? '',
      priceQuoted: lead.priceQuotedCents == null ? '' : centsToDollars(lead.priceQuotedCents),
      painPoints: lead.painPoints ?? '',
      notes: lead.notes ?? '',
      personalDetails: lead.personalDetails ?? '',
    };
    return FIELDS.map((f) => cell[f]);
  });
  return writeCsvTable(HEADER, rows);
}

export function readLeadsCsv(content: string, defaultRegion: string): Parsed<SharedLead> {
  const table = readCsvTable(content, HEADER);
  if (!table.ok) return table;
  const records: SharedLead[] = [];
  const problems: FileProblem[] = [];
  for (const { line, cells } of table.rows) {
    const raw = Object.fromEntries(FIELDS.map((f) => [f, cells[LEAD_COLUMNS[f]]]));
    const checked = checkLead(raw, { defaultRegion, money: 'dollars' });
    if (checked.ok) records.push(checked.value);
    else {
      const columns = Object.fromEntries(FIELDS.map((f) => [f, `column ${LEAD_COLUMNS[f]}`]));
      problems.push(...placeProblems(checked.problems, `line ${line}`, columns as Record<LeadField, string>));
    }
  }
  const ids = table.rows.map((row) => shareIdKey(row.cells.share_id));
  problems.push(...duplicateShareIds(ids, (i) => `line ${table.rows[i]!.line}`));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, records, sender: table.rows[0]?.cells.origin_distributor?.trim() ?? '' };
}
