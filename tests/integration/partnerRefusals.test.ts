// Partner files refused cleanly, through the router over a real store: the import's check and the import
// refuse a bad leads file with the same message, an outcomes file is refused alike, and no table changes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeLeads, writeOutcomes } from '../../electron/services/partners/formats';
import type { OutcomeRecord, SharedLead } from '../../electron/services/partners/formats/types';
import { rowCounts as rowCountsOf } from '../support/dbScan';
import { openStore, type Store, walkoutInput } from './harness';

const AT = Date.UTC(2025, 3, 1, 12);
const SENDER = { distributor: 'Alpha Motors' };
const LEAD: SharedLead = {
  shareId: '0b8e4a4c-4f5e-4c1a-9a39-000000000001',
  originDistributor: 'Alpha Motors',
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
};
const OUTCOME: OutcomeRecord = {
  shareId: LEAD.shareId,
  outcome: 'still_working',
  saleDate: null,
  saleAmountCents: null,
};
const EXT = { json: 'json', csv: 'csv', adf: 'xml' } as const;

const noBom = (s: string) => s.replace(/^\uFEFF/, '');
/** As the renderer hands a file over: its bytes read as UTF-8. */
const utf16le = (s: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(noBom(s), 'utf16le')]).toString('utf8');
const utf16be = (s: string) => Buffer.from(noBom(s), 'utf16le').swap16().toString('utf8');

const UTF16 = (order: string) =>
  `file: This file is saved as UTF-16 (${order}); save it as UTF-8 and try again`;
const TWO_BOMS =
  'file: This file starts with two byte-order marks; save it as UTF-8 (with one byte-order mark or none) and try again';
const CONTROL = (field: string) =>
  `The ${field} contains a control character (U+0000), which BeBack does not store`;

let store: Store;
let partnerId: number;
beforeEach(async () => {
  store = await openStore();
  // Something in every table a good import would touch, so "unchanged" is not "still empty".
  await store.as(
    'Sam Staff',
    'walkouts.create',
    walkoutInput({ prospect: { firstName: 'Kim', lastName: 'Lee', phone: '3125550600', shareOk: true } }),
  );
  partnerId = (
    await store.as('Olive Owner', 'partners.create', {
      name: 'Alpha Motors',
      commissionCents: 7500,
      sharedFields: [],
    })
  ).id;
});
afterEach(() => store.close());

const rowCounts = () => rowCountsOf(store.db);

const leads = (format: 'json' | 'csv' | 'adf', list: SharedLead[] = [LEAD]) =>
  writeLeads(format, list, SENDER, AT);
const outcomes = (format: 'json' | 'csv', list: OutcomeRecord[] = [OUTCOME]) =>
  writeOutcomes(format, list, SENDER, AT);

const billionLaughs = leads('adf')
  .replace(
    '<adf>',
    '<!DOCTYPE adf [\n <!ENTITY lol "lol">\n <!ENTITY lol9 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<adf>',
  )
  .replace('>Jane<', '>&lol9;<');
const undeclared = leads('adf').replace('>Jane<', '>&lol9;<');

const LEAD_WHERE = {
  json: 'record 1, prospect.firstName',
  csv: 'line 2, column first_name',
  adf: 'prospect 1, customer/contact/name[first]',
};
type LeadCase = readonly [format: 'json' | 'csv' | 'adf', name: string, content: string, problem: string];
const leadCases = (['json', 'csv', 'adf'] as const).flatMap((format): LeadCase[] => [
  [format, 'an empty file', '', 'file: There are no leads in this file'],
  [format, 'a file with no leads', leads(format, []), 'file: There are no leads in this file'],
  [
    format,
    'a NUL in a first name',
    leads(format).replace('Jane', 'Ja\u0000ne'),
    `${LEAD_WHERE[format]}: ${CONTROL('first name')}`,
  ],
  [format, 'UTF-16 LE with a BOM', utf16le(leads(format)), UTF16('little-endian')],
  [format, 'UTF-16 BE without a BOM', utf16be(leads(format)), UTF16('big-endian')],
  [format, 'two byte-order marks', `\uFEFF\uFEFF${noBom(leads(format))}`, TWO_BOMS],
]);
const adfCases: LeadCase[] = [
  [
    'adf',
    'a DOCTYPE with entities (billion laughs)',
    billionLaughs,
    'line 3: This file has a DOCTYPE or entity declarations; BeBack does not read them in ADF files. Remove the <!DOCTYPE …> and try again',
  ],
  [
    'adf',
    'an entity XML does not define',
    undeclared,
    `line ${undeclared.split('\n').findIndex((l) => l.includes('&lol9;')) + 1}: The entity &lol9; is not defined in XML; write the character itself or a numeric reference like &#233;`,
  ],
];

describe('a refused leads file writes nothing, in the check and in the import alike', () => {
  it.each([...leadCases, ...adfCases])('%s: %s', async (format, _case, content, problem) => {
    const fileName = `leads.${EXT[format]}`;
    const before = rowCounts();
    const message = `${fileName} was not imported: ${problem}. Nothing was written.`;
    const check = await store.failAs('Olive Owner', 'partners.importCheck', { partnerId, fileName, content });
    expect({ code: check.code, message: check.message }).toEqual({ code: 'VALIDATION', message });
    const imported = await store.failAs('Olive Owner', 'partners.importLeads', {
      partnerId,
      fileName,
      content,
      assignTo: store.ids['Tia Staff'],
    });
    expect({ code: imported.code, message: imported.message }).toEqual({ code: 'VALIDATION', message });
    expect(rowCounts()).toEqual(before);
  });

  it('a UTF-16 file with a name that says nothing of its kind is still told as UTF-16', async () => {
    const e = await store.failAs('Olive Owner', 'partners.importCheck', {
      partnerId,
      fileName: 'from-partner.txt',
      content: utf16le(leads('csv')),
    });
    expect(e.message).toBe(
      `from-partner.txt was not imported: ${UTF16('little-endian')}. Nothing was written.`,
    );
  });

  it('the same lead without the fault imports (the cases above fail for their fault alone)', async () => {
    const fileName = 'leads.xml';
    await store.as('Olive Owner', 'partners.importCheck', { partnerId, fileName, content: leads('adf') });
    const result = await store.as('Olive Owner', 'partners.importLeads', {
      partnerId,
      fileName,
      content: leads('adf'),
      assignTo: store.ids['Tia Staff'],
    });
    expect(result).toMatchObject({ imported: 1 });
  });
});

const OUTCOME_WHERE = { json: 'record 1, outcome', csv: 'line 2, column outcome' };
type OutcomeCase = readonly [format: 'json' | 'csv', name: string, content: string, problem: string];
const outcomeCases = (['json', 'csv'] as const).flatMap((format): OutcomeCase[] => [
  [format, 'an empty file', '', 'file: There are no outcomes in this file'],
  [format, 'a file with no outcomes', outcomes(format, []), 'file: There are no outcomes in this file'],
  [
    format,
    'a NUL in an outcome',
    outcomes(format).replace('still_working', 'still\u0000working'),
    `${OUTCOME_WHERE[format]}: ${CONTROL('outcome')}`,
  ],
  [format, 'UTF-16 LE with a BOM', utf16le(outcomes(format)), UTF16('little-endian')],
  [format, 'UTF-16 BE without a BOM', utf16be(outcomes(format)), UTF16('big-endian')],
  [format, 'two byte-order marks', `\uFEFF\uFEFF${noBom(outcomes(format))}`, TWO_BOMS],
]);

describe('a refused outcomes file writes nothing', () => {
  it.each(outcomeCases)('%s: %s', async (format, _case, content, problem) => {
    const fileName = `outcomes.${format}`;
    const before = rowCounts();
    const e = await store.failAs('Olive Owner', 'partners.importOutcomes', { partnerId, fileName, content });
    expect({ code: e.code, message: e.message }).toEqual({
      code: 'VALIDATION',
      message: `${fileName} was not imported: ${problem}. Nothing was written.`,
    });
    expect(rowCounts()).toEqual(before);
  });
});
