// Drafts of a walkout follow-up in the seeds' shape: their name, who is calling, "The reason I'm
// calling is …" with one to three reasons, what they looked at, one clear action, and the next step owned.
import type { Objection } from '../vocab';
import { MAX_REASONS, type MessageKind, TEXT_MAX_CHARS } from './lint';
import { spokenEstimate, VOICEMAIL_MAX_SECONDS } from './spoken';

export type MessageStory = {
  prospectFirstName: string;
  prospectLastName: string;
  product: string;
  category: string;
  objection: Objection;
  painPoints: string;
  personalDetails: string;
  nextStepText: string;
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

// Reason-bank entries are sentences; these openers read wrong capitalised mid-sentence.
const LOWERCASE_OPENERS = new Set(
  (
    'a an all every he her his it its my new no not our she some the their there these they this those ' +
    'we you your'
  ).split(' '),
);

/** Trimmed, single-spaced, without trailing punctuation; safe for missing values. */
function tidy(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?]+$/, '');
}

function asClause(s: string | null | undefined, always = false): string {
  const t = tidy(s);
  const firstWord = t.split(' ')[0] ?? '';
  const acronym = /^\p{Lu}{2}/u.test(firstWord) || firstWord === 'I' || /^I['’]/.test(firstWord);
  const lower = always ? !acronym : LOWERCASE_OPENERS.has(firstWord.toLowerCase());
  return lower ? t.charAt(0).toLowerCase() + t.slice(1) : t;
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
    .map((r) => asClause(r.text))
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

function introduction(story: MessageStory, sender: MessageSender): string {
  const first = tidy(story.prospectFirstName);
  const name = tidy(sender.name);
  const store = tidy(sender.storeName);
  const who = name && store ? `${name} at ${store}` : name || store;
  if (!who) return first ? `Hi ${first}.` : 'Hi.';
  return `${first ? `Hi ${first}` : 'Hi'}, it's ${who}.`;
}

function tie({ story, thingSaid }: Parts): string {
  const thing = thingSaid ? '' : thingLookedAt(story);
  const pain = asClause(story.painPoints, true);
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
  return firstThatFits(
    [
      sentences(hello, reasonSentences(clauses, 'calling'), tie(p), action),
      sentences(hello, reasonSentences(clauses, 'calling'), action),
      sentences(hello, reasonSentences(clauses.slice(0, 1), 'calling'), action),
    ],
    (draft) => spokenEstimate(draft).seconds <= VOICEMAIL_MAX_SECONDS,
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
  const personal = asClause(story.personalDetails, true);
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
    sentences(tie(p), personal ? `I remember you mentioned ${personal}.` : ''),
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
