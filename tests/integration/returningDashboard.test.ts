// Dashboard figures stay exact when prospects come back: several returning visits logged through the
// router (one of them logged late, behind a later visit), then every figure compared with a brute-force
// count over the tables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract/channels';
import { presetPeriod } from '../../shared/domain/period';
import { asBruteForce, type BruteFilters, bruteForce } from '../support/dashboardBruteForce';
import { openStore, type Store, type TeamName, walkoutInput } from './harness';

const TZ = 'America/Chicago';
const at = (iso: string) => Date.parse(`${iso}-06:00`);
let store: Store;

async function visit(
  who: TeamName,
  when: string,
  prospect: InputOf<'walkouts.create'>['prospect'],
  over: Partial<InputOf<'walkouts.create'>> = {},
) {
  store.clock.now = at(when);
  return store.as(who, 'walkouts.create', walkoutInput({ prospect, ...over }));
}

async function attempt(who: TeamName, followUpId: number, when: string, extra: object) {
  store.clock.now = at(when);
  return store.as(who, 'followUps.complete', { followUpId, ...extra } as InputOf<'followUps.complete'>);
}

/*
 * Ann   Mon 16 Sam (price, Tractors), no answer at 14:00; back Tue 17 with Tia, sold on Tia's first call.
 * Bo    Wed 18 Tia, email only (spouse, Mowers); back Thu 19 with Tia, appointment set; back Fri 20 with
 *       Sam (save program), whose survey the manager turns into a save on Sat 21.
 * Cy    Wed 18 Tia, refused contact details; back Fri 20 with a phone.
 * Dee   Mon 23 09:00 Sam; Sam then logs her Sat 21 visit he had forgotten, behind the later one.
 * Eve   Sun 22 Tia, once.
 * "Now" is Mon 23 Nov 10:00.
 */
beforeAll(async () => {
  store = await openStore();
  const ann = await visit('Sam Staff', '2026-11-16T10:00:00', { firstName: 'Ann', phone: '3125550401' });
  await attempt('Sam Staff', ann.firstContact!.followUpId, '2026-11-16T14:00:00', { outcome: 'no_answer' });
  const annBack = await visit(
    'Tia Staff',
    '2026-11-17T11:00:00',
    { phone: '3125550401' },
    { existingProspectId: ann.prospectId, category: 'Mowers', objection: 'financing' },
  );
  await attempt('Tia Staff', annBack.firstContact!.followUpId, '2026-11-17T13:00:00', {
    outcome: 'sold',
    saleAmountCents: 1_250_000,
  });

  const mowers = { category: 'Mowers', objection: 'spouse_partner' } as const;
  const bo = await visit(
    'Tia Staff',
    '2026-11-18T10:00:00',
    { firstName: 'Bo', email: 'bo@example.com' },
    mowers,
  );
  const boBack = await visit(
    'Tia Staff',
    '2026-11-19T10:00:00',
    { email: 'bo@example.com' },
    { ...mowers, existingProspectId: bo.prospectId },
  );
  await attempt('Tia Staff', boBack.firstContact!.followUpId, '2026-11-19T11:00:00', {
    outcome: 'appointment_set',
  });
  const boThird = await visit(
    'Sam Staff',
    '2026-11-20T10:00:00',
    { email: 'bo@example.com', shareOk: true },
    { existingProspectId: bo.prospectId },
  );
  const survey = store.db
    .prepare("SELECT id FROM follow_ups WHERE walkout_id = ? AND purpose = 'manager_survey'")
    .pluck()
    .get(boThird.walkoutId) as number;
  await attempt('Max Manager', survey, '2026-11-21T10:00:00', { outcome: 'sold', saleAmountCents: 900_000 });

  const cy = await visit('Tia Staff', '2026-11-18T15:00:00', { firstName: 'Cy' }, { contactRefused: true });
  await visit(
    'Tia Staff',
    '2026-11-20T15:00:00',
    { phone: '3125550403' },
    { existingProspectId: cy.prospectId },
  );

  const dee = await visit('Sam Staff', '2026-11-23T09:00:00', { firstName: 'Dee', phone: '3125550404' });
  await visit(
    'Sam Staff',
    '2026-11-23T09:30:00',
    { phone: '3125550404' },
    { existingProspectId: dee.prospectId, visitedAt: at('2026-11-21T11:00:00') },
  );
  await visit('Tia Staff', '2026-11-22T12:00:00', { firstName: 'Eve', phone: '3125550405' });
  store.clock.now = at('2026-11-23T10:00:00');
});
afterAll(() => store.close());

// Store-time midnights (1 Nov is still daylight time), as the screen's periods are.
const NOVEMBER = presetPeriod('month', at('2026-11-23T10:00:00'), TZ);
const WEEK_OF_16 = { from: at('2026-11-16T00:00:00'), to: at('2026-11-23T00:00:00') };

async function figures(f: BruteFilters) {
  return store.as('Olive Owner', 'dashboard.figures', {
    ...f,
    previousFrom: presetPeriod('month', at('2026-10-15T12:00:00'), TZ).from,
    previousTo: f.from,
    granularity: 'week',
  });
}

describe('dashboard figures with returning prospects equal the brute force', () => {
  it('counts every visit: 10 walkouts of 5 people in November', async () => {
    const got = await figures(NOVEMBER);
    expect(asBruteForce(got)).toEqual(bruteForce(store.db, NOVEMBER, TZ, store.clock.now));
    expect(got.headline).toMatchObject({
      walkouts: 10,
      withContact: 10,
      sold: 2,
      soldByCloser: { rep: 1, manager_save: 1, partner: 0 },
      valueSavedCents: 2_150_000,
      surveysCompleted: 1,
      managerSaves: 1,
      // By unique prospect: five people, each sold person once.
      people: { walkouts: 5, sold: 2 },
    });
    // Came back: every visit but each person's latest (Dee's late-logged Saturday one too); Bo's appointment
    // was on a visit that came back anyway: 5. The funnel is nested, so the two sales (Ann's second visit,
    // Bo's third: latest visits, neither came back) count at every stage above too: 5 + 2 = 7; the 3 reached
    // are all among those 7.
    expect(got.funnel).toEqual({ walkouts: 10, withContact: 10, reached: 7, appointmentOrBack: 7, sold: 2 });
  });

  it.each([
    ['the week of 16 Nov', () => WEEK_OF_16],
    ['Tia alone', () => ({ ...NOVEMBER, employeeId: store.ids['Tia Staff'] })],
    ['Sam alone', () => ({ ...NOVEMBER, employeeId: store.ids['Sam Staff'] })],
    ['one category', () => ({ ...NOVEMBER, category: 'Mowers' })],
    ['one objection', () => ({ ...NOVEMBER, objection: 'spouse_partner' as const })],
  ])('%s', async (_label, filters) => {
    const f = filters();
    const want = bruteForce(store.db, f, TZ, store.clock.now);
    expect(want.headline.walkouts).toBeGreaterThan(0);
    expect(asBruteForce(await figures(f))).toEqual(want);
  });
});
