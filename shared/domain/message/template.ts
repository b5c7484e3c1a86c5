// Drafts of a walkout follow-up in the seeds' shape: their name, who is calling, "The reason I'm
// calling is …" with one to three reasons, what they looked at, one clear action, and the next step owned.
import type { Objection } from '../vocab';
import { MAX_REASONS, type MessageKind, TEXT_MAX_CHARS } from './lint';
import { spokenEstimate, VOICEMAIL_TARGET_SECONDS } from './spoken';

export type MessageStory = {
  prospectFirstName: string;
  prospectLastName: string;
  product: string;
  category: string;
  objection: Objection;
  painPoints: string;
  personalDetails: string;
  nextStepText: string;
  /** When they were in, to follow "you were in" ("yesterday", "on Tuesday"); see visitDayWords. */
  visitDay?: string;
};
export type MessageReason = { text: string };
export type MessageSender = { name: string; storeName: string; callbackNumber: string };
export type NextCall = { label: string };

// Used when no reason was picked, so the draft still opens with value the rep can edit.
const OBJECTION_REASONS: Record<Objection, (thing: string) => string> = {
  price: (thing) => `I have a price option on ${thing} we didn't get to cover`,
  financing: (thing) => `I found a payment option for ${thing} we didn't get to cover`,
  spouse_partner: (thing) => `I'd like to set up a time for you both to see ${thing} together`,
  wants_to_think: (thing) => `I have answers to the questions you were weighing about ${thing}`,
  comparing: (thing) =>
    `I put together a side-by-side comparison of ${thing} with the others you're looking at`,
  timing: (thing) => `I have an update on ${thing} that may change your timing`,
  product_fit: (thing) => `I found an option close to ${thing} that fits what you described better`,
  other: (thing) => `I have news about ${thing}`,
};

// Reason-bank entries are sentences written to stand alone ("Used truck values are at a three-year
// high"); after "The reason I'm calling is" their first word reads lowered unless it is a name. Names are
// told by shape ("I", "HEPA", "EV", "F-150", "iPhone") or by appearing in the product or store name;
// otherwise these ordinary openers, and words ending -ed/-ing/-ly ("Starting Monday"), are lowered,
// while any other capitalised word is kept: lowering a brand ("kirby") is worse than keeping "Fresh".
const LOWERCASE_OPENERS = new Set(
  (
    'a all an any as at both certified each every for free from he her his in it its just last limited ' +
    'more most my new next no not now on only our she since some special starting summer that the their ' +
    'there these they this those through today tomorrow tonight until used we winter spring fall autumn ' +
    'holiday year you your'
  ).split(' '),
);

/** Trimmed, single-spaced, without trailing punctuation; safe for missing values. */
function tidy(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?]+$/, '');
}

function isNameShaped(word: string): boolean {
  return word === 'I' || /^I['’]/.test(word) || /\p{Lu}.*\p{Lu}|\d|^\p{Ll}+\p{Lu}/u.test(word);
}

/** A sentence made to follow "is …": its opener lowered unless the opener is a name (see above). */
function asClause(s: string | null | undefined, names: ReadonlySet<string> = new Set()): string {
  const t = tidy(s);
  const firstWord = t.split(' ')[0] ?? '';
  // "Year-end event" is judged by "year"; "I'm" and "F-150" by their shape.
  const head = (firstWord.split(/[-–]/)[0] ?? '').replace(/[^\p{L}\p{N}'’]/gu, '');
  if (isNameShaped(head) || isNameShaped(firstWord)) return t;
  const word = head.toLowerCase();
  const lower =
    LOWERCASE_OPENERS.has(word) || (!names.has(head) && /^\p{Lu}\p{Ll}+(?:ed|ing|ly)$/u.test(head));
  const clause = lower ? t.charAt(0).toLowerCase() + t.slice(1) : t;
  // A headline ("Year-end event: 0.9% APR …") after "is" needs its article: "is our year-end event: …".
  const headline = /^([^:,]+):\s/.exec(clause)?.[1];
  const nounHead = !DETERMINERS.has(word) && !/(?:ed|ing|ly)$/.test(word);
  if (lower && headline && headline.split(' ').length <= 3 && nounHead) return `our ${clause}`;
  return clause;
}

const DETERMINERS = new Set(
  'a an all any each every her his its my no our some that the their these this those your'.split(' '),
);

/** A story's own phrase (pain points, personal details) mid-sentence: lowered unless name-shaped. */
function asPhrase(s: string | null | undefined): string {
  const t = tidy(s);
  const firstWord = t.split(' ')[0] ?? '';
  return isNameShaped(firstWord) ? t : t.charAt(0).toLowerCase() + t.slice(1);
}

/** Capitalised words of the product and store names: a reason opening with one keeps its capital. */
function namesOf(story: MessageStory, sender: MessageSender): Set<string> {
  const words = `${story.product} ${sender.storeName}`.split(/[^\p{L}\p{N}'’]+/u);
  return new Set(words.filter((w) => /^\p{Lu}/u.test(w)));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentences = (...parts: string[]) => parts.filter(Boolean).join(' ');

function thingLookedAt(story: MessageStory): string {
  const thing = tidy(story.product) || tidy(story.category);
  if (!thing) return '';
  return /^(?:the|a|an|your|this|that)\s/i.test(thing) ? thing : `the ${thing}`;
}

// What every kind of draft is built from.
type Parts = {
  story: MessageStory;
  clauses: string[];
  sender: MessageSender;
  next: string;
  thingSaid: boolean;
};

function parts(
  story: MessageStory,
  reasons: readonly MessageReason[],
  sender: MessageSender,
  nextCall: NextCall | null,
): Parts {
  const next = tidy(nextCall?.label);
  const picked = reasons
    .map((r) => asClause(r.text, namesOf(story, sender)))
    .filter(Boolean)
    .slice(0, MAX_REASONS);
  if (picked.length > 0) return { story, clauses: picked, sender, next, thingSaid: false };
  const fallback = (OBJECTION_REASONS[story.objection] ?? OBJECTION_REASONS.other)(
    thingLookedAt(story) || 'what you looked at',
  );
  return { story, clauses: [fallback], sender, next, thingSaid: true };
}

function reasonSentences(clauses: string[], verb: 'calling' | 'texting' | 'writing'): string {
  const [first, second, third] = clauses;
  const opener = `The reason I'm ${verb} is ${first}.`;
  if (!second) return opener;
  return `${opener} Also, ${second}${third ? `, and ${third}` : ''}.`;
}

function introduction(story: MessageStory, sender: MessageSender, short = false): string {
  const first = tidy(story.prospectFirstName);
  // Short: the caller's first name only, for a voicemail that must lose a word or two to fit.
  const name = short ? (tidy(sender.name).split(' ')[0] ?? '') : tidy(sender.name);
  const store = tidy(sender.storeName);
  const who = name && store ? `${name} at ${store}` : name || store;
  if (!who) return first ? `Hi ${first}.` : 'Hi.';
  return `${first ? `Hi ${first}` : 'Hi'}, it's ${who}.`;
}

function seenThem(story: MessageStory): string {
  const visit = tidy(story.visitDay);
  return visit ? `It was good to see you ${visit}.` : '';
}

function tie({ story, thingSaid }: Parts): string {
  const thing = thingSaid ? '' : thingLookedAt(story);
  const pain = asPhrase(story.painPoints);
  const about = pain ? `what you told me about ${pain}` : '';
  if (thing && about) return `I thought of you and ${thing} right away, and ${about}.`;
  if (thing) return `I thought of you and ${thing} right away.`;
  return about ? `I thought of ${about}.` : '';
}

// Drafts richest first; the first that fits is used, so a long story never makes a long message.
function firstThatFits(drafts: string[], fits: (draft: string) => boolean): string {
  return drafts.find(fits) ?? drafts[drafts.length - 1]!;
}

function voicemail(p: Parts): string {
  const { story, clauses, sender, next } = p;
  const number = tidy(sender.callbackNumber);
  const action =
    number && next
      ? `Call me back at ${number}, or I'll call you ${next}.`
      : number
        ? `Call me back at ${number}.`
        : `I'll call you ${next || 'again soon'}.`;
  const hello = introduction(story, sender);
  const brief = introduction(story, sender, true);
  const one = reasonSentences(clauses.slice(0, 1), 'calling');
  // Richest first; then the extras go (the visit, the tie, more reasons, the caller's surname), and
  // last the promised call, because the callback number is the one action a voicemail must keep.
  return firstThatFits(
    [
      sentences(hello, seenThem(story), reasonSentences(clauses, 'calling'), tie(p), action),
      sentences(hello, reasonSentences(clauses, 'calling'), tie(p), action),
      sentences(hello, reasonSentences(clauses, 'calling'), action),
      sentences(hello, one, action),
      sentences(brief, one, action),
      sentences(brief, one, number ? `Call me back at ${number}.` : action),
    ],
    (draft) => spokenEstimate(draft).seconds <= VOICEMAIL_TARGET_SECONDS,
  );
}

function text(p: Parts): string {
  const { story, clauses, sender, next } = p;
  const number = tidy(sender.callbackNumber);
  const action =
    number && next
      ? `I'll call you ${next}, or reach me sooner at ${number}.`
      : number
        ? `Reply here or call ${number}.`
        : `I'll call you ${next || 'back as soon as you reply'}.`;
  const hello = introduction(story, sender);
  const thing = p.thingSaid ? '' : thingLookedAt(story);
  const thought = thing ? `Thought of you and ${thing}.` : '';
  const first = tidy(story.prospectFirstName);
  return firstThatFits(
    [
      sentences(hello, reasonSentences(clauses, 'texting'), thought, action),
      sentences(hello, reasonSentences(clauses, 'texting'), action),
      sentences(hello, reasonSentences(clauses.slice(0, 1), 'texting'), action),
      sentences(first ? `Hi ${first}.` : '', reasonSentences(clauses.slice(0, 1), 'texting'), action),
    ],
    (draft) => draft.length <= TEXT_MAX_CHARS,
  );
}

function email(p: Parts): string {
  const { story, clauses, sender, next } = p;
  const first = tidy(story.prospectFirstName);
  const number = tidy(sender.callbackNumber);
  const subject = first ? `${first}, ${clauses[0]}` : capitalise(clauses[0]!);
  const personal = asPhrase(story.personalDetails);
  const action =
    number && next
      ? `I'll call you ${next} to go over it, or you can reach me sooner at ${number}.`
      : number
        ? `You can reach me directly at ${number}.`
        : `I'll call you ${next ? `${next} to go over it` : 'back as soon as you reply'}.`;
  const signature = [tidy(sender.name), tidy(sender.storeName), number].filter(Boolean).join('\n');
  const body = [
    first ? `Hi ${first},` : 'Hi,',
    reasonSentences(clauses, 'writing'),
    sentences(seenThem(story), tie(p), personal ? `I remember you mentioned ${personal}.` : ''),
    action,
    signature,
  ];
  return `Subject: ${shorten(subject, 70)}\n\n${body.filter(Boolean).join('\n\n')}`;
}

function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const wordEnd = cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length;
  return `${cut.slice(0, wordEnd).replace(/[\s,;:]+$/, '')}…`;
}

/** "The reason I'm calling is …": the sentence a call opens with, as the drafts word it. */
export function reasonToCall(
  story: MessageStory,
  reasons: readonly MessageReason[],
  sender: MessageSender,
): string {
  return reasonSentences(parts(story, reasons, sender, null).clauses, 'calling');
}

export function fillTemplate(
  kind: MessageKind,
  story: MessageStory,
  reasons: readonly MessageReason[],
  sender: MessageSender,
  nextCall: NextCall | null,
): string {
  const p = parts(story, reasons, sender, nextCall);
  const draft = kind === 'voicemail' ? voicemail(p) : kind === 'text' ? text(p) : email(p);
  return draft.replace(/[^\S\n]{2,}/g, ' ');
}
