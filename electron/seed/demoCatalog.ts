// Word lists for the demo store: the people every trade shares, and the vehicle trade (the default demo): a
// small car dealership's floor on an ordinary quarter.
import type { ReasonCategory } from '../../shared/domain/reasonRanking';
import type { Objection } from '../../shared/domain/vocab';

export const DEMO_EMPLOYEES = [
  { name: 'Dana Whitfield', role: 'owner', pin: '1357', saveProgram: false },
  { name: 'Marcus Reyes', role: 'manager', pin: '2468', saveProgram: false },
  { name: 'Priya Shah', role: 'staff', pin: '3141', saveProgram: true },
  { name: 'Tom Becker', role: 'staff', pin: '4242', saveProgram: true },
  { name: 'Lena Kowalski', role: 'staff', pin: '5150', saveProgram: false },
] as const;

/** What one trade's demo store sells and hears; the people, cadence and outcomes are the same in every trade. */
export interface DemoTrade {
  /** The demo store's name; the default's (Settings) when absent. */
  storeName?: string;
  products: readonly { product: string; category: string; price: number }[];
  /** The quoted price varies from the list price by up to 20 of these dollars, either way. */
  priceStep: number;
  objectionNotes: Record<Objection, string[]>;
  painPoints: string[];
  personalDetails: string[];
  nextSteps: string[];
  /** What a prospect tells the manager's survey when it was the salesperson. */
  staffSurveyText: string;
  reasons: DemoReason[];
}

/** A reason of a demo's bank: when it was added, and how well it lands (0–1). */
export interface DemoReason {
  text: string;
  category: ReasonCategory;
  products?: string[];
  categories?: string[];
  objections?: Objection[];
  addedDaysAgo: number;
  pull: number;
  retired?: boolean;
}

const DEMO_PRODUCTS = [
  { product: 'Trailhawk 4x4 SUV', category: 'SUV', price: 41_900 },
  { product: 'Summit crew-cab pickup', category: 'Truck', price: 52_400 },
  { product: 'Volt-E compact EV', category: 'EV', price: 36_750 },
  { product: 'Avenue hybrid sedan', category: 'Sedan', price: 31_200 },
  { product: 'Voyager minivan', category: 'Minivan', price: 44_300 },
  { product: 'Certified pre-owned Trailhawk', category: 'Used', price: 27_800 },
  { product: 'Ridgeback midsize pickup', category: 'Truck', price: 38_900 },
] as const;

export const FIRST_NAMES = [
  'James',
  'Maria',
  'Robert',
  'Linda',
  'Michael',
  'Aisha',
  'David',
  'Sofia',
  'Daniel',
  'Grace',
  'Kevin',
  'Emily',
  'Carlos',
  'Hannah',
  'Brian',
  'Mei',
  'Jason',
  'Olivia',
  'Andre',
  'Rachel',
  'Luis',
  'Nora',
  'Patrick',
  'Fatima',
  'Greg',
  'Chloe',
  'Samuel',
  'Tanya',
  'Victor',
  'Wendy',
];
export const LAST_NAMES = [
  'Carter',
  'Nguyen',
  'Patel',
  'Johnson',
  'Garcia',
  'Okafor',
  'Miller',
  'Rossi',
  'Kim',
  'Anderson',
  'Lopez',
  'Brennan',
  'Schmidt',
  'Hughes',
  'Martin',
  'Walsh',
  'Ibrahim',
  'Foster',
  'Dubois',
  'Young',
];

export const OBJECTION_WEIGHTS: [Objection, number][] = [
  ['price', 22],
  ['financing', 14],
  ['spouse_partner', 16],
  ['wants_to_think', 18],
  ['comparing', 14],
  ['timing', 9],
  ['product_fit', 5],
  ['other', 2],
];

const OBJECTION_NOTES: Record<Objection, string[]> = {
  price: ['Wants it under $40k out the door', 'Says the other dealer was $1,500 lower'],
  financing: ['Rate was higher than their credit union', 'Wants a lower monthly payment'],
  spouse_partner: ['Wife wants to see it first', 'Needs to bring her husband in'],
  wants_to_think: ['Wants to sleep on it', 'Big decision, wants a day or two'],
  comparing: ['Driving a competitor on Saturday', 'Has a quote from across town'],
  timing: ['Lease ends in March', 'Waiting for a bonus at work'],
  product_fit: ['Third row too tight for car seats', 'Needs a bigger towing package'],
  other: ['Trade-in value disappointed them', 'Wants a colour we did not have'],
};

const PAIN_POINTS = [
  'Current car keeps breaking down',
  'Growing family, needs more room',
  'Long commute, fuel costs hurting',
  'Tows a boat in summer',
  'Lease turn-in coming up',
];
const PERSONAL_DETAILS = [
  'Coaches Little League on weekends',
  'Just moved here from Denver',
  'Nurse, works night shifts: call after 2 pm',
  'Daughter starts college next fall',
  'Has a golden retriever, asked about cargo liners',
];
const NEXT_STEPS = [
  'Call tonight with the trade-in number',
  'Send the finance options by email',
  'Call after they talk it over at home',
  'Call when the blue one arrives',
];

const DEMO_REASONS: DemoReason[] = [
  {
    text: 'The 2027 Trailhawk just arrived with the factory towing package you asked about',
    category: 'new_product',
    products: ['Trailhawk'],
    categories: ['SUV'],
    addedDaysAgo: 100,
    pull: 0.7,
  },
  {
    text: 'We now approve first-time buyers with as little as $500 down',
    category: 'new_policy',
    objections: ['financing'],
    addedDaysAgo: 100,
    pull: 0.8,
  },
  {
    text: 'Our trade-in guarantee now matches any written offer for seven days',
    category: 'new_policy',
    objections: ['price', 'comparing'],
    addedDaysAgo: 100,
    pull: 0.6,
  },
  {
    text: 'We now bring the car to your home for a test drive, so your partner can try it too',
    category: 'new_capability',
    objections: ['spouse_partner', 'timing'],
    addedDaysAgo: 100,
    pull: 0.65,
  },
  {
    text: 'The federal EV credit changes on January 1: buying this month keeps up to $7,500',
    category: 'industry_news',
    categories: ['EV'],
    addedDaysAgo: 60,
    pull: 0.75,
  },
  {
    text: 'Our new finance director can set payments around seasonal income',
    category: 'new_management',
    objections: ['financing', 'price'],
    addedDaysAgo: 45,
    pull: 0.45,
  },
  {
    text: 'A 72-hour take-home trial, to see how it fits your garage and your week',
    category: 'new_idea',
    objections: ['wants_to_think', 'product_fit'],
    addedDaysAgo: 100,
    pull: 0.55,
  },
  {
    text: 'The Summit crew-cab now comes as a Work Edition, $4,000 under the one you drove',
    category: 'new_product',
    products: ['Summit'],
    categories: ['Truck'],
    addedDaysAgo: 30,
    pull: 0.6,
  },
  {
    text: 'Used truck values are at a three-year high, so your trade-in is worth more right now',
    category: 'industry_news',
    categories: ['Truck', 'Used'],
    addedDaysAgo: 100,
    pull: 0.35,
  },
  {
    text: 'Certified pre-owned now carries a seven-year powertrain warranty',
    category: 'new_policy',
    categories: ['Used'],
    addedDaysAgo: 20,
    pull: 0.5,
  },
  {
    text: 'Our service department now has Saturday loaner cars',
    category: 'new_capability',
    addedDaysAgo: 100,
    pull: 0.25,
  },
  {
    text: 'Year-end event: 0.9% APR on in-stock minivans and sedans',
    category: 'new_idea',
    categories: ['Minivan', 'Sedan'],
    objections: ['price', 'financing'],
    addedDaysAgo: 10,
    pull: 0.7,
  },
  {
    text: 'Summer clearance: free all-weather mats with any SUV',
    category: 'other',
    categories: ['SUV'],
    addedDaysAgo: 100,
    pull: 0.2,
    retired: true,
  },
];

export const VEHICLES: DemoTrade = {
  products: DEMO_PRODUCTS,
  priceStep: 100,
  objectionNotes: OBJECTION_NOTES,
  painPoints: PAIN_POINTS,
  personalDetails: PERSONAL_DETAILS,
  nextSteps: NEXT_STEPS,
  staffSurveyText: 'Felt rushed on the lot',
  reasons: DEMO_REASONS,
};
