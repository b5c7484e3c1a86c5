// A reason-bank sentence joined after "The reason I'm calling is": lowered like any sentence opener,
// kept when it opens with a name ("I", an acronym or model, a word of the product or store name).
import { describe, expect, it } from 'vitest';
import { APPLIANCES } from '../../electron/seed/demoAppliances';
import { type DemoTrade, VEHICLES } from '../../electron/seed/demoCatalog';
import { TRADE_SUPPLIES } from '../../electron/seed/demoTradeSupplies';
import { fillTemplate, type MessageStory } from '../../shared/domain/message/template';

const STORY: MessageStory = {
  prospectFirstName: 'Maria',
  prospectLastName: 'Okafor',
  product: 'Certified pre-owned Trailhawk',
  category: 'Used',
  objection: 'price',
  painPoints: '',
  personalDetails: '',
  nextStepText: '',
};
const SENDER = { name: 'Priya Shah', storeName: 'BeBack Motors', callbackNumber: '(312) 555-0100' };

/** Every reason of a trade's bank joined after a product of that trade, from its own store. */
function joinedAll(trade: DemoTrade): string[] {
  const { product, category } = trade.products[0];
  const sender = { ...SENDER, storeName: trade.storeName ?? SENDER.storeName };
  return trade.reasons.map((r) => joined(r.text, { ...STORY, product, category }, sender));
}

/** The words after "The reason I'm writing is" in the email, where a reason is never shortened. */
function joined(reason: string, story = STORY, sender = SENDER): string {
  const email = fillTemplate('email', story, [{ text: reason }], sender, null);
  return /The reason I'm writing is (.*)\.\n/.exec(email)?.[1] ?? email;
}

describe('the reason joined mid-sentence', () => {
  it('reads naturally for every reason in the demo bank', () => {
    expect(VEHICLES.reasons.map((r) => joined(r.text))).toEqual([
      'the 2027 Trailhawk just arrived with the factory towing package you asked about',
      'we now approve first-time buyers with as little as $500 down',
      'our trade-in guarantee now matches any written offer for seven days',
      'we now bring the car to your home for a test drive, so your partner can try it too',
      'the federal EV credit changes on January 1: buying this month keeps up to $7,500',
      'our new finance director can set payments around seasonal income',
      'a 72-hour take-home trial, to see how it fits your garage and your week',
      'the Summit crew-cab now comes as a Work Edition, $4,000 under the one you drove',
      'used truck values are at a three-year high, so your trade-in is worth more right now',
      'certified pre-owned now carries a seven-year powertrain warranty',
      'our service department now has Saturday loaner cars',
      'our year-end event: 0.9% APR on in-stock minivans and sedans',
      'our summer clearance: free all-weather mats with any SUV',
    ]);
  });

  it('reads naturally for every reason in the appliances demo’s bank', () => {
    expect(joinedAll(APPLIANCES)).toEqual([
      'the stainless French-door model you liked is back in stock',
      'we now offer 18 months no interest on purchases over $999',
      'we now match any local advertised price, big-box stores included',
      'our free in-home measuring: we check the fit before you buy',
      'the state rebate for induction ranges pays up to $840 until the end of the year',
      'our new service manager now installs and hauls away the old one the same day',
      'a 30-day home trial on every vacuum: if it does not suit your floors, bring it back',
      'the washer and dryer pair is $300 off as a set this month',
      'the new tariffs raise appliance prices in January',
      'every dishwasher now comes with a five-year parts and labour warranty',
      'we now service and sharpen vacuums on Saturdays while you wait',
      'our holiday event: free delivery and install on any range or refrigerator',
      'spring clean: a free bag pack with any vacuum',
    ]);
  });

  it('reads naturally for every reason in the trade supplies demo’s bank', () => {
    expect(joinedAll(TRADE_SUPPLIES)).toEqual([
      'the 240 V mini-split you asked about just came in',
      'we now give trade accounts net-30 terms from the first order',
      'we now match any written quote from a local supplier on the whole order',
      'we now deliver to the job site the same day on orders placed by noon',
      'the new federal credit covers 30% of a heat pump install, up to $2,000',
      'our new branch manager set up contractor pricing tiers by yearly spend',
      'a week’s trial of the combo kit on a job: if the crew does not like it, bring it back',
      'the tankless heater now ships with the venting kit included, $220 of parts',
      'the price of copper and steel is up again, so quotes will rise next month',
      'every generator now comes with a free first service and transfer-switch check',
      'the counter now opens at 6:30 AM for crews on their way to site',
      'our storm-season event: 10% off generators and pressure washers',
      'our summer promo: a free blade with any table saw',
    ]);
  });

  it.each<[string, string]>([
    ['I found a lower rate', 'I found a lower rate'],
    ["I'm holding the blue one for you", "I'm holding the blue one for you"],
    ['HEPA kits are in', 'HEPA kits are in'],
    ['EV credits change in January', 'EV credits change in January'],
    ['F-150 leases dropped', 'F-150 leases dropped'],
    ['iPhone trade-ins count as a down payment', 'iPhone trade-ins count as a down payment'],
    ['Trailhawk owners get free oil changes', 'Trailhawk owners get free oil changes'],
    ['BeBack Motors now opens Sundays', 'BeBack Motors now opens Sundays'],
    ['Kirby cut prices', 'Kirby cut prices'],
    ['Starting Monday, every SUV gets free mats.', 'starting Monday, every SUV gets free mats'],
    ['Prices dropped on the 2026 models', 'Prices dropped on the 2026 models'],
    ['Recently reduced: the Voyager', 'recently reduced: the Voyager'],
    ['Holiday hours: open until 9', 'our holiday hours: open until 9'],
    ['January 1 brings new rates', 'January 1 brings new rates'],
    ['  We   matched  the quote!  ', 'we matched the quote'],
  ])('%j → %j', (reason, clause) => {
    expect(joined(reason)).toBe(clause);
  });

  it('keeps a product word that ends like an ordinary one when the walkout is about it', () => {
    const story = { ...STORY, product: 'Sterling tow package' };
    expect(joined('Sterling owners get 10% off', story)).toBe('Sterling owners get 10% off');
  });
});
