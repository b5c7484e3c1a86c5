// BeBack leads file in JSON (docs/partner-exchange.md, docs/schemas/beback-leads-v1.schema.json), plus the
// versioned envelope both BeBack JSON files share.
import { escapeControls, firstControl } from './textChecks';
import type { FileProblem, Parsed, SharedLead } from './types';
import {
  checkLead,
  duplicateShareIds,
  type LeadField,
  placeProblems,
  refuse,
  shareIdKey,
  toIso,
} from './validate';

export const JSON_VERSION = 1;
type Kind = 'leads' | 'outcomes';

/** Header pretty-printed, then one record per line: readable, and a third smaller than indenting each record. */
export function writeEnvelope(kind: Kind, distributor: string, exportedAt: number, items: unknown[]): string {
  const header = {
    format: `beback-${kind}`,
    version: JSON_VERSION,
    exportedAt: toIso(exportedAt),
    sender: { distributor },
  };
  const head = JSON.stringify(header, null, 2).slice(0, -2);
  const body = items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return `${head},\n  "${kind}": [${items.length > 0 ? `\n${body}\n  ` : ''}]\n}\n`;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseJson(content: string): { ok: true; value: unknown } | { ok: false; problem: FileProblem } {
  try {
    return { ok: true, value: JSON.parse(content) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    const at = pos ? Number(pos[1]) : content.length;
    // V8 reports a cut-off file as an error at its very end, or as "Unexpected end of JSON input".
    if (at >= content.trimEnd().length || /end of JSON input|Unterminated string/.test(message)) {
      return {
        ok: false,
        problem: { where: 'file', message: `The file is not complete JSON (it ends at character ${at}).` },
      };
    }
    const before = content.slice(0, at).split('\n');
    const reason = message.replace(/ in JSON at position.*$/, '');
    return {
      ok: false,
      problem: {
        where: `line ${before.length}`,
        message: `The file is not valid JSON at character ${at + 1} (line ${before.length}, column ${before.at(-1)!.length + 1}): ${reason}.`,
      },
    };
  }
}

/** The header every BeBack JSON file starts with; a wrong kind or version is one clear problem, not fifty. */
export function readEnvelope(
  content: string,
  kind: Kind,
): { ok: true; sender: string; items: unknown[] } | { ok: false; problems: FileProblem[] } {
  // A raw control character is not JSON; escaped, one inside a string is refused by record and field,
  // and one anywhere else still fails to parse.
  const parsed = parseJson(escapeControls(content, (c) => `\\u${c.toString(16).padStart(4, '0')}`));
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const file = parsed.value;
  const expected = `beback-${kind}`;
  if (!isObject(file) || !('format' in file)) {
    return refuse('file', `This is not a BeBack ${kind} file: it has no "format": "${expected}".`);
  }
  if (file.format !== expected) {
    const other = kind === 'leads' ? 'outcomes' : 'leads';
    if (file.format === `beback-${other}`)
      return refuse('format', `This is a BeBack ${other} file, not a ${kind} file.`);
    return refuse('format', `This is not a BeBack ${kind} file: "format" is ${JSON.stringify(file.format)}.`);
  }
  if (file.version !== JSON_VERSION) {
    return refuse(
      'version',
      `This is a BeBack ${kind} file version ${JSON.stringify(file.version ?? null)}; this BeBack reads version ${JSON_VERSION}.`,
    );
  }
  const problems: FileProblem[] = [];
  const distributor = isObject(file.sender) ? file.sender.distributor : undefined;
  if (typeof distributor !== 'string' || distributor.trim() === '') {
    problems.push({
      where: 'sender.distributor',
      message: 'The file does not name its sending distributor.',
    });
  } else if (firstControl(distributor)) {
    problems.push({
      where: 'sender.distributor',
      message: `The sending distributor contains a control character (${firstControl(distributor)}), which BeBack does not store.`,
    });
  }
  if (typeof file.exportedAt !== 'string' || Number.isNaN(Date.parse(file.exportedAt))) {
    problems.push({ where: 'exportedAt', message: 'The export date is missing or not a date and time.' });
  }
  const items = file[kind];
  if (!Array.isArray(items)) problems.push({ where: kind, message: `"${kind}" must be a list.` });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, sender: (distributor as string).trim(), items: items as unknown[] };
}

function toJsonLead(lead: SharedLead) {
  return {
    shareId: lead.shareId,
    origin: { distributor: lead.originDistributor, rep: lead.originRep },
    visitedAt: toIso(lead.visitedAt),
    prospect: { firstName: lead.firstName, lastName: lead.lastName, phone: lead.phone, email: lead.email },
    interest: {
      product: lead.product,
      category: lead.category,
      ...(lead.priceQuotedCents == null ? {} : { priceQuotedCents: lead.priceQuotedCents }),
    },
    objection: { code: lead.objection, text: lead.objectionText },
    ...(lead.painPoints ? { painPoints: lead.painPoints } : {}),
    ...(lead.notes ? { notes: lead.notes } : {}),
    ...(lead.personalDetails ? { personalDetails: lead.personalDetails } : {}),
  };
}

export function writeLeadsJson(
  leads: readonly SharedLead[],
  distributor: string,
  exportedAt: number,
): string {
  return writeEnvelope('leads', distributor, exportedAt, leads.map(toJsonLead));
}

/** Where each field sits in a JSON lead, for problem messages and for reading. */
const JSON_PATHS: Record<LeadField, string> = {
  shareId: 'shareId',
  originDistributor: 'origin.distributor',
  originRep: 'origin.rep',
  visitedAt: 'visitedAt',
  firstName: 'prospect.firstName',
  lastName: 'prospect.lastName',
  phone: 'prospect.phone',
  email: 'prospect.email',
  product: 'interest.product',
  category: 'interest.category',
  priceQuoted: 'interest.priceQuotedCents',
  objection: 'objection.code',
  objectionText: 'objection.text',
  painPoints: 'painPoints',
  notes: 'notes',
  personalDetails: 'personalDetails',
};

const JSON_KEYS = Object.entries(JSON_PATHS).map(([field, path]) => [field, path.split('.')]) as [
  LeadField,
  string[],
][];

function at(record: unknown, keys: readonly string[]): unknown {
  let node = record;
  for (const key of keys) node = isObject(node) ? node[key] : undefined;
  return node;
}

export function readLeadsJson(content: string, defaultRegion: string): Parsed<SharedLead> {
  const envelope = readEnvelope(content, 'leads');
  if (!envelope.ok) return envelope;
  const records: SharedLead[] = [];
  const problems: FileProblem[] = [];
  envelope.items.forEach((item, i) => {
    const where = `record ${i + 1}`;
    if (!isObject(item)) {
      problems.push({ where, message: 'Each lead must be a JSON object.' });
      return;
    }
    const raw: Partial<Record<LeadField, unknown>> = {};
    for (const [field, keys] of JSON_KEYS) raw[field] = at(item, keys);
    const checked = checkLead(raw, { defaultRegion, money: 'cents' });
    if (checked.ok) records.push(checked.value);
    else problems.push(...placeProblems(checked.problems, where, JSON_PATHS));
  });
  const ids = envelope.items.map((item) => shareIdKey(isObject(item) ? item.shareId : undefined));
  problems.push(...duplicateShareIds(ids, (i) => `record ${i + 1}`));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, records, sender: envelope.sender };
}
