// Text-level checks every partner file passes before and while its records are read: the encoding the
// file was saved in, control characters, and XML entity references (only XML's own five and numeric ones).
import type { FileProblem } from './types';

/** C0 controls other than tab, LF and CR: never part of a name, a phone or a note. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job.
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** "U+0000" for the first control character in a text, or null when there is none. */
export function firstControl(text: string): string | null {
  const m = CONTROL.exec(text);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** Raw controls rewritten as the format's escape, so the reader names the record and field holding one. */
export function escapeControls(text: string, escapeAs: (code: number) => string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, (c) => escapeAs(c.charCodeAt(0))) : text;
}

const NUL = '\u0000';
/** Two bytes FF FE or FE FF are not UTF-8: the renderer's UTF-8 reading gives two replacement characters. */
const UTF16_BOM_AS_UTF8 = '\uFFFD\uFFFD';

/**
 * The file as the renderer read it (UTF-8 text). UTF-16 shows as a NUL beside every ASCII character
 * (after two replacement characters when it had a byte-order mark); a second BOM survives the first.
 */
export function encodingProblem(content: string): FileProblem | null {
  if (content.startsWith('\uFEFF\uFEFF')) {
    return {
      where: 'file',
      message:
        'This file starts with two byte-order marks; save it as UTF-8 (with one byte-order mark or none) and try again.',
    };
  }
  const withBom = content.startsWith(UTF16_BOM_AS_UTF8);
  const head = content.slice(withBom ? 2 : 0, 2002);
  if (!head.includes(NUL)) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== NUL) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  // Mostly-ASCII UTF-16 has a NUL in nearly every other place; a stray NUL in UTF-8 is a field problem.
  const enough = Math.floor(head.length / 2) * 0.4;
  const order =
    odd >= enough && even <= odd / 10
      ? 'little-endian'
      : even >= enough && odd <= even / 10
        ? 'big-endian'
        : null;
  if (!order && !withBom) return null;
  return {
    where: 'file',
    message: `This file is saved as UTF-16${order ? ` (${order})` : ''}; save it as UTF-8 and try again.`,
  };
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five entities and numeric references decoded by us, so no entity is ever expanded from a DTD. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, ref: string) => {
    if (ref[0] !== '#') return XML_ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The first named entity reference XML does not define (the file has no DTD that could), or null. */
export function undefinedEntity(text: string): { name: string; index: number } | null {
  for (const m of text.matchAll(ENTITY)) {
    if (m[1]![0] !== '#' && !(m[1]! in XML_ENTITIES)) return { name: m[1]!, index: m.index };
  }
  return null;
}
