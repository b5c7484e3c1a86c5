// A partner's territory as it can be enforced: walkouts hold no address, so it is the prospect phone's
// NANP area code (the 3 digits after +1 of the stored E.164 number). An empty list means anywhere.
import { areaCodeOf } from './phone';

/** NANP area code: 3 digits, the first 2 to 9; N11 (211, 311 … 911) are service codes, never area codes. */
export function areaCodeProblem(code: string): string | null {
  if (!/^\d{3}$/.test(code)) return `"${code}" is not an area code: an area code is 3 digits, like 312`;
  if (code[0] === '0' || code[0] === '1') return `"${code}" is not an area code: none starts with 0 or 1`;
  if (code.slice(1) === '11') return `"${code}" is a service number (like 911), not an area code`;
  return null;
}

export type AreaCodesCheck = { ok: true; codes: string[] } | { ok: false; message: string };

/** "312, 773 630" → ['312', '773', '630'], in the order typed, repeats dropped; the first bad code is named. */
export function parseAreaCodes(text: string): AreaCodesCheck {
  const codes: string[] = [];
  for (const raw of text.split(/[\s,;]+/)) {
    const code = raw.replace(/^\((.*)\)$/, '$1');
    if (!code) continue;
    const problem = areaCodeProblem(code);
    if (problem) return { ok: false, message: problem };
    if (!codes.includes(code)) codes.push(code);
  }
  return { ok: true, codes };
}

/** Inside the territory: any phone when no codes are agreed, otherwise a North American phone among them. */
export function inTerritory(e164: string | null, codes: readonly string[]): boolean {
  if (codes.length === 0) return true;
  const code = areaCodeOf(e164);
  return code !== null && codes.includes(code);
}
