// The default voicemail — the draft the composer opens with, before the rep edits a word — plays in
// 20 s or less for every objection, every demo product and every live reason in the demo bank,
// with the demo's longest names and the longest promised time the cadence can produce.
import { describe, expect, it } from 'vitest';
import {
  DEMO_EMPLOYEES,
  DEMO_PRODUCTS,
  DEMO_REASONS,
  FIRST_NAMES,
  LAST_NAMES,
  NEXT_STEPS,
  PAIN_POINTS,
  PERSONAL_DETAILS,
} from '../../electron/seed/demoCatalog';
import { lintMessage } from '../../shared/domain/message/lint';
import { spokenEstimate, VOICEMAIL_TARGET_SECONDS } from '../../shared/domain/message/spoken';
import { fillTemplate, type MessageSender, type MessageStory } from '../../shared/domain/message/template';
import { OBJECTIONS } from '../../shared/domain/vocab';

const longest = (words: readonly string[]) => words.reduce((a, b) => (b.length > a.length ? b : a));
const SENDER: MessageSender = {
  name: longest(DEMO_EMPLOYEES.map((e) => e.name)),
  storeName: 'BeBack Motors',
  callbackNumber: '(312) 555-0100',
};
const LIVE_REASONS = DEMO_REASONS.filter((r) => !r.retired).map((r) => r.text);
// The cadence's check-ins are days apart: a weekday within the week, a date beyond it.
const NEXT_CALLS = ['Wednesday around 12:45 PM', 'on 30 September around 12:45 PM'];

const cases = OBJECTIONS.flatMap((objection) =>
  DEMO_PRODUCTS.flatMap(({ product, category }) =>
    [...LIVE_REASONS, null].flatMap((reason) =>
      NEXT_CALLS.map((next) => ({ objection, product, category, reason, next })),
    ),
  ),
);

describe('the default voicemail', () => {
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
        painPoints: longest(PAIN_POINTS),
        personalDetails: longest(PERSONAL_DETAILS),
        nextStepText: longest(NEXT_STEPS),
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
});
