// Message lint: flags what makes a follow-up easy to ignore (PRODUCT.md "Reason", the seeds' voicemails).
import { phoneSpans, spokenEstimate, VOICEMAIL_MAX_SECONDS, VOICEMAIL_TARGET_SECONDS } from './spoken';

export type MessageKind = 'voicemail' | 'text' | 'email';
export type LintKind =
  | 'weak_phrase'
  | 'no_prospect'
  | 'no_reason'
  | 'no_action'
  | 'too_long'
  | 'too_many_reasons';
export type LintFinding = {
  kind: LintKind;
  message: string;
  start?: number;
  end?: number;
  phrase?: string;
  suggestion?: string;
};
export type LintContext = { prospectFirstName: string; reasonTexts: string[]; kind: MessageKind };

/** A voicemail carries one to three reasons to call back (seeds). */
export const MAX_REASONS = 3;
/** Two SMS segments; past that a text reads like a letter. */
export const TEXT_MAX_CHARS = 320;

// ---- The text as a stream of normalised words, each pointing back at its span in the original ----

type Word = { norm: string; start: number; end: number };
type WordStream = { text: string; words: Word[]; startAt: Map<number, number>; endAt: Map<number, number> };

// A pseudo-word between sentences, so no phrase is matched across "Call me. Thursday works".
const SENTENCE_END = '.';

// Contractions spelled out, so "I'm calling" and "I am calling" meet the same rule.
const WHOLE_WORDS: Record<string, string[]> = Object.fromEntries(
  ["i'm i am", 'im i am', "let's let us", "won't will not", "can't can not", 'dont do not', 'wanna want to']
    .concat(["it's it is", "that's that is", "there's there is", "here's here is", "what's what is"])
    .map((entry) => {
      const [word, ...spelled] = entry.split(' ');
      return [word!, spelled];
    }),
);
const SUFFIXES = { "n't": 'not', "'re": 'are', "'ve": 'have', "'ll": 'will', "'d": 'would', "'m": 'am' };

function expand(raw: string): string[] {
  const w = raw.toLowerCase().replace(/’/g, "'");
  const whole = WHOLE_WORDS[w];
  if (whole) return whole;
  for (const [suffix, word] of Object.entries(SUFFIXES)) {
    if (w.endsWith(suffix) && w.length > suffix.length) return [w.slice(0, -suffix.length), word];
  }
  return [w.endsWith("'s") ? w.slice(0, -2) : w]; // possessive: "Dana's" still names Dana
}

// A gap ends a sentence on "!", "?", a blank line, or a "." that is not glued to the next word
// (so "312.555.0100", "p.m" and an ellipsis do not).
function endsSentence(gap: string): boolean {
  return /[!?]|\.(?!$)|\n[^\S\n]*\n/.test(gap.replace(/\.{3,}|…/g, ' '));
}

function wordStream(text: string): WordStream {
  const words: Word[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (prevEnd >= 0 && endsSentence(text.slice(prevEnd, start))) {
      words.push({ norm: SENTENCE_END, start: prevEnd, end: prevEnd });
    }
    for (const norm of expand(m[0])) words.push({ norm, start, end });
    prevEnd = end;
  }
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  let pos = 0;
  words.forEach((w, i) => {
    startAt.set(pos, i);
    pos += w.norm.length;
    endAt.set(pos, i);
    pos += 1;
  });
  return { text: words.map((w) => w.norm).join(' '), words, startAt, endAt };
}

const wordRegex = (body: string, flags = '') => new RegExp(`(?<=^| )(?:${body})(?= |$)`, flags);
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const contains = (stream: WordStream, phrase: string) =>
  phrase !== '' && wordRegex(escapeRegex(phrase)).test(stream.text);

// ---- Weak phrases ----

type WeakRule = { phrases: string[]; why: string; suggestion: string; numberRedeems?: boolean };

// Rules are regexes over the normalised words ("i'm" → "i am", "’" → "'"), one space apart.
const any = (...alternatives: string[]) => `(?:${alternatives.join('|')})`;
const WHO = `(?:${any('i', 'we')} ${any('am ', 'are ', 'was ', 'were ')}?)?`;
const JUST = '(?:just )?';
// Lead-ins that turn a neutral verb ("check in", "follow up") into a reason-free call.
const WANTING = any('wanted', 'want', 'wanting', 'would like', 'would love', 'thought i would', 'calling');
const WANT = `${WHO}${JUST}${any(WANTING, 'writing', 'texting', 'trying')} ${JUST}to ${JUST}`;
const WONDER = `${WHO}${JUST}(?:was )?wondering `;
const IF = any('if', 'whether');
const NEED_ANYTHING = `${any('need', 'needed', 'might need')} anything(?: else)?`;
const ABOUT = `(?: with you)?(?: ${any('on', 'about')})?`;
const ME = any('me', 'us');
const GIVE_YOU = `${any(`${WHO}${JUST}thought i would `, WANT)}${any('give', 'giving')} you `;
const COURTESY = `(?:${GIVE_YOU})?(?:this is )?`;
// "The reason I'm reaching out is …" carries its reason.
const NOT_AFTER_REASON = `(?<!reason )${WHO}${JUST}(?<!reason (?:${any('i', 'we')} ${any('am ', 'are ')}?)?)`;
const CALL_ME = any(
  `${any('give', 'shoot')} ${ME} a ${any('call', 'ring', 'shout')}`,
  `${any('call', 'text', 'ring')} ${ME}`,
);
const YOU_CAN = any(
  'can',
  'get a chance',
  'get this',
  'are ready',
  `have a ${any('minute', 'moment', 'chance')}`,
);
const WHEN_YOU_CAN = `(?: ${any('when', 'whenever')} you ${YOU_CAN})?`;
const PLEASE = `${any('please ', 'just ', 'so ')}?`;
// "Our finance manager let me know that rates dropped" reports news; it asks nothing of the prospect.
const NOT_REPORTED = `(?<!${any('has', 'have', 'had', 'who', 'which')} ${JUST})`;
const HEAR_FROM = any('wait', 'waiting', 'hope', 'hoping', 'look forward', 'looking forward');

const NO_VALUE = 'gives the prospect no reason to call back';
const ON_THEM = 'puts the next step on the prospect';
const LEAD_WITH_VALUE =
  'Lead with value: "The reason I\'m calling is …" and name the new product, price, policy or answer.';
const OWN_NEXT_STEP =
  'Own the next step: "I\'ll call you Thursday at 6." ' +
  'If they should call, give the number: "call me back at 312-555-0100."';
const noValue = (...phrases: string[]): WeakRule => ({ phrases, why: NO_VALUE, suggestion: LEAD_WITH_VALUE });
const onThem = (...phrases: string[]): WeakRule => ({ phrases, why: ON_THEM, suggestion: OWN_NEXT_STEP });

const WEAK_RULES: WeakRule[] = [
  // "checking in at the service desk" is a place, not a pitch.
  noValue(`${WHO}${JUST}checking in(?! at(?: |$))`, `${WANT}check in`),
  noValue(`${any(WANT, `${WHO}${JUST}`)}${any('touch', 'touching', 'touched')} base`),
  noValue(`${COURTESY}${JUST}(?:a )?courtesy ${any('call', 'text', 'email', 'message')}`),
  // "I'll be following up Thursday" owns the next step, so it stays.
  noValue(
    `${any(WANT, `(?<=is )to ${JUST}`)}follow up${ABOUT}`,
    `${WHO}${JUST}(?<!will be )following up${ABOUT}`,
  ),
  noValue(
    `${NOT_AFTER_REASON}reaching out(?: to you)?`,
    `${any('feel free to ', 'do not hesitate to ', 'please ', 'just ')}reach out`,
  ),
  noValue(`${WHO}just calling to ${any('see', 'check', 'say hi')}`),
  {
    phrases: [
      `${any(WANT, WONDER)}?see ${IF} ${any(`you ${NEED_ANYTHING}`, 'there is anything(?: else)?')}`,
      `(?:${WONDER})?${IF} you (?:ever )?${NEED_ANYTHING}`,
    ],
    why: 'asks the prospect to think of a reason for you',
    suggestion:
      'Name what they need: tie the message to the product they looked at or the pain they told you about.',
  },
  // "Call me back at 312-555-0100" is the action a voicemail needs: see redeemedByNumber.
  {
    ...onThem(`${PLEASE}${any('feel free to ', 'do not hesitate to ')}?${CALL_ME}(?: back)?${WHEN_YOU_CAN}`),
    numberRedeems: true,
  },
  {
    ...onThem(`${NOT_REPORTED}${PLEASE}let ${ME} know(?! that)(?: ${any(IF, 'what', 'when', 'how')})?`),
    suggestion: 'Own the next step: "I\'ll call you Thursday at 6 to hear what you think."',
  },
  onThem(
    `(?:${WHO}(?:will )?)?${HEAR_FROM} to hear(?:ing)? (?:back )?from you`,
    `what did ${any('you', 'ya')} decide`,
  ),
];

const COMPILED = WEAK_RULES.map((rule) => ({ ...rule, pattern: wordRegex(any(...rule.phrases), 'g') }));

const DAY_OR_TIME = new RegExp(
  [
    String.raw`\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|noon)\b`,
    String.raw`\b(?:next week|o['’]clock)\b`,
    String.raw`\bthis (?:morning|afternoon|evening|week(?:end)?)\b`,
    String.raw`\b(?:at|by|before|after|around) \d{1,2}(?::\d{2})?\b`,
    String.raw`\b\d{1,2}(?::\d{2})? ?[ap]\.?m\b`,
  ].join('|'),
  'i',
);

const namesNumberOrTime = (s: string) => phoneSpans(s).length > 0 || DAY_OR_TIME.test(s);

// "Call me back at 312-555-0100" is the one clear action a voicemail needs; a bare "call me" is not.
function redeemedByNumber(stream: WordStream, lastWord: number, originalEnd: number, text: string): boolean {
  let i = lastWord + 1;
  while (i < stream.words.length && stream.words[i]!.norm !== SENTENCE_END) i += 1;
  const sentenceEnd = i < stream.words.length ? stream.words[i]!.start : text.length;
  return namesNumberOrTime(text.slice(originalEnd, sentenceEnd));
}

function weakPhrases(text: string, stream: WordStream): LintFinding[] {
  const found: LintFinding[] = [];
  for (const rule of COMPILED) {
    for (const m of stream.text.matchAll(rule.pattern)) {
      const first = stream.startAt.get(m.index)!;
      const last = stream.endAt.get(m.index + m[0].length)!;
      const start = stream.words[first]!.start;
      const end = stream.words[last]!.end;
      if (rule.numberRedeems && redeemedByNumber(stream, last, end, text)) continue;
      const phrase = text.slice(start, end);
      const message = `"${phrase}" ${rule.why}.`;
      found.push({ kind: 'weak_phrase', message, start, end, phrase, suggestion: rule.suggestion });
    }
  }
  // Overlapping rules ("just wanted to follow up" vs "follow up"): keep the longest span.
  found.sort((a, b) => b.end! - b.start! - (a.end! - a.start!) || a.start! - b.start!);
  const kept: LintFinding[] = [];
  for (const f of found) {
    if (kept.every((k) => f.end! <= k.start! || f.start! >= k.end!)) kept.push(f);
  }
  return kept.sort((a, b) => a.start! - b.start!);
}

// ---- Reasons, action, prospect ----

const REASON_OPENER = wordRegex(
  any(
    `reason (?:${any('i', 'we')} ${any('am', 'are')} )?${any('calling', 'writing', 'texting', 'emailing')}`,
    `reason (?:${any('i', 'we')} ${any('am', 'are')} )?reaching out`,
    `reason for ${any('my', 'this', 'our')} ${any('call', 'text', 'email', 'message', 'note')}`,
  ),
);
const OWNED_CALL = wordRegex(
  '(?:i|we) will (?:(?:give you a )?(?:call|ring|text|email|try)|stop by|swing by|come by)',
);
const STOPWORDS = new Set(
  [
    'about also been came come does each even from have here into just like made make many more most',
    'much must need only over said same some such than that them then there these they this those very',
    'want were what when where which will with would your yours call calling reason week today store',
  ]
    .join(' ')
    .split(' '),
);

// Crude stemming so "lowered"/"lower" and "financing"/"finance" count as the same key word.
const stem = (w: string) => w.replace(/(?:ing|ed|es|s|e|ly)$/, '') || w;

function mentionsReason(stream: WordStream, reasonText: string): boolean {
  const reason = wordStream(reasonText);
  if (contains(stream, reason.text)) return true;
  const keys = [
    ...new Set(reason.words.map((w) => w.norm).filter((w) => w.length >= 4 && !STOPWORDS.has(w))),
  ].map(stem);
  if (keys.length === 0) return false;
  const have = new Set(stream.words.map((w) => stem(w.norm)));
  return keys.filter((k) => have.has(k)).length >= Math.min(2, keys.length);
}

export function lintMessage(text: string, ctx: LintContext): LintFinding[] {
  const stream = wordStream(text);
  const findings = weakPhrases(text, stream);
  const name = wordStream(ctx.prospectFirstName.trim()).text;
  if (name && !contains(stream, name)) {
    findings.push({
      kind: 'no_prospect',
      message: `The message never uses ${ctx.prospectFirstName.trim()}'s name.`,
      suggestion: `Open with their name: "Hi ${ctx.prospectFirstName.trim()}, …"`,
    });
  }
  const reasons = ctx.reasonTexts.map((r) => r.trim()).filter(Boolean);
  if (!REASON_OPENER.test(stream.text) && !reasons.some((r) => mentionsReason(stream, r))) {
    findings.push({
      kind: 'no_reason',
      message: 'The message gives no reason to call back.',
      suggestion: 'Say "The reason I\'m calling is …" with one of the reasons you picked.',
    });
  }
  if (ctx.kind !== 'email' && !namesNumberOrTime(text) && !OWNED_CALL.test(stream.text)) {
    findings.push({
      kind: 'no_action',
      message: 'The message ends without one clear action.',
      suggestion: 'Give your callback number, or own the next step: "I\'ll call you Thursday at 6."',
    });
  }
  findings.push(...lengthFindings(text, ctx.kind));
  if (reasons.length > MAX_REASONS) {
    findings.push({
      kind: 'too_many_reasons',
      message: `${reasons.length} reasons: a message carries ${MAX_REASONS} at most.`,
      suggestion: 'Keep the strongest one to three; save the rest for the next call.',
    });
  }
  return findings;
}

function lengthFindings(text: string, kind: MessageKind): LintFinding[] {
  const tooLong = (message: string, suggestion: string): LintFinding[] => [
    { kind: 'too_long', message, suggestion },
  ];
  const { seconds } = spokenEstimate(text);
  if (kind === 'voicemail' && seconds > VOICEMAIL_MAX_SECONDS) {
    return tooLong(
      `About ${Math.round(seconds)} seconds spoken; aim for ${VOICEMAIL_TARGET_SECONDS}, like a radio ad.`,
      'Cut to one to three reasons and one clear action.',
    );
  }
  const chars = text.trim().length;
  if (kind === 'text' && chars > TEXT_MAX_CHARS) {
    return tooLong(
      `${chars} characters; a text should fit in ${TEXT_MAX_CHARS}.`,
      'Keep one reason and the action; the call carries the rest.',
    );
  }
  return [];
}
