// How long a message takes to say aloud: a voicemail should play like a 20-second radio commercial.

export const WORDS_PER_MINUTE = 150;
export const WORDS_PER_SECOND = WORDS_PER_MINUTE / 60;
/** The seeds' radio-commercial length, which drafts aim for. */
export const VOICEMAIL_TARGET_SECONDS = 20;
/** Past this the lint calls a voicemail too long: the listener has stopped listening. */
export const VOICEMAIL_MAX_SECONDS = 30;
/** Past this the composer warns while the rep types, before the lint's hard limit. */
export const VOICEMAIL_WARN_SECONDS = 25;

export type SpokenEstimate = { words: number; seconds: number };
export type TextSpan = { start: number; end: number };

// 7–15 digits held together by spaces, dots, dashes or brackets: read out digit by digit.
const PHONE_SOURCE = String.raw`(?<![\p{L}\p{N}])\+?\(?\d(?:[ .()\-]{0,2}\d){6,14}(?![\p{L}\p{N}])`;

export function phoneSpans(text: string): TextSpan[] {
  return [...text.matchAll(new RegExp(PHONE_SOURCE, 'gu'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

export function spokenEstimate(text: string): SpokenEstimate {
  let words = 0;
  const rest = text.replace(new RegExp(PHONE_SOURCE, 'gu'), (phone) => {
    words += digitCount(phone);
    return ' ';
  });
  for (const token of rest.split(/\s+/)) words += tokenWords(token);
  return { words, seconds: Math.round((words / WORDS_PER_SECOND) * 10) / 10 };
}

// Other numbers are said in pairs ("twenty twenty-five", "six thirty"); "$" and "%" add a spoken word.
function tokenWords(token: string): number {
  if (!/[\p{L}\p{N}]/u.test(token)) return 0;
  const digits = digitCount(token);
  if (digits === 0) return 1;
  const letters = /\p{L}/u.test(token) ? 1 : 0;
  const symbols = token.match(/[$%]/g)?.length ?? 0;
  return Math.ceil(digits / 2) + letters + symbols;
}

function digitCount(s: string): number {
  return s.match(/\d/g)?.length ?? 0;
}

/** The composer's warning beside a voicemail that runs long ("About 27 s spoken: aim for 20 s"), or null. */
export function voicemailLengthWarning(seconds: number): string | null {
  const said = Math.round(seconds);
  return said > VOICEMAIL_WARN_SECONDS
    ? `About ${said} s spoken: aim for ${VOICEMAIL_TARGET_SECONDS} s`
    : null;
}
