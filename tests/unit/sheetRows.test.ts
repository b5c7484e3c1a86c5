// Row parsing of a store's spreadsheet: dates in US and ISO forms in store time, and every bad row named
// by its spreadsheet line with its reason in words.
import { describe, expect, it } from 'vitest';
import type { SheetField } from '../../shared/domain/sheetColumns';
import { objectionOf, parsePrice, parseVisitDate, readRow, readSheet } from '../../shared/domain/sheetRows';

const TZ = 'America/Chicago';
const ctx = { region: 'US', timeZone: TZ, now: Date.parse('2026-11-23T10:00:00-06:00') };

describe('parseVisitDate', () => {
  it.each([
    ['11/20/2026', '2026-11-20T12:00:00-06:00'],
    ['1/5/26', '2026-01-05T12:00:00-06:00'],
    ['07-04-2026', '2026-07-04T12:00:00-05:00'],
    ['2026-11-20', '2026-11-20T12:00:00-06:00'],
    ['2026-11-20 17:45', '2026-11-20T17:45:00-06:00'],
    ['2026-11-20T09:05:00', '2026-11-20T09:05:00-06:00'],
    ['11/20/2026 5:30 PM', '2026-11-20T17:30:00-06:00'],
    ['11/20/2026 12:10 am', '2026-11-20T00:10:00-06:00'],
  ])('%s is %s', (raw, iso) => {
    expect(parseVisitDate(raw, TZ)).toBe(Date.parse(iso));
  });

  it.each(['2/30/2026', '13/01/2026', '2026-13-01', 'last Tuesday', '20.11', '11/20/2026 13:00 pm', ''])(
    '%s is not a date',
    (raw) => {
      expect(parseVisitDate(raw, TZ)).toBe(null);
    },
  );
});

describe('parsePrice and objectionOf', () => {
  it('reads amounts to cents and refuses words', () => {
    expect(parsePrice('$12,500')).toBe(1_250_000);
    expect(parsePrice('899.99')).toBe(89_999);
    expect(parsePrice('about 12k')).toBe(null);
  });
  it('reads the objection from the sheet’s words', () => {
    expect(objectionOf('Payment too high')).toBe('financing');
    expect(objectionOf('needs to ask wife')).toBe('spouse_partner');
    expect(objectionOf('too expensive')).toBe('price');
    expect(objectionOf('shopping other dealers')).toBe('comparing');
    expect(objectionOf('wants to think')).toBe('wants_to_think');
    expect(objectionOf('')).toBe('other');
  });
});

describe('readRow', () => {
  const mapping: (SheetField | null)[] = ['fullName', 'phone', 'email', 'visitDate', 'price', 'objection'];
  const row = (line: number, ...cells: string[]) => readRow({ line, cells }, mapping, ctx);

  it('reads a good row', () => {
    expect(
      row(2, 'Ann Lee', '(312) 555-0142', 'Ann@Example.com ', '11/20/2026', '$900', 'Too expensive'),
    ).toEqual({
      line: 2,
      firstName: 'Ann',
      lastName: 'Lee',
      phone: '+13125550142',
      email: 'ann@example.com',
      visitedAt: Date.parse('2026-11-20T12:00:00-06:00'),
      product: '',
      priceQuotedCents: 90_000,
      objection: 'price',
      objectionText: 'Too expensive',
      notes: '',
      salesperson: '',
    });
  });

  it('names each malformed row by line with its reason', () => {
    expect([
      row(3, '', '3125550142', '', '11/20/2026'),
      row(4, 'Bo Ray', '', '', '11/20/2026'),
      row(5, 'Bo Ray', '555-12', '', '11/20/2026'),
      row(6, 'Bo Ray', '', 'bo at example', '11/20/2026'),
      row(7, 'Bo Ray', '3125550142', '', ''),
      row(8, 'Bo Ray', '3125550142', '', '2/30/2026'),
      row(9, 'Bo Ray', '3125550142', '', '11/24/2026'),
      row(10, 'Bo Ray', '3125550142', '', '11/20/2026', 'lots'),
    ]).toEqual([
      { line: 3, reason: 'no name' },
      { line: 4, reason: 'no phone or e-mail: nobody could call them back' },
      { line: 5, reason: 'phone "555-12" is not a valid phone number' },
      { line: 6, reason: 'e-mail "bo at example" is not an e-mail address' },
      { line: 7, reason: 'no visit date' },
      { line: 8, reason: 'visit date "2/30/2026" is not a date (use 12/31/2025 or 2025-12-31)' },
      { line: 9, reason: 'visit date "11/24/2026" is in the future' },
      { line: 10, reason: 'price "lots" is not an amount' },
    ]);
  });
});

describe('readSheet', () => {
  it('numbers rows as the spreadsheet does, past a BOM, blank lines and a quoted line break', () => {
    const t = readSheet('\ufeffName,Phone\r\nAnn,1\r\n\r\n"Bo\nRay",2\r\nCy,3\r\n');
    expect(t.headers).toEqual(['Name', 'Phone']);
    expect(t.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'Ann'],
      [4, 'Bo\nRay'],
      [5, 'Cy'],
    ]);
  });
});
