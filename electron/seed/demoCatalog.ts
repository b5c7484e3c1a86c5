// Word lists for the demo store: a small car dealership's floor on an ordinary quarter.
import type { Objection } from '../../shared/domain/vocab';

export const DEMO_EMPLOYEES = [
  { name: 'Dana Whitfield', role: 'owner', pin: '1357', saveProgram: false },
  { name: 'Marcus Reyes', role: 'manager', pin: '2468', saveProgram: false },
  { name: 'Priya Shah', role: 'staff', pin: '3141', saveProgram: true },
  { name: 'Tom Becker', role: 'staff', pin: '4242', saveProgram: true },
  { name: 'Lena Kowalski', role: 'staff', pin: '5150', saveProgram: false },
] as const;

export const DEMO_PRODUCTS = [
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

export const OBJECTION_NOTES: Record<Objection, string[]> = {
  price: ['Wants it under $40k out the door', 'Says the other dealer was $1,500 lower'],
  financing: ['Rate was higher than their credit union', 'Wants a lower monthly payment'],
  spouse_partner: ['Wife wants to see it first', 'Needs to bring her husband in'],
  wants_to_think: ['Wants to sleep on it', 'Big decision, wants a day or two'],
  comparing: ['Driving a competitor on Saturday', 'Has a quote from across town'],
  timing: ['Lease ends in March', 'Waiting for a bonus at work'],
  product_fit: ['Third row too tight for car seats', 'Needs a bigger towing package'],
  other: ['Trade-in value disappointed them', 'Wants a colour we did not have'],
};

export const PAIN_POINTS = [
  'Current car keeps breaking down',
  'Growing family, needs more room',
  'Long commute, fuel costs hurting',
  'Tows a boat in summer',
  'Lease turn-in coming up',
];
export const PERSONAL_DETAILS = [
  'Coaches Little League on weekends',
  'Just moved here from Denver',
  'Nurse, works night shifts: call after 2 pm',
  'Daughter starts college next fall',
  'Has a golden retriever, asked about cargo liners',
];
export const NEXT_STEPS = [
  'Call tonight with the trade-in number',
  'Send the finance options by email',
  'Call after they talk it over at home',
  'Call when the blue one arrives',
];
