// Leads as ADF 1.0 XML (Auto-lead Data Format), mapped to and from SharedLead as docs/partner-exchange.md says.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { OBJECTIONS, type Objection } from '../../../../shared/domain/vocab';
import { isObject } from './leadsJson';
import { decodeXmlText, escapeControls, undefinedEntity } from './textChecks';
import type { FileProblem, Parsed, SharedLead } from './types';
import {
  centsToDollars,
  checkLead,
  duplicateShareIds,
  type LeadField,
  placeProblems,
  refuse,
  shareIdKey,
  toIso,
} from './validate';

const EXTRAS = [
  ['painPoints', 'Pain points'],
  ['notes', 'Notes'],
  ['personalDetails', 'Personal details'],
] as const;
type Extra = (typeof EXTRAS)[number][0];

// XML 1.0 cannot carry other characters at all, not even escaped (controls, lone surrogates, U+FFFE/FFFF);
// they mean nothing in a CRM note, so they are dropped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escaped by hand (the builder's entity pass is off) so CR can travel as &#13;, which parsers keep. */
function xmlText(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;');
}

function objectionComment(lead: SharedLead): string {
  return `objection: ${lead.objection}${lead.objectionText ? ` — ${lead.objectionText}` : ''}`;
}

/** Labelled lines; a value's further lines are indented two spaces, so any text reads back unchanged. */
function customerComment(lead: SharedLead): string {
  return EXTRAS.filter(([field]) => lead[field])
    .map(([field, label]) => `${label}: ${lead[field]!.split('\n').join('\n  ')}`)
    .join('\n');
}

function toProspect(lead: SharedLead) {
  const names = [
    ...(lead.firstName ? [{ '@_part': 'first', '#text': xmlText(lead.firstName) }] : []),
    ...(lead.lastName ? [{ '@_part': 'last', '#text': xmlText(lead.lastName) }] : []),
  ];
  const comments = customerComment(lead);
  return {
    '@_status': 'new',
    id: { '@_sequence': '1', '@_source': 'BeBack', '#text': lead.shareId },
    requestdate: toIso(lead.visitedAt),
    vehicle: {
      '@_interest': 'buy',
      '@_status': 'new',
      // ADF requires a model year; BeBack does not record one, so the visit's year stands in.
      year: String(new Date(lead.visitedAt).getUTCFullYear()),
      make: xmlText(lead.category),
      model: xmlText(lead.product),
      ...(lead.priceQuotedCents == null
        ? {}
        : {
            price: { '@_type': 'quote', '@_currency': 'USD', '#text': centsToDollars(lead.priceQuotedCents) },
          }),
      comments: xmlText(objectionComment(lead)),
    },
    customer: {
      contact: {
        name: names,
        ...(lead.email ? { email: xmlText(lead.email) } : {}),
        ...(lead.phone ? { phone: { '@_type': 'voice', '#text': xmlText(lead.phone) } } : {}),
      },
      ...(comments ? { comments: xmlText(comments) } : {}),
    },
    vendor: {
      vendorname: xmlText(lead.originDistributor),
      ...(lead.originRep
        ? { contact: { name: { '@_part': 'full', '#text': xmlText(lead.originRep) } } }
        : {}),
    },
  };
}

export function writeLeadsAdf(leads: readonly SharedLead[]): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, processEntities: false });
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    '?adf': { '@_version': '1.0' },
    adf: { prospect: leads.map(toProspect) },
  };
  return builder.build(doc);
}

const ARRAYS = new Set(['prospect', 'id', 'vehicle', 'name', 'email', 'phone', 'price']);

function first(node: unknown): unknown {
  return Array.isArray(node) ? node[0] : node;
}
function list(node: unknown): unknown[] {
  return node === undefined ? [] : Array.isArray(node) ? node : [node];
}
/** Text of an element: undefined when absent, '' when empty. */
function textOf(node: unknown): string | undefined {
  const n = first(node);
  if (typeof n === 'string' || typeof n === 'number') return decodeXmlText(String(n));
  if (isObject(n)) return n['#text'] === undefined ? '' : decodeXmlText(String(n['#text']));
  return undefined;
}
function attr(node: unknown, name: string): string | undefined {
  const v = isObject(node) ? node[`@_${name}`] : undefined;
  return typeof v === 'string' ? decodeXmlText(v) : undefined;
}
/** An element present but empty parses as ''; treat it like an element with no children. */
function element(node: unknown): Record<string, unknown> | undefined {
  const n = first(node);
  return isObject(n) ? n : n === '' ? {} : undefined;
}

function readObjection(comments: string | undefined): { code: Objection; text: string } {
  const m = /^objection: ?([a-z_]+)(?: — ([\s\S]*))?$/.exec(comments ?? '');
  const code = OBJECTIONS.find((o) => o === m?.[1]);
  // Other systems' free-text comments are kept whole as the objection text.
  return code ? { code, text: m?.[2] ?? '' } : { code: 'other', text: comments ?? '' };
}

function readExtras(comments: string | undefined): Partial<Record<Extra, string>> {
  const out: Partial<Record<Extra, string>> = {};
  const free: string[] = [];
  let current: Extra | null = null;
  for (const line of (comments ?? '').split('\n')) {
    const m = /^(Pain points|Notes|Personal details): ?([^\n]*)$/.exec(line);
    const labelled = m && EXTRAS.find(([, label]) => label === m[1]);
    if (labelled) {
      current = labelled[0];
      out[current] = out[current] === undefined ? m[2]! : `${out[current]}\n${m[2]}`;
    } else if (current && line.startsWith('  ')) out[current] = `${out[current]}\n${line.slice(2)}`;
    else {
      current = null;
      free.push(line);
    }
  }
  const rest = free.join('\n').trim();
  if (rest) out.notes = out.notes ? `${out.notes}\n${rest}` : rest;
  return out;
}

/** Name parts of a contact; a name without a part attribute counts as the full name. */
function nameParts(contact: unknown) {
  const names = list(element(contact)?.name);
  const part = (p?: string) => textOf(names.find((n) => attr(n, 'part') === p));
  return { first: part('first'), last: part('last'), full: part('full') ?? part(undefined) };
}

function readCustomerName(contact: unknown): { firstName?: string; lastName?: string } {
  const { first, last, full } = nameParts(contact);
  if (first !== undefined || last !== undefined || !full) return { firstName: first, lastName: last };
  // A full name only: the last word is taken as the last name.
  const cut = full.trim().lastIndexOf(' ');
  return cut < 0
    ? { lastName: full }
    : { firstName: full.slice(0, cut).trim(), lastName: full.slice(cut + 1) };
}

const ADF_PATHS: Record<LeadField, string> = {
  shareId: 'id',
  originDistributor: 'vendor/vendorname',
  originRep: 'vendor/contact/name',
  visitedAt: 'requestdate',
  firstName: 'customer/contact/name[first]',
  lastName: 'customer/contact/name[last]',
  phone: 'customer/contact/phone',
  email: 'customer/contact/email',
  product: 'vehicle/model',
  category: 'vehicle/make',
  priceQuoted: 'vehicle/price',
  objection: 'vehicle/comments',
  objectionText: 'vehicle/comments',
  painPoints: 'customer/comments',
  notes: 'customer/comments',
  personalDetails: 'customer/comments',
};

function readProspect(p: Record<string, unknown>, where: string, defaultRegion: string) {
  const ids = list(p.id);
  const id =
    ids.find((i) => attr(i, 'source') === 'BeBack') ?? ids.find((i) => shareIdKey(textOf(i))) ?? ids[0];
  const vehicle = element(list(p.vehicle).find((v) => attr(v, 'interest') === 'buy') ?? p.vehicle);
  const customer = element(p.customer);
  const contact = element(customer?.contact);
  const vendor = element(p.vendor);
  const present: Record<string, boolean> = {
    id: id !== undefined,
    requestdate: p.requestdate !== undefined,
    vehicle: vehicle !== undefined,
    customer: customer !== undefined,
    'customer/contact': !customer || contact !== undefined,
    vendor: vendor !== undefined,
  };
  const gaps = Object.keys(present).filter((path) => !present[path]);
  const phones = list(contact?.phone);
  const prices = list(vehicle?.price);
  const objection = readObjection(textOf(vehicle?.comments));
  const rep = nameParts(vendor?.contact);
  const raw: Partial<Record<LeadField, unknown>> = {
    shareId: textOf(id),
    visitedAt: textOf(p.requestdate),
    product: textOf(vehicle?.model),
    category: textOf(vehicle?.make),
    priceQuoted: textOf(prices.find((x) => attr(x, 'type') === 'quote') ?? prices[0]),
    objection: objection.code,
    objectionText: objection.text,
    ...readCustomerName(contact),
    email: textOf(contact?.email),
    phone: textOf(phones.find((x) => attr(x, 'type') !== 'fax') ?? phones[0]),
    ...readExtras(textOf(customer?.comments)),
    originDistributor: textOf(vendor?.vendorname),
    originRep: rep.full ?? [rep.first, rep.last].filter(Boolean).join(' '),
  };
  const shareId = shareIdKey(raw.shareId);
  const checked = checkLead(raw, { defaultRegion, money: 'dollars' });
  // A missing element is reported once, not again as each field inside it.
  const explained = (field: LeadField | null) =>
    field === null
      ? gaps.some((g) => g.startsWith('customer'))
      : gaps.some((g) => ADF_PATHS[field].startsWith(g));
  const problems: FileProblem[] = gaps.map((path) => ({
    where: `${where}, ${path}`,
    message: `The <${path.split('/').at(-1)}> element is missing.`,
  }));
  problems.push(
    ...placeProblems(checked.ok ? [] : checked.problems.filter((x) => !explained(x.field)), where, ADF_PATHS),
  );
  return { lead: problems.length === 0 && checked.ok ? checked.value : undefined, shareId, problems };
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * A DTD can declare entities that expand a few bytes into gigabytes (billion laughs) or read other files;
 * ADF needs none, so a file declaring one is refused before any parser sees it.
 */
function declarationProblem(content: string): Parsed<SharedLead> | null {
  const declared = /<!(DOCTYPE|ENTITY)/i.exec(content);
  if (declared) {
    return refuse(
      `line ${lineAt(content, declared.index)}`,
      'This file has a DOCTYPE or entity declarations; BeBack does not read them in ADF files. Remove the <!DOCTYPE …> and try again.',
    );
  }
  const entity = undefinedEntity(content);
  if (entity) {
    return refuse(
      `line ${lineAt(content, entity.index)}`,
      `The entity &${entity.name}; is not defined in XML; write the character itself or a numeric reference like &#233;.`,
    );
  }
  return null;
}

export function readLeadsAdf(original: string, defaultRegion: string): Parsed<SharedLead> {
  // A raw control character is not XML; as a reference it is refused by prospect and element instead.
  const content = escapeControls(original, (c) => `&#${c};`);
  const declared = declarationProblem(content);
  if (declared) return declared;
  const valid = XMLValidator.validate(content);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    const column = col === undefined ? '' : ` (column ${col})`;
    return refuse(`line ${line ?? 1}`, `The file is not well-formed XML${column}: ${msg}`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    // No entity is expanded by the parser: textOf and attr decode XML's five and numeric references
    // (&#13;, &#233;) themselves, so a declared entity could never grow into anything.
    processEntities: false,
    htmlEntities: false,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAYS.has(name),
  });
  const doc: unknown = parser.parse(content);
  if (!isObject(doc) || !('adf' in doc)) {
    return refuse('file', 'This is not an ADF file: it has no <adf> element.');
  }
  const prospects = list(element(doc.adf)?.prospect);
  const records: SharedLead[] = [];
  const problems: FileProblem[] = [];
  const ids: (string | undefined)[] = [];
  prospects.forEach((node, i) => {
    const read = readProspect(element(node) ?? {}, `prospect ${i + 1}`, defaultRegion);
    if (read.lead) records.push(read.lead);
    problems.push(...read.problems);
    ids.push(read.shareId);
  });
  problems.push(...duplicateShareIds(ids, (i) => `prospect ${i + 1}`));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, records, sender: records[0]?.originDistributor.trim() ?? '' };
}
