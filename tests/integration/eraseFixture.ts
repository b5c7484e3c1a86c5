// A store where one person, Zebulon Quackenbush, has a full history worth erasing: two visits with every
// text filled in, calls with notes and messages, a manager survey, a save then a reopen and a re-sale,
// a referred friend, a partner's lead merged into him, exports to two partners, and other people's notes
// that name him. Around him, other people's walkouts that must stay as they are.
import { writeLeads } from '../../electron/services/partners/formats';
import type { InputOf } from '../../shared/contract/channels';
import { MONDAY_10AM, type Store, walkoutInput } from './harness';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** How the person can be recognised; after the erasure none of these may be anywhere in the database. */
export const ZEB = {
  firstName: 'Zebulon',
  lastName: 'Quackenbush',
  phoneTyped: '(312) 555-0199',
  e164: '+13125550199',
  email: 'zeb.quack@example.com',
};
export const ZEB_NEEDLES = [
  ZEB.firstName,
  ZEB.lastName,
  ZEB.e164,
  '3125550199',
  '555-0199',
  ZEB.email,
  'zeb.quack',
];

export interface ZebStore {
  prospectId: number;
  walkoutIds: number[];
  friendWalkoutId: number;
  partners: { beta: number; gamma: number; delta: number };
  batches: { beta: number; gamma: number; deltaImport: number };
}

function openFollowUp(store: Store, walkoutId: number, purpose: string): number {
  return store.db
    .prepare("SELECT id FROM follow_ups WHERE walkout_id = ? AND status = 'open' AND purpose = ?")
    .pluck()
    .get(walkoutId, purpose) as number;
}

async function otherPeople(store: Store) {
  store.clock.now = MONDAY_10AM - 13 * DAY;
  const rosa = await store.as('Sam Staff', 'walkouts.create', walkoutInput());
  store.clock.now += 30 * HOUR;
  await store.as('Sam Staff', 'followUps.complete', {
    followUpId: rosa.firstContact!.followUpId,
    outcome: 'voicemail_left',
    notes: `Friend of ${ZEB.firstName} ${ZEB.lastName}, wants the same deal`,
  });
  store.clock.now = MONDAY_10AM - 21 * DAY;
  await store.as(
    'Tia Staff',
    'walkouts.create',
    walkoutInput({
      prospect: { firstName: 'Pat', lastName: 'Nocontact', phone: '', email: '' },
      contactRefused: true,
      objection: 'wants_to_think',
      category: 'Mowers',
    }),
  );
  store.clock.now = MONDAY_10AM - 2 * DAY;
  const lou = await store.as(
    'Tia Staff',
    'walkouts.create',
    walkoutInput({
      prospect: { firstName: 'Lou', lastName: 'Buyer', phone: '', email: 'lou@example.com', shareOk: true },
      personalDetails: `Neighbour of ${ZEB.email}`,
    }),
  );
  store.clock.now += 2 * HOUR;
  await store.as('Tia Staff', 'followUps.complete', {
    followUpId: lou.firstContact!.followUpId,
    outcome: 'sold',
    saleAmountCents: 2_150_000,
  });
  // An audit row about someone else's walkout that names him.
  await store.as('Max Manager', 'walkouts.reopen', {
    walkoutId: lou.walkoutId,
    why: `Entered by mistake, it was ${ZEB.firstName} ${ZEB.lastName} who bought`,
  });
  await store.as('Max Manager', 'walkouts.recordSale', {
    walkoutId: lou.walkoutId,
    closer: 'rep',
    amountCents: 2_150_000,
  });
}

const zebProspect = { firstName: ZEB.firstName, lastName: ZEB.lastName, phone: ZEB.phoneTyped };

export async function zebStore(store: Store): Promise<ZebStore> {
  const reason = await store.as('Max Manager', 'reasons.create', {
    text: 'The 2027 BX tractors arrived with a free loader',
    category: 'new_product',
  });
  await otherPeople(store);

  // First visit, 26 days ago (the month before): Sam is in the save program, so Max surveys it.
  store.clock.now = MONDAY_10AM - 26 * DAY;
  const a = await store.as(
    'Sam Staff',
    'walkouts.create',
    walkoutInput({
      prospect: { ...zebProspect, email: ZEB.email, shareOk: true, bestTime: `Evenings, ask for Zebulon` },
      objectionText: `${ZEB.firstName} says the price is too high`,
      painPoints: `${ZEB.firstName}'s knees hurt on the old mower`,
      motivation: 'Retiring to the farm',
      personalDetails: `Wife Hilda Quackenbush, reach at ${ZEB.email}`,
      nextStepText: `Call ${ZEB.firstName} Thursday on ${ZEB.phoneTyped}`,
    }),
  );
  store.clock.now += 3 * HOUR;
  await store.as('Sam Staff', 'followUps.complete', {
    followUpId: a.firstContact!.followUpId,
    outcome: 'appointment_set',
    notes: `${ZEB.firstName} will come on Saturday`,
    message: `Hi ${ZEB.firstName}, the reason I'm calling is the new BX. Reply to ${ZEB.email}`,
    reasonId: reason.id,
  });
  store.clock.now += DAY;
  await store.as('Max Manager', 'followUps.complete', {
    followUpId: openFollowUp(store, a.walkoutId, 'manager_survey'),
    outcome: 'sold',
    surveyObjection: 'staff',
    surveyText: `${ZEB.firstName} felt rushed by the rep`,
    saleAmountCents: 1_750_000,
  });
  await store.as('Sam Staff', 'referrals.create', {
    walkoutId: a.walkoutId,
    people: [{ firstName: 'Wilma', lastName: 'Friend', phone: '(312) 555-0177', relationship: 'sister' }],
  });
  store.clock.now += DAY;
  await store.as('Max Manager', 'walkouts.reopen', {
    walkoutId: a.walkoutId,
    why: `${ZEB.firstName} returned the tractor`,
  });
  store.clock.now += 2 * DAY;
  await store.as('Max Manager', 'walkouts.recordSale', {
    walkoutId: a.walkoutId,
    closer: 'rep',
    amountCents: 1_690_000,
  });

  // He comes back three days ago to Tia, for a mower; his call is still open when he asks to be erased.
  store.clock.now = MONDAY_10AM - 3 * DAY;
  await store.as(
    'Tia Staff',
    'walkouts.create',
    walkoutInput({
      prospect: { ...zebProspect, email: ZEB.email, shareOk: true },
      existingProspectId: a.prospectId,
      product: 'Zero-turn mower',
      category: 'Mowers',
      objection: 'spouse_partner',
      personalDetails: `${ZEB.firstName} has a bad back`,
    }),
  );

  store.clock.now = MONDAY_10AM - 2 * DAY;
  const partner = (name: string, over: Partial<InputOf<'partners.create'>> = {}) =>
    store.as('Olive Owner', 'partners.create', {
      name,
      sharedFields: ['personalDetails'],
      shareAfterDays: 0,
      ...over,
    });
  const beta = await partner('Beta Auto', { contact: 'beta@example.com' });
  const gamma = await partner('Gamma Farm');
  const delta = await partner('Delta Dealers');
  const all = ['open', 'not_now', 'lost'] as const;
  const toBeta = await store.as('Olive Owner', 'partners.exportLeads', {
    partnerId: beta.id,
    statuses: [...all],
    format: 'json',
  });
  // Delta's file has a lead with his phone: the owner merges it into him.
  const lead = {
    shareId: '7c2a1f8e-3b9d-4c6e-8a1f-2d3c4b5a6e7f',
    originDistributor: 'Delta Dealers',
    originRep: 'Rita Rep',
    visitedAt: store.clock.now - DAY,
    firstName: ZEB.firstName,
    lastName: ZEB.lastName,
    phone: ZEB.e164,
    email: null,
    product: 'Snow blower',
    category: 'Snow',
    objection: 'timing' as const,
    objectionText: `${ZEB.firstName} wants it before the first snow`,
    personalDetails: `Lives next to ${ZEB.lastName} Farm`,
  };
  const imported = await store.as('Olive Owner', 'partners.importLeads', {
    partnerId: delta.id,
    fileName: 'delta-leads.json',
    content: writeLeads('json', [lead], { distributor: 'Delta Dealers' }, store.clock.now),
    assignTo: store.ids['Tia Staff'],
    decisions: { [lead.shareId]: 'merge' },
  });
  store.clock.now += HOUR;
  const toGamma = await store.as('Olive Owner', 'partners.exportLeads', {
    partnerId: gamma.id,
    statuses: [...all],
    format: 'csv',
  });

  store.clock.now = MONDAY_10AM;
  const walkoutIds = store.db
    .prepare('SELECT id FROM walkouts WHERE prospect_id = ? ORDER BY id')
    .pluck()
    .all(a.prospectId) as number[];
  const friendWalkoutId = store.db
    .prepare(
      "SELECT w.id FROM walkouts w JOIN prospects p ON p.id = w.prospect_id WHERE p.first_name = 'Wilma'",
    )
    .pluck()
    .get() as number;
  return {
    prospectId: a.prospectId,
    walkoutIds,
    friendWalkoutId,
    partners: { beta: beta.id, gamma: gamma.id, delta: delta.id },
    batches: { beta: toBeta.batchId!, gamma: toGamma.batchId!, deltaImport: imported.batchId },
  };
}
