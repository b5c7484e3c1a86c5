// Pins the composer's drafts (shape, length, lint-clean) and the spoken-length estimate they are measured by.
import { describe, expect, it } from 'vitest';
import { lintMessage, type MessageKind, TEXT_MAX_CHARS } from '../../shared/domain/message/lint';
import {
  spokenEstimate,
  VOICEMAIL_TARGET_SECONDS,
  WORDS_PER_MINUTE,
  WORDS_PER_SECOND,
} from '../../shared/domain/message/spoken';
import {
  fillTemplate,
  type MessageReason,
  type MessageSender,
  type MessageStory,
  type NextCall,
} from '../../shared/domain/message/template';
import { OBJECTIONS } from '../../shared/domain/vocab';

const STORY: MessageStory = {
  prospectFirstName: 'Dana',
  prospectLastName: 'Reyes',
  product: 'Kirby Avalir 2',
  category: 'Vacuums',
  objection: 'price',
  painPoints: 'Dog hair on the stairs',
  personalDetails: 'two labs and a toddler',
  nextStepText: 'call Thursday evening',
};
const EMPTY_STORY: MessageStory = {
  prospectFirstName: '',
  prospectLastName: '',
  product: '',
  category: '',
  objection: 'other',
  painPoints: '',
  personalDetails: '',
  nextStepText: '',
};
const SENDER: MessageSender = {
  name: 'Sam Ortiz',
  storeName: 'Lakeside Vacuum',
  callbackNumber: '312-555-0100',
};
const NO_SENDER: MessageSender = { name: '', storeName: '', callbackNumber: '' };
const REASONS: MessageReason[] = [
  { text: 'We just lowered the minimum order to $500.' },
  { text: 'The new HEPA filter kit arrived' },
  { text: 'Our 0% financing runs through March' },
];
const THURSDAY: NextCall = { label: 'Thursday at 6' };
const KINDS: MessageKind[] = ['voicemail', 'text', 'email'];

const lint = (kind: MessageKind, text: string, story = STORY, reasons = REASONS) =>
  lintMessage(text, {
    prospectFirstName: story.prospectFirstName,
    reasonTexts: reasons.map((r) => r.text),
    kind,
  });

describe('fillTemplate', () => {
  it('writes a voicemail in 20 s: name, who, the reason, one action, the next step owned', () => {
    const draft = fillTemplate('voicemail', STORY, REASONS.slice(0, 1), SENDER, THURSDAY);
    expect(draft).toBe(
      "Hi Dana, it's Sam Ortiz at Lakeside Vacuum. " +
        "The reason I'm calling is we just lowered the minimum order to $500. " +
        "Call me back at 312-555-0100, or I'll call you Thursday at 6.",
    );
    expect(spokenEstimate(draft)).toEqual({ words: 44, seconds: 17.6 });
  });

  it('says the visit day and what they saw in a voicemail only while it still fits 20 s', () => {
    const story = { ...STORY, visitDay: 'yesterday', painPoints: '' };
    const noNumber = { ...SENDER, callbackNumber: '' };
    const rich = fillTemplate('voicemail', story, REASONS.slice(0, 1), noNumber, THURSDAY);
    expect(rich).toBe(
      "Hi Dana, it's Sam Ortiz at Lakeside Vacuum. It was good to see you yesterday. " +
        "The reason I'm calling is we just lowered the minimum order to $500. " +
        'I thought of you and the Kirby Avalir 2 right away. ' +
        "I'll call you Thursday at 6.",
    );
    expect(spokenEstimate(rich).seconds).toBe(18.8);
    // Their pain point makes the tie longer: the visit and the tie go, the reason and the call stay.
    expect(
      fillTemplate(
        'voicemail',
        { ...story, painPoints: STORY.painPoints },
        REASONS.slice(0, 1),
        noNumber,
        THURSDAY,
      ),
    ).toBe(
      "Hi Dana, it's Sam Ortiz at Lakeside Vacuum. " +
        "The reason I'm calling is we just lowered the minimum order to $500. " +
        "I'll call you Thursday at 6.",
    );
  });

  it('writes a short text', () => {
    expect(fillTemplate('text', STORY, REASONS.slice(0, 1), SENDER, THURSDAY)).toBe(
      "Hi Dana, it's Sam Ortiz at Lakeside Vacuum. " +
        "The reason I'm texting is we just lowered the minimum order to $500. " +
        'Thought of you and the Kirby Avalir 2. ' +
        "I'll call you Thursday at 6, or reach me sooner at 312-555-0100.",
    );
  });

  it('writes an email with a subject line first and a signature', () => {
    expect(fillTemplate('email', STORY, REASONS.slice(0, 1), SENDER, THURSDAY)).toBe(
      [
        'Subject: Dana, we just lowered the minimum order to $500',
        '',
        'Hi Dana,',
        '',
        "The reason I'm writing is we just lowered the minimum order to $500.",
        '',
        'I thought of you and the Kirby Avalir 2 right away, and what you told me about dog hair on the ' +
          'stairs. I remember you mentioned two labs and a toddler.',
        '',
        "I'll call you Thursday at 6 to go over it, or you can reach me sooner at 312-555-0100.",
        '',
        'Sam Ortiz\nLakeside Vacuum\n312-555-0100',
      ].join('\n'),
    );
  });

  it('says the visit day in an email, before what they saw', () => {
    const email = fillTemplate(
      'email',
      { ...STORY, visitDay: 'on Tuesday' },
      REASONS.slice(0, 1),
      SENDER,
      THURSDAY,
    );
    expect(email).toContain(
      '\n\nIt was good to see you on Tuesday. I thought of you and the Kirby Avalir 2 right away, and what you ' +
        'told me about dog hair on the stairs. I remember you mentioned two labs and a toddler.\n\n',
    );
    expect(
      fillTemplate('text', { ...STORY, visitDay: 'on Tuesday' }, REASONS.slice(0, 1), SENDER, THURSDAY),
    ).not.toContain('Tuesday');
  });

  it.each<[MessageKind, number, NextCall | null]>(
    KINDS.flatMap((kind) =>
      [0, 1, 3].flatMap((n) => [
        [kind, n, THURSDAY] as [MessageKind, number, NextCall | null],
        [kind, n, null],
      ]),
    ),
  )('%s with %i reasons and next call %j passes lint with no findings', (kind, n, next) => {
    const reasons = REASONS.slice(0, n);
    expect(lint(kind, fillTemplate(kind, STORY, reasons, SENDER, next), STORY, reasons)).toEqual([]);
  });

  it.each(OBJECTIONS)(
    'without reasons, a %s walkout still opens with a reason and passes lint',
    (objection) => {
      const story = { ...STORY, objection };
      for (const kind of KINDS) {
        const draft = fillTemplate(kind, story, [], SENDER, THURSDAY);
        expect(draft).toMatch(/The reason I'm (calling|texting|writing) is \S/);
        expect(lint(kind, draft, story, [])).toEqual([]);
      }
    },
  );

  it.each<MessageKind>(['text', 'email'])(
    '%s: one reason reads as one, three read as a list, a fourth is dropped',
    (kind) => {
      const one = fillTemplate(kind, STORY, REASONS.slice(0, 1), SENDER, THURSDAY);
      expect(one).not.toContain('Also,');
      const four = fillTemplate(
        kind,
        STORY,
        [...REASONS, { text: 'New management took over' }],
        SENDER,
        THURSDAY,
      );
      expect(four).toContain(
        'is we just lowered the minimum order to $500. Also, the new HEPA filter kit arrived, and our 0%',
      );
      expect(four).not.toContain('management');
    },
  );

  it.each<[MessageKind, MessageStory, MessageSender, NextCall | null]>(
    KINDS.flatMap((kind) => [
      [kind, EMPTY_STORY, NO_SENDER, null] as [MessageKind, MessageStory, MessageSender, NextCall | null],
      [kind, { ...EMPTY_STORY, prospectFirstName: '  Dana ' }, { ...NO_SENDER, storeName: 'Lakeside' }, null],
      [kind, { ...EMPTY_STORY, category: 'vacuums' }, { ...NO_SENDER, name: 'Sam' }, { label: ' ' }],
      [
        kind,
        { ...STORY, product: ' Kirby  Avalir 2. ', painPoints: ' ' },
        { ...SENDER, callbackNumber: '' },
        null,
      ],
    ]),
  )('%s with empty fields stays clean (%j)', (kind, story, sender, next) => {
    const draft = fillTemplate(kind, story, [{ text: '' }, { text: '  ' }], sender, next);
    expect(draft).not.toMatch(/undefined|null|[^\S\n]{2}| [,.]|,,|,\.|\.\.|\n{3}|^\s|\s$/);
    expect(draft).toMatch(kind === 'email' ? /^Subject: \S/ : /^Hi\b/);
    expect(lint(kind, draft, story, []).filter((f) => f.kind !== 'no_prospect')).toEqual([]);
  });

  it('keeps texts within two segments even with three long reasons and a long story', () => {
    const story = {
      ...STORY,
      product: 'Kirby Avalir 2 with the full attachment kit and the carpet shampooer',
    };
    const long = [
      { text: 'We just lowered the minimum order to $500 for every attachment and accessory in the store' },
      { text: 'The new HEPA filter kit arrived, the one that traps 99.97% of pet dander and pollen' },
      { text: 'Our 0% financing for 24 months runs through the end of March for approved buyers' },
    ];
    for (const reasons of [REASONS, long]) {
      const draft = fillTemplate('text', story, reasons, SENDER, THURSDAY);
      expect(draft.length).toBeLessThanOrEqual(TEXT_MAX_CHARS);
      expect(lint('text', draft, story, reasons)).toEqual([]);
    }
  });

  it('keeps a voicemail with three reasons to 20 s, dropping the extra reasons before the callback number', () => {
    const draft = fillTemplate('voicemail', STORY, REASONS, SENDER, THURSDAY);
    expect(spokenEstimate(draft).seconds).toBeLessThanOrEqual(VOICEMAIL_TARGET_SECONDS);
    expect(draft).not.toContain('Also,');
    expect(draft).toContain('Call me back at 312-555-0100');
    const brief = [{ text: 'HEPA kits are in' }, { text: 'Kirby cut prices' }, { text: 'Our bags are $5' }];
    expect(fillTemplate('voicemail', { ...STORY, painPoints: '' }, brief, SENDER, THURSDAY)).toContain(
      'is HEPA kits are in. Also, Kirby cut prices, and our bags are $5.',
    );
  });

  it('keeps brand names capitalised and lowers sentence openers', () => {
    const draft = fillTemplate(
      'voicemail',
      STORY,
      [{ text: 'HEPA kits are in' }, { text: 'Kirby cut prices' }],
      SENDER,
      null,
    );
    expect(draft).toContain("The reason I'm calling is HEPA kits are in. Also, Kirby cut prices.");
  });

  it('owns the next step only when a call is planned', () => {
    expect(fillTemplate('voicemail', STORY, REASONS, SENDER, null)).not.toContain("I'll call you");
    expect(fillTemplate('voicemail', STORY, REASONS, { ...SENDER, callbackNumber: '' }, THURSDAY)).toMatch(
      /I'll call you Thursday at 6\.$/,
    );
  });

  it('is deterministic', () => {
    for (const kind of KINDS) {
      expect(fillTemplate(kind, STORY, REASONS, SENDER, THURSDAY)).toBe(
        fillTemplate(kind, STORY, REASONS, SENDER, THURSDAY),
      );
    }
  });
});

describe('spokenEstimate', () => {
  it('speaks at 150 words a minute', () => {
    expect(WORDS_PER_MINUTE).toBe(150);
    expect(WORDS_PER_SECOND).toBe(2.5);
  });

  it.each<[string, number, number]>([
    ['', 0, 0],
    ['   \n ', 0, 0],
    ['Hi Dana', 2, 0.8],
    ["Hi Dana, it's Sam — at Lakeside.", 6, 2.4],
    ['312-555-0100', 10, 4],
    ['(312) 555-0100', 10, 4],
    ['312.555.0100', 10, 4],
    ['+1 312 555 0100', 11, 4.4],
    ['555-0100', 7, 2.8],
    ['Call me back at 312-555-0100.', 14, 5.6],
    ['Thursday at 6', 3, 1.2],
    ['at 6:30', 3, 1.2],
    ['the 2025 model', 4, 1.6],
    ['$1,500 off', 4, 1.6],
    ['0% financing', 3, 1.2],
    [Array.from({ length: 150 }, () => 'word').join(' '), 150, 60],
  ])('%j → %i words, %f s', (text, words, seconds) => {
    expect(spokenEstimate(text)).toEqual({ words, seconds });
  });
});
