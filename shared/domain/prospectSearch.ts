// Prospect search's one text rule, shared by the index (the terms a prospect is filed under) and the query
// (what the user typed): both fold the same way, so "jose" finds "José" and "(312) 555-0142" finds +13125550142.
// A term's first letter is its kind: n = a name word, f = the whole name (first last, last first),
// e = the e-mail or the part of it after a dot, dash, underscore or plus, p = the phone's digits reversed
// (a suffix of the number is a prefix of its reverse, so "0142" and "555 0142" are index ranges too).
import { normalizePhone } from './phone';

/** Letters without accents, lower case; the few letters Unicode does not decompose are spelled out. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (c) => SPELLED[c] ?? c);
}

const SPELLED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

/** The words of a folded name: letters and digits, every other character a break ("O'Neil" is o, neil). */
export function nameWords(name: string): string[] {
  return foldText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

const reversed = (s: string) => [...s].reverse().join('');

export interface SearchableProspect {
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
}

/** Every term a prospect is filed under, each once. */
export function searchTermsOf(p: SearchableProspect): string[] {
  const terms = new Set<string>();
  const first = nameWords(p.firstName);
  const last = nameWords(p.lastName);
  for (const w of [...first, ...last]) terms.add(`n${w}`);
  if (first.length + last.length > 1) {
    terms.add(`f${[...first, ...last].join(' ')}`);
    if (first.length > 0 && last.length > 0) terms.add(`f${[...last, ...first].join(' ')}`);
  }
  if (p.email) {
    const email = p.email.trim().toLowerCase();
    terms.add(`e${email}`);
    const at = email.indexOf('@');
    const local = at === -1 ? email : email.slice(0, at);
    for (let i = 0; i < local.length; i++) {
      if ('._+-'.includes(local[i]!) && i + 1 < local.length) terms.add(`e${email.slice(i + 1)}`);
    }
  }
  if (p.phone) terms.add(`p${reversed(p.phone.replace(/\D/g, ''))}`);
  return [...terms];
}

/** The fewest digits a phone search takes: the last 4 of a number. */
export const PHONE_DIGITS_MIN = 4;

export type SearchQuery =
  /** Too little to look for: `hint` says what to type. */
  | { kind: 'short'; hint: string }
  /** A phone: the reversed digits as a prefix, and the exact term when it is a whole number. */
  | { kind: 'phone'; prefix: string; exact: string | null }
  /** An e-mail (the query has an @): a prefix of the address. */
  | { kind: 'email'; prefix: string }
  /** Words: a prefix of one name word, or of the whole name in order; one word is also an e-mail's start. */
  | { kind: 'text'; name: string; email: string | null };

/** What the user typed, as the index ranges to read. */
export function parseSearchQuery(raw: string, region: string): SearchQuery {
  const typed = raw.trim();
  if (typed.includes('@')) {
    const email = typed.toLowerCase();
    return email.length < 2 ? short() : { kind: 'email', prefix: `e${email}` };
  }
  if (/^[\d\s()+.\-/]+$/.test(typed) && /\d/.test(typed)) {
    const digits = typed.replace(/\D/g, '');
    if (digits.length < PHONE_DIGITS_MIN)
      return { kind: 'short', hint: `Type at least ${PHONE_DIGITS_MIN} digits of the phone number.` };
    const whole = normalizePhone(typed, region);
    const exact = whole.ok ? `p${reversed(whole.e164.replace(/\D/g, ''))}` : null;
    return { kind: 'phone', prefix: exact ?? `p${reversed(digits)}`, exact };
  }
  const words = nameWords(typed);
  if (words.join('').length < 2) return short();
  const one = words.length === 1 && !/\s/.test(typed);
  return {
    kind: 'text',
    name: words.length === 1 ? `n${words[0]}` : `f${words.join(' ')}`,
    email: one ? `e${typed.toLowerCase()}` : null,
  };
}

function short(): SearchQuery {
  return { kind: 'short', hint: 'Type at least 2 letters of a name, 4 digits of a phone, or an e-mail.' };
}
