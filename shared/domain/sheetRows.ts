// Reading a store's old spreadsheet (as CSV text) with a column mapping: each row either a lead ready to
// import or a line number and the reason in words it cannot be. Pure: the service and the tests call it.
import Papa from 'papaparse';
import { z } from 'zod';
import { normalizeEmail } from './email';
import { normalizePhone } from './phone';
import type { SheetField } from './sheetColumns';
import { splitFullName } from './sheetColumns';
import { localDateKey } from './storeClock';
import type { Objection } from './vocab';
import { wallToInstant } from './zoneOffset';

export interface SheetLead {
  /** The spreadsheet's row number (the header is line 1), as the user sees it in Excel. */
  line: number;
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
  visitedAt: number;
  product: string;
  priceQuotedCents: number | null;
  objection: Objection;
  objectionText: string;
  notes: string;
  salesperson: string;
}

export interface InvalidRow {
  line: number;
  reason: string;
}

export interface SheetTable {
  headers: string[];
  /** Data rows, cells as text; blank rows already left out, each with its line. */
  rows: { line: number; cells: string[] }[];
}

/** The CSV's header row and data rows; a byte-order mark and blank lines are ignored. */
export function readSheet(text: string): SheetTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: false });
  const all = parsed.data;
  const headerAt = all.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerAt < 0) return { headers: [], rows: [] };
  const headers = all[headerAt]!.map((h) => h.trim());
  const rows: SheetTable['rows'] = [];
  for (let i = headerAt + 1; i < all.length; i++) {
    const cells = all[i]!;
    if (cells.every((c) => c.trim() === '')) continue;
    rows.push({ line: i + 1, cells });
  }
  return { headers, rows };
}

const email = z.email();

const OBJECTION_WORDS: readonly [RegExp, Objection][] = [
  [/financ|payment|credit|monthly|loan|down ?pay|apr|rate/i, 'financing'],
  [/spouse|wife|husband|partner|boyfriend|girlfriend|family/i, 'spouse_partner'],
  [/price|expensive|cost|cheaper|budget|too much|\$/i, 'price'],
  [/think|sleep on|decide|not sure|unsure/i, 'wants_to_think'],
  [/compar|shop|other dealer|elsewhere|competitor|looking around/i, 'comparing'],
  [/timing|not now|later|next (month|year|week)|not ready|wait/i, 'timing'],
  [/fit|size|colou?r|feature|option|stock|model|trim|didn.?t like/i, 'product_fit'],
];

/** What a spreadsheet's free text most likely means; 'other' when none of the words fit. */
export function objectionOf(text: string): Objection {
  for (const [re, o] of OBJECTION_WORDS) if (re.test(text)) return o;
  return 'other';
}

const US_DATE =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]m)?)?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/;
/** A date alone is put at midday in store time: inside any store's day, whatever its hours. */
const MIDDAY = 12;

/** A visit date in US (M/D/YYYY, M/D/YY) or ISO (YYYY-MM-DD) form, with an optional time, in store time. */
export function parseVisitDate(raw: string, timeZone: string): number | null {
  const t = raw.trim();
  let y: number;
  let m: number;
  let d: number;
  let hh = MIDDAY;
  let mm = 0;
  const iso = ISO_DATE.exec(t);
  const us = iso ? null : US_DATE.exec(t);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (iso[4] !== undefined) [hh, mm] = [Number(iso[4]), Number(iso[5])];
  } else if (us) {
    [m, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
    // Two-digit years are this century: an old spreadsheet of walkouts holds no visits from the 1900s.
    if (us[3]!.length === 2) y += 2000;
    if (us[4] !== undefined) {
      [hh, mm] = [Number(us[4]), Number(us[5])];
      const ampm = us[6]?.toLowerCase();
      if (ampm && (hh < 1 || hh > 12)) return null;
      if (ampm === 'pm' && hh < 12) hh += 12;
      if (ampm === 'am' && hh === 12) hh = 0;
    }
  } else {
    return null;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mm > 59) return null;
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // 2/30 would roll over to March: an impossible date is refused, not moved.
  if (new Date(wall).getUTCDate() !== d) return null;
  return wallToInstant(wall, timeZone);
}

/** "$12,500", "12500.00", "12 500" → cents; null when the text is not an amount. */
export function parsePrice(raw: string): number | null {
  const t = raw.trim().replace(/^\$/, '').replace(/[,\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}

export interface RowContext {
  region: string;
  timeZone: string;
  now: number;
}

type Mapping = readonly (SheetField | null)[];

/** One row with the mapping: a lead, or the reason (in words) it cannot be imported. */
export function readRow(
  row: { line: number; cells: string[] },
  mapping: Mapping,
  ctx: RowContext,
): SheetLead | InvalidRow {
  const cell = (f: SheetField): string => {
    const i = mapping.indexOf(f);
    return i < 0 ? '' : (row.cells[i] ?? '').trim();
  };
  const bad = (reason: string): InvalidRow => ({ line: row.line, reason });
  const split = splitFullName(cell('fullName'));
  const firstName = cell('firstName') || split.firstName;
  const lastName = cell('lastName') || split.lastName;
  if (!firstName && !lastName) return bad('no name');
  const rawPhone = cell('phone');
  const rawEmail = cell('email');
  if (!rawPhone && !rawEmail) return bad('no phone or e-mail: nobody could call them back');
  let phone: string | null = null;
  if (rawPhone) {
    const p = normalizePhone(rawPhone, ctx.region);
    if (!p.ok) return bad(`phone ${p.message}`);
    phone = p.e164;
  }
  const mail = rawEmail ? normalizeEmail(rawEmail) : null;
  if (mail && !email.safeParse(mail).success) return bad(`e-mail "${rawEmail}" is not an e-mail address`);
  const rawDate = cell('visitDate');
  if (!rawDate) return bad('no visit date');
  const visitedAt = parseVisitDate(rawDate, ctx.timeZone);
  if (visitedAt === null) return bad(`visit date "${rawDate}" is not a date (use 12/31/2025 or 2025-12-31)`);
  if (localDateKey(visitedAt, ctx.timeZone) > localDateKey(ctx.now, ctx.timeZone)) {
    return bad(`visit date "${rawDate}" is in the future`);
  }
  const rawPrice = cell('price');
  const priceQuotedCents = rawPrice ? parsePrice(rawPrice) : null;
  if (rawPrice && priceQuotedCents === null) return bad(`price "${rawPrice}" is not an amount`);
  const why = cell('objection');
  return {
    line: row.line,
    firstName,
    lastName,
    phone,
    email: mail,
    visitedAt,
    product: cell('product'),
    priceQuotedCents,
    objection: objectionOf(why),
    objectionText: why,
    notes: cell('notes'),
    salesperson: cell('salesperson'),
  };
}

export function isInvalid(r: SheetLead | InvalidRow): r is InvalidRow {
  return 'reason' in r;
}
