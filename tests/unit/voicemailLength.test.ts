// The default voicemail — the draft the composer opens with, before the rep edits a word — plays in
// 20 s or less for every objection, every demo product and every live reason in each trade's demo bank,
// with the demo's longest names and the longest promised time the cadence can produce.
import { describe, expect, it } from 'vitest';
import { DEMO_TRADE_CATALOGS } from '../../electron/seed/demo';
import { DEMO_EMPLOYEES, type DemoTrade, FIRST_NAMES, LAST_NAMES } from '../../electron/seed/demoCatalog';
import { lintMessage } from '../../shared/domain/message/lint';
import { spokenEstimate, VOICEMAIL_TARGET_SECONDS } from '../../shared/domain/message/spoken';
import { fillTemplate, type MessageSender, type MessageStory } from '../../shared/domain/message/template';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { OBJECTIONS } from '../../shared/domain/vocab';

const longest = (words: readonly string[]) => words.reduce((a, b) => (b.length > a.length ? b : a));
// The cadence's check-ins are days apart: a weekday within the week, a date beyond it.
const NEXT_CALLS = ['Wednesday around 12:45 PM', 'on 30 September around 12:45 PM'];

function casesOf(trade: DemoTrade) {
  const live = trade.reasons.filter((r) => !r.retired).map((r) => r.text);
  return OBJECTIONS.flatMap((objection) =>
    trade.products.flatMap(({ product, category }) =>
      [...live, null].flatMap((reason) =>
        NEXT_CALLS.map((next) => ({ objection, product, category, reason, next })),
      ),
    ),
  );
}

describe.each(Object.entries(DEMO_TRADE_CATALOGS) as [keyof typeof DEMO_TRADE_CATALOGS, DemoTrade][])(
  'the default voicemail of the %s demo',
  (_name, trade) => {
    const SENDER: MessageSender = {
      name: longest(DEMO_EMPLOYEES.map((e) => e.name)),
      storeName: trade.storeName ?? DEFAULT_SETTINGS.storeName,
      callbackNumber: '(312) 555-0100',
    };
    const { painPoints, personalDetails, nextSteps } = trade;
    const cases = casesOf(trade);
    it(`fits ${VOICEMAIL_TARGET_SECONDS} s spoken for all ${cases.length} objection × product × reason × next-call cases`, () => {
      const over: string[] = [];
      let loudest = 0;
      for (const c of cases) {
        const story: MessageStory = {
          prospectFirstName: longest(FIRST_NAMES),
          prospectLastName: longest(LAST_NAMES),
          product: c.product,
          category: c.category,
          objection: c.objection,
          painPoints: longest(painPoints),
          personalDetails: longest(personalDetails),
          nextStepText: longest(nextSteps),
          visitDay: 'on Wednesday',
        };
        const reasons = c.reason ? [{ text: c.reason }] : [];
        const draft = fillTemplate('voicemail', story, reasons, SENDER, { label: c.next });
        const { seconds } = spokenEstimate(draft);
        loudest = Math.max(loudest, seconds);
        if (seconds > VOICEMAIL_TARGET_SECONDS) over.push(`${seconds} s: ${draft}`);
        // Still a whole message: their name, the reason, the callback number.
        expect(draft).toContain(`Hi ${story.prospectFirstName}`);
        expect(draft).toContain("The reason I'm calling is ");
        expect(draft).toContain('Call me back at (312) 555-0100');
        expect(
          lintMessage(draft, {
            prospectFirstName: story.prospectFirstName,
            reasonTexts: c.reason ? [c.reason] : [],
            kind: 'voicemail',
          }),
        ).toEqual([]);
      }
      expect(over).toEqual([]);
      expect(loudest).toBe(20);
    });
  },
);
