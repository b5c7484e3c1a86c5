// Pins which follow-up wording the composer flags, where the highlight falls, and what it leaves alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type LintContext,
  type LintKind,
  lintMessage,
  type MessageKind,
  TEXT_MAX_CHARS,
} from '../../shared/domain/message/lint';

// An email with no name or reasons to check, so only weak phrases can fire.
const BARE: LintContext = { prospectFirstName: '', reasonTexts: [], kind: 'email' };
const weak = (text: string) => lintMessage(text, BARE).filter((f) => f.kind === 'weak_phrase');
const kinds = (text: string, ctx: LintContext): LintKind[] => lintMessage(text, ctx).map((f) => f.kind);

describe('weak phrases are flagged with the span of the original text', () => {
  it.each<[string, string]>([
    ['Just checking in!', 'Just checking in'],
    ["Hi Dana, I'm just checking in.", "I'm just checking in"],
    ['I am just checking in on the sofa.', 'I am just checking in'],
    ['Hi, just wanted to check in about the sofa.', 'just wanted to check in'],
    ['I just want to check in with you.', 'I just want to check in'],
    ["I'd like to check in about the quote.", "I'd like to check in"],
    ['Just wanna check in.', 'Just wanna check in'],
    ['Im just checking in.', 'Im just checking in'],
    ['JUST CHECKING IN', 'JUST CHECKING IN'],
    ['👋 Just checking in', 'Just checking in'],
    ['Hi Dana, I’m just checking in.', 'I’m just checking in'],
    ['Hi Dana,\njust\nchecking\n  in on the quote', 'just\nchecking\n  in'],
    ['Just... checking in', 'Just... checking in'],
    ['Just — checking   in.', 'Just — checking   in'],
    ['Wanted to touch base with you today.', 'Wanted to touch base'],
    ['Touch base soon?', 'Touch base'],
    ['Just touching base on the sofa.', 'Just touching base'],
    ["Thought I'd give you a courtesy call.", "Thought I'd give you a courtesy call"],
    ['This is just a courtesy call.', 'This is just a courtesy call'],
    ['Just a courtesy call from Lakeside.', 'Just a courtesy call'],
    ['Just following up!', 'Just following up'],
    ["I'm following up on the quote.", "I'm following up on"],
    ['I’m calling to follow up on the quote.', 'I’m calling to follow up on'],
    ['I am calling to follow up.', 'I am calling to follow up'],
    ['I wanted to follow up with you about the sofa.', 'I wanted to follow up with you about'],
    ['Hi Dana, just wanted to follow-up.', 'just wanted to follow-up'],
    ["The reason I'm calling is to follow up on your visit.", 'to follow up on'],
    ['Call me!', 'Call me'],
    ['Please call me back when you can.', 'Please call me back when you can'],
    ['Call me when you get a chance.', 'Call me when you get a chance'],
    ['Give me a call.', 'Give me a call'],
    ['Give me a call back when you get a chance.', 'Give me a call back when you get a chance'],
    ['Call me back. I am at the store until 6.', 'Call me back'],
    ['Feel free to call me.', 'Feel free to call me'],
    ['Let me know.', 'Let me know'],
    ['Let me know if you have questions.', 'Let me know if'],
    ['Just let us know what works.', 'Just let us know what'],
    ['Wondering if you needed anything?', 'Wondering if you needed anything'],
    ['I wanted to see if you needed anything.', 'I wanted to see if you needed anything'],
    ['I’m here if you need anything else.', 'if you need anything else'],
    ["Just calling to see if there's anything on your desk.", "Just calling to see if there's anything"],
    ['Just reaching out about the sofa.', 'Just reaching out'],
    ["I'm reaching out to you about the quote.", "I'm reaching out to you"],
    ["Don't hesitate to reach out.", "Don't hesitate to reach out"],
    ["Just calling to see how you're doing.", 'Just calling to see'],
    ["I'll wait to hear from you.", "I'll wait to hear from you"],
    ['Hope to hear from you soon.', 'Hope to hear from you'],
    ['What did ya decide?', 'What did ya decide'],
  ])('%j → %j', (text, phrase) => {
    const found = weak(text);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.phrase).toBe(phrase);
    expect(text.slice(f.start, f.end)).toBe(phrase);
    expect(f.message).toContain(phrase);
    expect(f.suggestion).toBeTruthy();
  });

  it.each([
    "The reason I'm calling is we just lowered the minimum order.",
    "I'll call you Thursday at 6.",
    'I will call you tomorrow evening.',
    'Call me back at 312-555-0100.',
    'Call me back at 312.555.0100 and ask for Sam.',
    'Call me at 555-0100 before Friday.',
    'Give me a call at (312) 555-0100.',
    'Call me Thursday after 5 pm.',
    'Call me at 6 p.m. Thursday.',
    'You can reach me directly at 312-555-0100.',
    'We should check the engine mount.',
    'The touchscreen base model starts at $32,000.',
    'I mailed you a letter with the numbers.',
    'Our finance manager let me know that rates dropped.',
    "I'll give you a quick check-in call this evening.",
    'Bring it by for a check-in at the service desk.',
    "You're checking in at the service desk Tuesday.",
    'I will follow up Thursday at 6 with the numbers.',
    "I'll be following up Thursday with the trade-in numbers.",
    'Your follow-up service visit is free.',
    "The reason I'm reaching out is the new 2025 models arrived.",
    'The reason for my call: financing is now 0% through March.',
    'The courtesy vehicle is ready.',
    "Let's set a time to look at it together.",
    "If there's anything wrong with it, we fix it free.",
    'I know you need a bigger cargo area.',
    'Following the price change, the Avalir costs $200 less.',
    'Mike Kincaid asked me to give you a call.',
  ])('leaves %j alone', (text) => {
    expect(weak(text)).toEqual([]);
  });

  it('reports several weak phrases in text order, one finding per phrase', () => {
    const text = "Hey, it's Ed. Just following up! What did ya decide? Call me! I'm here all day.";
    expect(weak(text).map((f) => f.phrase)).toEqual(['Just following up', 'What did ya decide', 'Call me']);
  });

  it('never throws and always points into the original text', () => {
    const pieces = fc.constantFrom(
      ' ',
      '\n',
      '.',
      '!',
      '’',
      "'",
      '…',
      '-',
      'just',
      'checking',
      'in',
      'call',
      'me',
      'I',
      'm',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const f of lintMessage(text, {
          prospectFirstName: 'Dana',
          reasonTexts: [text],
          kind: 'voicemail',
        })) {
          if (f.kind !== 'weak_phrase') continue;
          expect(0 <= f.start! && f.start! < f.end! && f.end! <= text.length).toBe(true);
          expect(text.slice(f.start, f.end)).toBe(f.phrase);
        }
      }),
    );
  });

  it('suggests value for reason-free openers and an owned next step for burden phrases', () => {
    expect(weak('Just checking in.')[0]!.suggestion).toContain("The reason I'm calling is");
    expect(weak('Call me.')[0]!.suggestion).toContain("I'll call you Thursday at 6");
    expect(weak('Let me know.')[0]!.suggestion).toContain("I'll call you");
  });
});

describe('message-level findings', () => {
  const ctx = (over: Partial<LintContext>): LintContext => ({ ...BARE, ...over });

  it.each<[string, string, boolean]>([
    ['Hi Dana, the minimum order dropped.', 'Dana', false],
    ['hi dana', 'Dana', false],
    ["Dana's sofa is ready.", 'Dana', false],
    ['Hi Mary-Kate, good news.', 'Mary Kate', false],
    ['Hola José, buenas noticias.', 'José', false],
    ['Hi Danae, good news.', 'Dana', true],
    ['Hi there, good news.', 'Dana', true],
    ['Hi there, good news.', '  ', false],
  ])('no_prospect: %j for %j → %s', (text, name, expected) => {
    expect(kinds(text, ctx({ prospectFirstName: name })).includes('no_prospect')).toBe(expected);
  });

  it.each<[string, string[], boolean]>([
    ['The minimum order dropped to $500.', ['We just lowered the minimum order to $500'], false],
    ['We lower minimums this week.', ['We lowered the minimum order'], false],
    ['Our financing runs through March.', ['New 0% financing through March'], false],
    ['Good news: the new HEPA kit arrived.', ['The new HEPA kit arrived'], false],
    ["The reason I'm calling is something new.", [], false],
    ['The reason I am texting: a new model.', ['Unrelated'], false],
    ['Our order desk is open late.', ['We lowered the minimum order'], true],
    ['Hi, call me at 312-555-0100.', ['We lowered the minimum order'], true],
    ['Hi, call me at 312-555-0100.', [], true],
  ])('no_reason: %j with %j → %s', (text, reasonTexts, expected) => {
    expect(kinds(text, ctx({ reasonTexts })).includes('no_reason')).toBe(expected);
  });

  it.each<[MessageKind, string, boolean]>([
    ['voicemail', "The reason I'm calling is the new HEPA kit.", true],
    ['voicemail', "The reason I'm calling is the new HEPA kit. Call me back.", true],
    ['voicemail', "The reason I'm calling is the new HEPA kit. Call me back at 312-555-0100.", false],
    ['voicemail', "The reason I'm calling is the new HEPA kit. I'll call you again.", false],
    ['voicemail', "The reason I'm calling is the new HEPA kit. I'll stop by Thursday.", false],
    ['text', 'The new HEPA kit arrived.', true],
    ['text', 'The new HEPA kit arrived. Reply here or call 555-0100.', false],
    ['text', 'The new HEPA kit arrived; it is on the shelf tonight.', false],
    ['email', 'The new HEPA kit arrived.', false],
  ])('no_action: %s %j → %s', (kind, text, expected) => {
    expect(kinds(text, ctx({ kind })).includes('no_action')).toBe(expected);
  });

  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
  it.each<[MessageKind, string, boolean]>([
    ['voicemail', `${words(75)} 312-555-0100`, true], // 85 spoken words, 34 s
    ['voicemail', words(75), false], // exactly 30 s
    ['voicemail', words(76), true],
    ['text', 'x'.repeat(TEXT_MAX_CHARS), false],
    ['text', 'x'.repeat(TEXT_MAX_CHARS + 1), true],
    ['email', words(400), false],
  ])('too_long: %s → %s', (kind, text, expected) => {
    expect(kinds(text, ctx({ kind })).includes('too_long')).toBe(expected);
  });

  it.each<[string[], boolean]>([
    [['a', 'b', 'c'], false],
    [['a', 'b', 'c', ' '], false],
    [['a', 'b', 'c', 'd'], true],
  ])('too_many_reasons: %j → %s', (reasonTexts, expected) => {
    expect(kinds("The reason I'm calling is a.", ctx({ reasonTexts })).includes('too_many_reasons')).toBe(
      expected,
    );
  });

  it('finds nothing in a strong voicemail', () => {
    const text =
      "Hi Dana, it's Sam at Lakeside Vacuum. The reason I'm calling is we just lowered the minimum order. " +
      "Call me back at 312-555-0100, or I'll call you Thursday at 6.";
    const found = lintMessage(text, {
      prospectFirstName: 'Dana',
      reasonTexts: ['We just lowered the minimum order'],
      kind: 'voicemail',
    });
    expect(found).toEqual([]);
  });

  it("finds everything in the seeds' weak voicemail", () => {
    const text = "Hey, it's Ed. Just following up! What did ya decide? Call me! I'm here all day.";
    const found = kinds(text, {
      prospectFirstName: 'Dana',
      reasonTexts: ['New HEPA kit'],
      kind: 'voicemail',
    });
    expect(found).toEqual([
      'weak_phrase',
      'weak_phrase',
      'weak_phrase',
      'no_prospect',
      'no_reason',
      'no_action',
    ]);
  });
});
