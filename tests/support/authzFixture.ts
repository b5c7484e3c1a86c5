// The store the authorization table acts on: Sam Staff's leads (the "someone else" of Tia Staff), a
// prospect both reps met, a sold walkout with a save credit, a reason and a partner. Built through the router.
import { MONDAY_10AM, type Store, walkoutInput } from '../integration/harness';

const HOUR = 3_600_000;

/** Words only Sam's side of the shared prospect's story holds: none may reach Tia. */
export const SAMS_SECRETS = [
  'SAM-OBJECTION-NOTE',
  'SAM-PAIN-POINT',
  'SAM-PERSONAL',
  'SAM-CALL-NOTE',
  'Pontoon boat',
];

export interface AuthzFixture {
  samEmployee: number;
  tiaEmployee: number;
  ownerEmployee: number;
  /** Sam's open walkout, its prospect (phone, email, share consent no) and his first call on it. */
  samWalkout: number;
  samProspect: number;
  samPhone: string;
  samEmail: string;
  samFollowUp: number;
  /** The manager's survey call on Sam's walkout (Sam is in the save program). */
  surveyFollowUp: number;
  /** A prospect Sam met first (with notes and a call) and Tia met again, through the returning match. */
  sharedProspect: number;
  sharedPhone: string;
  sharedEmail: string;
  samEarlierVisit: number;
  tiaReturningVisit: number;
  /** Sam's walkout the manager saved, and the save credit it earned Sam. */
  samSold: number;
  samCredit: number;
  tiaWalkout: number;
  reasonId: number;
  partnerId: number;
}

export async function buildAuthzFixture(store: Store): Promise<AuthzFixture> {
  const sam = await store.as(
    'Sam Staff',
    'walkouts.create',
    walkoutInput({
      prospect: {
        firstName: 'Rosa',
        lastName: 'Diaz',
        phone: '(312) 555-0142',
        email: 'rosa@example.com',
        bestTime: 'Evenings after 6',
        shareOk: false,
      },
    }),
  );
  const followUps = store.db
    .prepare('SELECT id, purpose FROM follow_ups WHERE walkout_id = ?')
    .all(sam.walkoutId) as { id: number; purpose: string }[];
  const survey = followUps.find((f) => f.purpose === 'manager_survey');
  if (!sam.firstContact || !survey) throw new Error('Sam’s walkout should have his call and the survey');

  const earlier = await store.as(
    'Sam Staff',
    'walkouts.create',
    walkoutInput({
      prospect: { firstName: 'Ana', lastName: 'Ruiz', phone: '(312) 555-0188', email: 'ana@example.com' },
      product: 'Pontoon boat',
      objectionText: 'SAM-OBJECTION-NOTE',
      painPoints: 'SAM-PAIN-POINT',
      personalDetails: 'SAM-PERSONAL',
    }),
  );
  await store.as('Sam Staff', 'followUps.complete', {
    followUpId: earlier.firstContact!.followUpId,
    outcome: 'no_answer',
    notes: 'SAM-CALL-NOTE',
  });
  store.clock.now = MONDAY_10AM + 3 * HOUR;
  const returning = await store.as('Tia Staff', 'walkouts.create', {
    ...walkoutInput({
      prospect: { firstName: '', lastName: '', phone: '312-555-0188', email: '' },
      product: 'Zero-turn mower',
    }),
    existingProspectId: earlier.prospectId,
  });

  const sold = await store.as(
    'Sam Staff',
    'walkouts.create',
    walkoutInput({ prospect: { firstName: 'Bo', lastName: 'Kim', phone: '(312) 555-0199', email: '' } }),
  );
  await store.as('Max Manager', 'walkouts.recordSale', {
    walkoutId: sold.walkoutId,
    closer: 'manager_save',
    amountCents: 1_500_000,
  });
  const credit = store.db
    .prepare('SELECT id FROM save_credits WHERE walkout_id = ?')
    .pluck()
    .get(sold.walkoutId) as number;

  const tia = await store.as(
    'Tia Staff',
    'walkouts.create',
    walkoutInput({ prospect: { firstName: 'Tom', lastName: 'Lee', phone: '(312) 555-0177', email: '' } }),
  );
  const reason = await store.as('Max Manager', 'reasons.create', {
    text: 'The new BX series has a lower payment this month',
    category: 'new_product',
    products: ['Kubota'],
  });
  const partner = await store.as('Olive Owner', 'partners.create', { name: 'North Tractor Co' });
  store.clock.now = MONDAY_10AM + 4 * HOUR;
  return {
    samEmployee: store.ids['Sam Staff'],
    tiaEmployee: store.ids['Tia Staff'],
    ownerEmployee: store.ids['Olive Owner'],
    samWalkout: sam.walkoutId,
    samProspect: sam.prospectId,
    samPhone: '+13125550142',
    samEmail: 'rosa@example.com',
    samFollowUp: sam.firstContact.followUpId,
    surveyFollowUp: survey.id,
    sharedProspect: earlier.prospectId,
    sharedPhone: '+13125550188',
    sharedEmail: 'ana@example.com',
    samEarlierVisit: earlier.walkoutId,
    tiaReturningVisit: returning.walkoutId,
    samSold: sold.walkoutId,
    samCredit: credit,
    tiaWalkout: tia.walkoutId,
    reasonId: reason.id,
    partnerId: partner.id,
  };
}
