// Partner exchange files: every format round-trips, and every malformed file is refused with a clear problem.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  detectLeadFormat,
  readLeads,
  readOutcomes,
  writeLeads,
  writeOutcomes,
} from '../../electron/services/partners/formats';
import type { OutcomeRecord, Parsed, SharedLead } from '../../electron/services/partners/formats/types';

const SENDER = { distributor: 'Acme RV' };
const AT = Date.UTC(2025, 3, 1, 12);
const US = { defaultRegion: 'US' };
const id = (n: number) => `0b8e4a4c-4f5e-4c1a-9a39-${String(n).padStart(12, '0')}`;

const tricky: SharedLead = {
  shareId: id(1),
  originDistributor: 'Acme RV',
  originRep: 'Sam "the man" Ortiz, Jr.',
  visitedAt: Date.UTC(2025, 2, 14, 15, 30, 5, 123),
  firstName: '=Zoë 😀',
  lastName: '+O\'Neil, "JJ"',
  phone: '+13125550147',
  email: 'zoe@example.com',
  product: 'Jayco Eagle 😀, 28ft',
  category: '-Travel trailers',
  objection: 'price',
  objectionText: 'Too much\r\nsecond line — with a dash',
  priceQuotedCents: 4190050,
  painPoints: 'Needs bunks\nNotes: not a label\n\nafter a blank line',
  notes: "'=already neutralised",
  personalDetails: '@dog named Rex',
};
const plain: SharedLead = {
  shareId: id(2),
  originDistributor: 'Acme RV',
  originRep: '',
  visitedAt: Date.UTC(2024, 11, 31, 23, 59, 59),
  firstName: '',
  lastName: 'Lee',
  phone: null,
  email: 'lee@example.com',
  product: 'Roadtrek',
  category: '',
  objection: 'other',
  objectionText: '',
};
const phoneOnly: SharedLead = {
  ...plain,
  shareId: id(3),
  phone: '+442079460958',
  email: null,
  firstName: 'Al',
};
const LEADS = [tricky, plain, phoneOnly];

const OUTCOMES: OutcomeRecord[] = [
  { shareId: id(1), outcome: 'sold', saleDate: '2025-04-02', saleAmountCents: 4150000 },
  { shareId: id(2), outcome: 'not_interested', saleDate: null, saleAmountCents: null },
  { shareId: id(3), outcome: 'unreachable', saleDate: null, saleAmountCents: null },
  { shareId: id(4), outcome: 'still_working', saleDate: null, saleAmountCents: null },
];

function problems<T>(parsed: Parsed<T>) {
  if (parsed.ok) throw new Error('expected the file to be refused');
  return parsed.problems;
}
const text = <T>(parsed: Parsed<T>) => problems(parsed).map((p) => `${p.where}: ${p.message}`);

describe('lead files round-trip', () => {
  it.each(['json', 'csv', 'adf'] as const)('%s: write then read gives the same leads', (format) => {
    const file = writeLeads(format, LEADS, SENDER, AT);
    expect(readLeads(format, file, US)).toEqual({ ok: true, records: LEADS, sender: 'Acme RV' });
  });

  it('writes CSV with a BOM, CRLF and neutralised formula cells', () => {
    const file = writeLeads('csv', [tricky], SENDER, AT);
    expect(file.startsWith('\ufeffshare_id,origin_distributor,origin_rep,visited_at,')).toBe(true);
    expect(file).toContain('\r\n');
    expect(file).toContain("'=Zoë");
    expect(file).toContain("'+13125550147");
    expect(file).toContain("''=already");
    expect(file).toContain(',41900.50,');
  });

  it('writes ADF with the declarations, the BeBack id and the visit year', () => {
    const file = writeLeads('adf', [tricky], SENDER, AT);
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<?adf version="1.0"?>\n<adf>')).toBe(
      true,
    );
    expect(file).toContain(`<id sequence="1" source="BeBack">${id(1)}</id>`);
    expect(file).toContain('<year>2025</year>');
    expect(file).toContain('<comments>objection: price — Too much');
    const bell = writeLeads('adf', [{ ...plain, notes: 'ring\u0007 the bell' }], SENDER, AT);
    expect(readLeads('adf', bell, US)).toMatchObject({ ok: true, records: [{ notes: 'ring the bell' }] });
  });

  it('drops empty optional fields, which read back as absent', () => {
    const file = writeLeads('json', [{ ...plain, notes: '', priceQuotedCents: null }], SENDER, AT);
    expect(readLeads('json', file, US)).toEqual({ ok: true, records: [plain], sender: 'Acme RV' });
  });
});

describe('outcome files round-trip', () => {
  it.each([
    ['json', 'Acme RV'],
    ['csv', ''],
  ] as const)('%s: write then read gives the same outcomes (sender %j)', (format, sender) => {
    const file = writeOutcomes(format, OUTCOMES, SENDER, AT);
    expect(readOutcomes(format, file)).toEqual({ ok: true, records: OUTCOMES, sender });
  });

  it('reads hand-typed CSV outcomes: spaced words, dollar signs, thousands separators', () => {
    const csv = `share_id,outcome,sale_date,sale_amount\n${id(1).toUpperCase()},Sold,2025-04-02,"$41,500"\n${id(2)},Not interested,,\n`;
    expect(readOutcomes('csv', csv)).toEqual({ ok: true, records: OUTCOMES.slice(0, 2), sender: '' });
  });

  it('refuses sold without date or amount, impossible dates, and sale data on other outcomes', () => {
    const csv = [
      'share_id,outcome,sale_date,sale_amount',
      `${id(1)},sold,,`,
      `${id(2)},sold,2025-02-30,-5`,
      `${id(3)},unreachable,2025-04-02,100`,
      `${id(4)},won,,`,
    ].join('\r\n');
    const found = text(readOutcomes('csv', csv));
    expect(found).toEqual([
      'line 2, column sale_date: A sold outcome needs its sale date.',
      'line 2, column sale_amount: A sold outcome needs its sale amount.',
      'line 3, column sale_date: The sale date "2025-02-30" is not a real date written YYYY-MM-DD.',
      'line 3, column sale_amount: The sale amount "-5" is not an amount in dollars like 41900.00.',
      'line 4, column sale_date: Only a sold outcome has a sale date, not unreachable.',
      'line 4, column sale_amount: Only a sold outcome has a sale amount, not unreachable.',
      'line 5, column outcome: The outcome "won" is not one of sold, not_interested, unreachable, still_working.',
    ]);
  });

  it('refuses duplicate share ids in an outcomes file', () => {
    const file = writeOutcomes('json', [OUTCOMES[1]!, OUTCOMES[1]!], SENDER, AT);
    expect(text(readOutcomes('json', file))).toEqual([
      `record 2: The share id ${id(2)} is used twice in this file (record 1 and record 2).`,
    ]);
  });
});

describe('malformed JSON files', () => {
  const json = writeLeads('json', LEADS, SENDER, AT);

  it('truncated', () => {
    const cut = json.slice(0, 300);
    expect(problems(readLeads('json', cut, US))).toEqual([
      { where: 'file', message: 'The file is not complete JSON (it ends at character 300).' },
    ]);
  });

  it('broken in the middle names the line and column', () => {
    const broken = json.replace('"version": 1,', '"version": 1');
    expect(text(readLeads('json', broken, US))[0]).toMatch(
      /^line 4: The file is not valid JSON at character \d+ \(line 4/,
    );
  });

  it('wrong version, wrong format name, an outcomes file, no format at all', () => {
    const v2 = json.replace('"version": 1', '"version": 2');
    expect(text(readLeads('json', v2, US))).toEqual([
      'version: This is a BeBack leads file version 2; this BeBack reads version 1.',
    ]);
    const other = json.replace('"beback-leads"', '"acme-leads"');
    expect(text(readLeads('json', other, US))).toEqual([
      'format: This is not a BeBack leads file: "format" is "acme-leads".',
    ]);
    const outcomes = writeOutcomes('json', OUTCOMES, SENDER, AT);
    expect(text(readLeads('json', outcomes, US))).toEqual([
      'format: This is a BeBack outcomes file, not a leads file.',
    ]);
    expect(text(readLeads('json', '[1, 2]', US))[0]).toContain('not a BeBack leads file');
  });

  it('names the record, the field and the problem; a bad phone on record 3 is record 3', () => {
    const file = JSON.parse(json);
    file.leads[2].prospect.phone = '555-01';
    file.leads[0].objection.code = 'haggling';
    file.leads[1].visitedAt = '2025-02-30T10:00:00Z';
    expect(text(readLeads('json', JSON.stringify(file), US))).toEqual([
      'record 1, objection.code: The objection "haggling" is not one of price, financing, spouse_partner, wants_to_think, comparing, timing, product_fit, other.',
      'record 2, visitedAt: The visit date "2025-02-30T10:00:00Z" is not a date and time like 2025-03-14T15:30:00Z.',
      'record 3, prospect.phone: "555-01" is not a valid phone number.',
    ]);
  });

  it('stops listing after 50 problems and counts the rest', () => {
    const file = JSON.parse(json);
    file.leads = Array.from({ length: 60 }, (_, i) => ({
      ...file.leads[1],
      shareId: id(100 + i),
      interest: {},
    }));
    const found = problems(readLeads('json', JSON.stringify(file), US));
    expect(found).toHaveLength(51);
    expect(found[50]).toEqual({ where: 'file', message: '…and 10 more problems.' });
  });
});

describe('malformed CSV files', () => {
  const header =
    'share_id,origin_distributor,origin_rep,visited_at,first_name,last_name,phone,email,product,category,price_quoted,objection,objection_text,pain_points,notes,personal_details';
  const row = (n: number, phone = '(312) 555-0147', notes = '') =>
    `${id(n)},Acme RV,Sam,2025-03-14T15:30:00Z,Ann,Ng,${phone},,Eagle,Trailers,41900.00,price,,,${notes},`;

  it('reads LF or CRLF, with or without a BOM, and quoted fields with newlines, commas and quotes', () => {
    const body = [header, row(1, '3125550147', '"Line one,\nline ""two"""'), row(2)];
    const lf = readLeads('csv', body.join('\n'), US);
    const crlf = readLeads('csv', `\ufeff${body.join('\r\n')}\r\n`, US);
    expect(lf.ok && lf.records[0]!.notes).toBe('Line one,\nline "two"');
    expect(lf.ok && lf.records[1]!.phone).toBe('+13125550147');
    expect(crlf.ok && crlf.records.map((r) => r.shareId)).toEqual([id(1), id(2)]);
  });

  it('names the physical line: a bad phone on record 3 is line 4, later after an embedded newline', () => {
    expect(text(readLeads('csv', [header, row(1), row(2), row(3, '555')].join('\r\n'), US))).toEqual([
      'line 4, column phone: "555" is not a valid phone number.',
    ]);
    const multiLine = [header, row(1, undefined, '"two\r\nlines"'), row(2), row(3, '555')].join('\r\n');
    expect(text(readLeads('csv', multiLine, US))).toEqual([
      'line 5, column phone: "555" is not a valid phone number.',
    ]);
  });

  it('unbalanced quotes name the line', () => {
    const unclosed = [header, row(1), row(2, undefined, '"never closed'), row(3)].join('\r\n');
    expect(text(readLeads('csv', unclosed, US))).toEqual([
      'line 3: A quoted field starts on this line and its closing quote (") is missing.',
    ]);
    const trailing = [header, row(1), row(2, undefined, '"quoted" then more')].join('\n');
    expect(text(readLeads('csv', trailing, US))[0]).toMatch(/^line 3: A quote \("\) is out of place/);
  });

  it('a quote inside an unquoted field is kept as written, as Excel reads it', () => {
    const inside = [header, row(1), row(2, undefined, 'a "quote" inside')].join('\n');
    const parsed = readLeads('csv', inside, US);
    expect(parsed.ok && parsed.records[1]!.notes).toBe('a "quote" inside');
  });

  it('a header missing a column, or with an unknown one, names it', () => {
    expect(text(readLeads('csv', `${header.replace(',notes', '')}\n`, US))).toEqual([
      'line 1: The column "notes" is missing.',
    ]);
    expect(text(readLeads('csv', `${header},fax\n`, US))[0]).toMatch(
      /^line 1: The column "fax" is not one of share_id/,
    );
  });

  it('a row with the wrong number of fields, and duplicate share ids', () => {
    expect(text(readLeads('csv', `${header}\n${row(1)},extra`, US))).toEqual([
      'line 2: This row has 17 fields; the header has 16.',
    ]);
    expect(text(readLeads('csv', [header, row(1), row(2), row(1)].join('\n'), US))).toEqual([
      `line 4: The share id ${id(1)} is used twice in this file (line 2 and line 4).`,
    ]);
  });
});

describe('malformed ADF files', () => {
  const adf = writeLeads('adf', [tricky, plain], SENDER, AT);

  it.each([
    ['requestdate', /<requestdate>[^<]*<\/requestdate>/, 'prospect 1, requestdate'],
    ['vehicle', /<vehicle[\s\S]*?<\/vehicle>/, 'prospect 1, vehicle'],
    ['contact', /<contact>\s*<name part="first">[\s\S]*?<\/contact>/, 'prospect 1, customer/contact'],
    ['vendorname', /<vendorname>[^<]*<\/vendorname>/, 'prospect 1, vendor/vendorname'],
  ])('missing %s names the prospect and the element', (_name, pattern, where) => {
    const found = problems(readLeads('adf', adf.replace(pattern, ''), US));
    expect(found).toHaveLength(1);
    expect(found[0]!.where).toBe(where);
  });

  it('broken XML names the line', () => {
    expect(text(readLeads('adf', '<?xml version="1.0"?>\n<adf><prospect></adf>', US))[0]).toMatch(
      /^line 2: The file is not well-formed XML/,
    );
    expect(text(readLeads('adf', '<leads/>', US))).toEqual([
      'file: This is not an ADF file: it has no <adf> element.',
    ]);
  });

  it("reads another system's ADF: a UUID id, a full name, free-text comments, unknown objection", () => {
    const foreign = `\ufeff<?xml version="1.0"?><adf><prospect><id source="DealerCRM">${id(9).toUpperCase()}</id>
      <requestdate>2025-03-14T10:00:00-05:00</requestdate><vehicle><year>2024</year><make>Ford</make>
      <model>F-150</model><comments>Wants a lower payment</comments></vehicle><customer><contact>
      <name part="full">Mary Ann Smith</name><phone type="fax">3125550199</phone><phone>3125550147</phone></contact>
      <comments>Call after 5 &amp; ask for Mary&#233;</comments></customer><vendor><vendorname>Big Ford</vendorname>
      </vendor></prospect></adf>`;
    expect(readLeads('adf', foreign, US)).toEqual({
      ok: true,
      sender: 'Big Ford',
      records: [
        {
          shareId: id(9),
          originDistributor: 'Big Ford',
          originRep: '',
          visitedAt: Date.UTC(2025, 2, 14, 15),
          firstName: 'Mary Ann',
          lastName: 'Smith',
          phone: '+13125550147',
          email: null,
          product: 'F-150',
          category: 'Ford',
          objection: 'other',
          objectionText: 'Wants a lower payment',
          notes: 'Call after 5 & ask for Maryé',
        },
      ],
    });
    const notUuid = foreign.replace(id(9).toUpperCase(), 'LEAD-42');
    expect(text(readLeads('adf', notUuid, US))).toEqual([
      'prospect 1, id: The share id "LEAD-42" is not a UUID.',
    ]);
  });

  it('duplicate share ids name both prospects', () => {
    const twice = writeLeads('adf', [plain, plain], SENDER, AT);
    expect(text(readLeads('adf', twice, US))).toEqual([
      `prospect 2: The share id ${id(2)} is used twice in this file (prospect 1 and prospect 2).`,
    ]);
  });
});

describe('limits and detection', () => {
  it('refuses a 50 MB file at once, in every format', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const refused = {
      ok: false,
      problems: [{ where: 'file', message: 'The file is 50 MB; the limit is 40 MB.' }],
    };
    for (const format of ['json', 'csv', 'adf'] as const)
      expect(readLeads(format, huge, US)).toEqual(refused);
    expect(readOutcomes('csv', huge)).toEqual(refused);
  });

  it.each([
    ['leads.JSON', 'anything', 'json'],
    ['leads.csv', '{', 'csv'],
    ['leads.xml', '', 'adf'],
    ['leads.adf', '', 'adf'],
    ['leads.txt', '\ufeff  {"format":"beback-leads"}', 'json'],
    ['leads.txt', '<?xml version="1.0"?>\n<adf>', 'adf'],
    ['download', '\ufeffshare_id,origin_distributor', 'csv'],
    ['leads.txt', 'hello', null],
    ['leads.txt', '<html></html>', null],
  ])('detectLeadFormat(%j, %j) → %s', (name, content, expected) => {
    expect(detectLeadFormat(name, content)).toBe(expected);
  });
});

describe('the JSON Schemas in docs/schemas accept what BeBack writes', () => {
  const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
  const schema = (name: string) => JSON.parse(readFileSync(`docs/schemas/${name}.schema.json`, 'utf8'));

  it('leads', () => {
    const validate = ajv.compile(schema('beback-leads-v1'));
    expect(validate(JSON.parse(writeLeads('json', LEADS, SENDER, AT))), ajv.errorsText(validate.errors)).toBe(
      true,
    );
    const bad = JSON.parse(writeLeads('json', [{ ...plain, email: null }], SENDER, AT));
    expect(validate(bad)).toBe(false);
    expect(validate({ ...bad, version: 2 })).toBe(false);
  });

  it('outcomes', () => {
    const validate = ajv.compile(schema('beback-outcomes-v1'));
    expect(
      validate(JSON.parse(writeOutcomes('json', OUTCOMES, SENDER, AT))),
      ajv.errorsText(validate.errors),
    ).toBe(true);
    const sold = { shareId: id(1), outcome: 'sold' };
    const notSold = { shareId: id(1), outcome: 'unreachable', saleAmountCents: 5 };
    expect(
      validate({
        format: 'beback-outcomes',
        version: 1,
        exportedAt: '2025-04-01T00:00:00Z',
        sender: SENDER,
        outcomes: [sold],
      }),
    ).toBe(false);
    expect(
      validate({
        format: 'beback-outcomes',
        version: 1,
        exportedAt: '2025-04-01T00:00:00Z',
        sender: SENDER,
        outcomes: [notSold],
      }),
    ).toBe(false);
  });
});
