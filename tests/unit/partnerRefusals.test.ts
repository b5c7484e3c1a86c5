// Partner files refused cleanly: ADF declarations and undefined entities, empty files, control characters
// in a field, and files saved as UTF-16 or with two byte-order marks, in every format where they apply.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { readLeads, readOutcomes, writeLeads, writeOutcomes } from '../../electron/services/partners/formats';
import type { OutcomeRecord, Parsed, SharedLead } from '../../electron/services/partners/formats/types';

const US = { defaultRegion: 'US' };
const SENDER = { distributor: 'Acme RV' };
const AT = Date.UTC(2025, 3, 1, 12);
const LEAD: SharedLead = {
  shareId: '0b8e4a4c-4f5e-4c1a-9a39-000000000001',
  originDistributor: 'Acme RV',
  originRep: 'Dana Ruiz',
  visitedAt: Date.UTC(2025, 2, 14, 15, 30),
  firstName: 'Jane',
  lastName: 'Porter',
  phone: '+13125550147',
  email: 'jane@example.com',
  product: 'Roadtrek',
  category: 'Class B',
  objection: 'price',
  objectionText: 'Over budget',
  notes: 'Camps every summer',
};
const OUTCOME: OutcomeRecord = {
  shareId: LEAD.shareId,
  outcome: 'still_working',
  saleDate: null,
  saleAmountCents: null,
};
const LEAD_FORMATS = ['json', 'csv', 'adf'] as const;
const OUTCOME_FORMATS = ['json', 'csv'] as const;

const leadsFile = (format: (typeof LEAD_FORMATS)[number]) => writeLeads(format, [LEAD], SENDER, AT);
const outcomesFile = (format: (typeof OUTCOME_FORMATS)[number]) =>
  writeOutcomes(format, [OUTCOME], SENDER, AT);

function text<T>(parsed: Parsed<T>): string[] {
  if (parsed.ok) throw new Error('expected the file to be refused');
  return parsed.problems.map((p) => `${p.where}: ${p.message}`);
}

/** The text the renderer hands over: the file's bytes read as UTF-8, as File.text() does. */
const asUtf8 = (bytes: Buffer) => bytes.toString('utf8');
const utf16le = (s: string, bom: boolean) =>
  asUtf8(Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(s, 'utf16le')]));
const utf16be = (s: string, bom: boolean) =>
  asUtf8(Buffer.concat([Buffer.from(bom ? [0xfe, 0xff] : []), Buffer.from(s, 'utf16le').swap16()]));

describe('an ADF file with a DOCTYPE or entities', () => {
  const billionLaughs = leadsFile('adf')
    .replace(
      '<adf>',
      '<!DOCTYPE adf [\n <!ENTITY lol "lol">\n <!ENTITY lol9 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<adf>',
    )
    .replace('>Jane<', '>&lol9;<');

  it('is refused for its DOCTYPE, naming the line', () => {
    expect(text(readLeads('adf', billionLaughs, US))).toEqual([
      'line 3: This file has a DOCTYPE or entity declarations; BeBack does not read them in ADF files. Remove the <!DOCTYPE …> and try again.',
    ]);
  });

  it('is refused for an entity XML does not define, never read as a name', () => {
    const undefinedEntity = leadsFile('adf').replace('>Jane<', '>&lol9;<');
    expect(text(readLeads('adf', undefinedEntity, US))).toEqual([
      `line ${undefinedEntity.split('\n').findIndex((l) => l.includes('&lol9;')) + 1}: The entity &lol9; is not defined in XML; write the character itself or a numeric reference like &#233;.`,
    ]);
  });

  it("still reads XML's own entities and numeric references", () => {
    const file = leadsFile('adf').replace('>Jane<', '>J&amp;&lt;&#233;&#xE9;&quot;<');
    expect(readLeads('adf', file, US)).toMatchObject({ ok: true, records: [{ firstName: 'J&<éé"' }] });
    // Decoded once: the parser expands nothing, so an escaped reference stays a reference.
    const once = leadsFile('adf').replace('>Jane<', '>J&amp;lt;&amp;#233;<');
    expect(readLeads('adf', once, US)).toMatchObject({ ok: true, records: [{ firstName: 'J&lt;&#233;' }] });
  });
});

describe('a file with no records', () => {
  const emptyLeads = {
    json: writeLeads('json', [], SENDER, AT),
    csv: writeLeads('csv', [], SENDER, AT),
    adf: writeLeads('adf', [], SENDER, AT),
  };
  it.each(LEAD_FORMATS)('%s: empty, blank, BOM only or header only has no leads', (format) => {
    for (const content of ['', '\uFEFF', ' \r\n\n', emptyLeads[format], '<adf></adf>']) {
      if (content === '<adf></adf>' && format !== 'adf') continue;
      expect(text(readLeads(format, content, US))).toEqual(['file: There are no leads in this file.']);
    }
  });

  it('the JSON Schemas in docs/schemas refuse an empty list too', () => {
    const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
    for (const [name, file] of [
      ['beback-leads-v1', emptyLeads.json],
      ['beback-outcomes-v1', writeOutcomes('json', [], SENDER, AT)],
    ] as const) {
      const validate = ajv.compile(JSON.parse(readFileSync(`docs/schemas/${name}.schema.json`, 'utf8')));
      expect(validate(JSON.parse(file))).toBe(false);
    }
  });

  it.each(OUTCOME_FORMATS)('%s: empty, blank or header only has no outcomes', (format) => {
    for (const content of ['', '\uFEFF', '\n', writeOutcomes(format, [], SENDER, AT)]) {
      expect(text(readOutcomes(format, content))).toEqual(['file: There are no outcomes in this file.']);
    }
  });
});

describe('a control character in a field', () => {
  const nul = 'The first name contains a control character (U+0000), which BeBack does not store.';
  const where = {
    json: 'record 1, prospect.firstName',
    csv: 'line 2, column first_name',
    adf: 'prospect 1, customer/contact/name[first]',
  };

  it.each(LEAD_FORMATS)('%s: a raw NUL is refused naming the record and field', (format) => {
    const file = leadsFile(format).replace('Jane', 'Ja\u0000ne');
    expect(text(readLeads(format, file, US))).toEqual([`${where[format]}: ${nul}`]);
  });

  it.each([
    ['json', '"Ja\\u0000ne"'],
    ['adf', '>Ja&#0;ne<'],
  ] as const)('%s: an escaped NUL is refused the same way', (format, escaped) => {
    const file = leadsFile(format).replace(format === 'json' ? '"Jane"' : '>Jane<', escaped);
    expect(text(readLeads(format, file, US))).toEqual([`${where[format]}: ${nul}`]);
  });

  it.each([
    ['json', 'record 1, notes'],
    ['csv', 'line 2, column notes'],
    ['adf', 'prospect 1, customer/comments'],
  ] as const)('%s: any C0 control but tab, CR and LF is refused (ESC in the notes)', (format, at) => {
    const file = leadsFile(format).replace('Camps every', 'Camps\u001B every');
    expect(text(readLeads(format, file, US))).toEqual([
      `${at}: The notes contains a control character (U+001B), which BeBack does not store.`,
    ]);
  });

  it.each([
    ['json', 'record 1, outcome'],
    ['csv', 'line 2, column outcome'],
  ] as const)('%s outcomes: a NUL is refused naming the record and field', (format, at) => {
    const file = outcomesFile(format).replace('still_working', 'still\u0000working');
    expect(text(readOutcomes(format, file))).toEqual([
      `${at}: The outcome contains a control character (U+0000), which BeBack does not store.`,
    ]);
  });

  it('tab, CR and LF in a field are kept', () => {
    const lead = { ...LEAD, notes: 'a\tb\r\nc' };
    for (const format of ['json', 'csv'] as const) {
      expect(readLeads(format, writeLeads(format, [lead], SENDER, AT), US)).toMatchObject({
        ok: true,
        records: [{ notes: 'a\tb\r\nc' }],
      });
    }
  });
});

describe('a file not saved as UTF-8', () => {
  const cases = [
    ['UTF-16 LE with a BOM', (s: string) => utf16le(s, true), ' (little-endian)'],
    ['UTF-16 LE without a BOM', (s: string) => utf16le(s, false), ' (little-endian)'],
    ['UTF-16 BE with a BOM', (s: string) => utf16be(s, true), ' (big-endian)'],
    ['UTF-16 BE without a BOM', (s: string) => utf16be(s, false), ' (big-endian)'],
  ] as const;

  it.each(
    LEAD_FORMATS.flatMap((f) => cases.map(([name, encode, order]) => [f, name, encode, order] as const)),
  )('%s leads saved as %s are named UTF-16', (format, _name, encode, order) => {
    expect(text(readLeads(format, encode(leadsFile(format).replace(/^\uFEFF/, '')), US))).toEqual([
      `file: This file is saved as UTF-16${order}; save it as UTF-8 and try again.`,
    ]);
  });

  it.each(
    OUTCOME_FORMATS.flatMap((f) => cases.map(([name, encode, order]) => [f, name, encode, order] as const)),
  )('%s outcomes saved as %s are named UTF-16', (format, _name, encode, order) => {
    expect(text(readOutcomes(format, encode(outcomesFile(format).replace(/^\uFEFF/, ''))))).toEqual([
      `file: This file is saved as UTF-16${order}; save it as UTF-8 and try again.`,
    ]);
  });

  const twoBoms =
    'file: This file starts with two byte-order marks; save it as UTF-8 (with one byte-order mark or none) and try again.';
  it.each(LEAD_FORMATS)('%s leads with two byte-order marks say so', (format) => {
    const file = `\uFEFF\uFEFF${leadsFile(format).replace(/^\uFEFF/, '')}`;
    expect(text(readLeads(format, file, US))).toEqual([twoBoms]);
  });
  it.each(OUTCOME_FORMATS)('%s outcomes with two byte-order marks say so', (format) => {
    const file = `\uFEFF\uFEFF${outcomesFile(format).replace(/^\uFEFF/, '')}`;
    expect(text(readOutcomes(format, file))).toEqual([twoBoms]);
  });

  it('one byte-order mark is still fine', () => {
    expect(readLeads('json', `\uFEFF${leadsFile('json')}`, US)).toMatchObject({ ok: true });
  });
});
