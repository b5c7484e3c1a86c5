// What an erased person's texts become, and how their name, phone and e-mail are found and taken out of
// texts about other people (a referred friend's story says "Referred by Zeb Quack") and of audit details.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { formatPhone } from '../../../shared/domain/phone';

/** Every erased text reads this; an empty text stays empty, so "has a next step" figures are unchanged. */
export const ERASED_TEXT = '[erased]';
/** The erased prospect's name on every screen that still lists their anonymous visits. */
export const ERASED_NAME = 'Erased person';

export interface Person {
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
}

/**
 * The strings that identify the person in someone else's text, longest first: the full name
 * (a first name alone would hit every namesake, so only a name with a last name counts), the e-mail, and
 * the phone as stored (E.164), as the store writes it and as bare national digits.
 */
export function termsOf(p: Person, region: string): string[] {
  const terms = new Set<string>();
  const name = `${p.firstName} ${p.lastName}`.trim().replace(/\s+/g, ' ');
  if (p.lastName.trim() && name.length >= 5) terms.add(name);
  if (p.email) terms.add(p.email);
  if (p.phone) {
    terms.add(p.phone);
    terms.add(formatPhone(p.phone, region));
    const national = parsePhoneNumberFromString(p.phone)?.nationalNumber;
    if (national && national.length >= 6) terms.add(national);
  }
  return [...terms].filter((t) => t.length >= 5).sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with every occurrence of a term (any letter case) replaced by ERASED_TEXT. */
export function scrubText(text: string, terms: readonly string[]): string {
  if (terms.length === 0) return text;
  const pattern = new RegExp(terms.map(escapeRegExp).join('|'), 'gi');
  return text.replace(pattern, ERASED_TEXT);
}

function mapStrings(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)]));
  }
  return value;
}

/**
 * An audit row's detail (JSON) with its texts scrubbed and its keys, numbers and ids kept: `terms` takes
 * the person out of a row about someone else; 'all' erases every text of a row about the person.
 */
export function scrubDetail(detail: string, terms: readonly string[] | 'all'): string {
  const fn = terms === 'all' ? () => ERASED_TEXT : (s: string) => scrubText(s, terms);
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    // Not JSON (never written by BeBack): treated as one text.
    return terms === 'all' ? ERASED_TEXT : scrubText(detail, terms);
  }
  return JSON.stringify(mapStrings(parsed, fn));
}

/** How a search term is written inside a JSON text (quotes and backslashes escaped). */
export const inJson = (term: string) => JSON.stringify(term).slice(1, -1);

/** The owner typed the person's name, give or take letter case and spacing. */
export function confirmsName(typed: string, name: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(typed) !== '' && norm(typed) === norm(name);
}
