// The partner exchange's file formats: write leads and outcomes, and read a partner's file into validated
// records or a list of problems. Reading never throws; a file with any problem is refused whole.
import { readLeadsAdf, writeLeadsAdf } from './leadsAdf';
import { readLeadsCsv, writeLeadsCsv } from './leadsCsv';
import { readLeadsJson, writeLeadsJson } from './leadsJson';
import { readOutcomesCsv, writeOutcomesCsv } from './outcomesCsv';
import { readOutcomesJson, writeOutcomesJson } from './outcomesJson';
import { encodingProblem } from './textChecks';

export { encodingProblem };

import {
  type FileProblem,
  type LeadFormat,
  MAX_FILE_BYTES,
  type OutcomeFormat,
  type OutcomeRecord,
  type Parsed,
  type SharedLead,
} from './types';

/** Past this many, more problems only bury the first ones; the count says how bad the file is. */
const MAX_PROBLEMS = 50;
const MB = 1024 * 1024;

export function writeLeads(
  format: LeadFormat,
  leads: SharedLead[],
  sender: { distributor: string },
  exportedAt: number,
): string {
  if (format === 'json') return writeLeadsJson(leads, sender.distributor, exportedAt);
  if (format === 'csv') return writeLeadsCsv(leads);
  return writeLeadsAdf(leads);
}

export function writeOutcomes(
  format: OutcomeFormat,
  outcomes: OutcomeRecord[],
  sender: { distributor: string },
  exportedAt: number,
): string {
  return format === 'json'
    ? writeOutcomesJson(outcomes, sender.distributor, exportedAt)
    : writeOutcomesCsv(outcomes);
}

export function readLeads(
  format: LeadFormat,
  content: string,
  opts: { defaultRegion: string },
): Parsed<SharedLead> {
  return guarded('leads', content, (text) => {
    if (format === 'json') return readLeadsJson(text, opts.defaultRegion);
    if (format === 'csv') return readLeadsCsv(text, opts.defaultRegion);
    return readLeadsAdf(text, opts.defaultRegion);
  });
}

export function readOutcomes(format: OutcomeFormat, content: string): Parsed<OutcomeRecord> {
  return guarded('outcomes', content, (text) =>
    format === 'json' ? readOutcomesJson(text) : readOutcomesCsv(text),
  );
}

/** By extension first; for any other name, by the first characters of the content. */
export function detectLeadFormat(fileName: string, content: string): LeadFormat | null {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  if (extension === 'xml' || extension === 'adf') return 'adf';
  const start = stripBom(content.slice(0, 64 * 1024)).trimStart();
  if (start.startsWith('{')) return 'json';
  if (start.startsWith('<') && /<adf[\s>/]/.test(start)) return 'adf';
  if (/^"?share_id"?,/i.test(start)) return 'csv';
  return null;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Size as UTF-8 bytes; each UTF-16 unit is at most 3 bytes, so most files pass without counting. */
function sizeProblem(content: string): FileProblem | null {
  if (content.length * 3 <= MAX_FILE_BYTES) return null;
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes <= MAX_FILE_BYTES) return null;
  const size = Math.ceil((bytes / MB) * 10) / 10;
  return { where: 'file', message: `The file is ${size} MB; the limit is ${MAX_FILE_BYTES / MB} MB.` };
}

/**
 * The one path every partner file is read through, for the import's check and the import alike: size,
 * encoding, the format's reader, then "no records" (an empty file is never a batch of 0).
 */
function guarded<T>(
  kind: 'leads' | 'outcomes',
  content: string,
  read: (text: string) => Parsed<T>,
): Parsed<T> {
  const tooBig = sizeProblem(content);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const encoding = encodingProblem(content);
  if (encoding) return { ok: false, problems: [encoding] };
  const none: Parsed<T> = {
    ok: false,
    problems: [{ where: 'file', message: `There are no ${kind} in this file.` }],
  };
  const text = stripBom(content);
  if (text.trim() === '') return none;
  let parsed: Parsed<T>;
  try {
    parsed = read(text);
  } catch (err) {
    // A reader bug must still come back as a refused file, never as an exception across the door.
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, problems: [{ where: 'file', message: `The file could not be read: ${reason}` }] };
  }
  if (parsed.ok) return parsed.records.length > 0 ? parsed : none;
  if (parsed.problems.length <= MAX_PROBLEMS) return parsed;
  const more = parsed.problems.length - MAX_PROBLEMS;
  return {
    ok: false,
    problems: [
      ...parsed.problems.slice(0, MAX_PROBLEMS),
      { where: 'file', message: `…and ${more} more problem${more === 1 ? '' : 's'}.` },
    ],
  };
}
