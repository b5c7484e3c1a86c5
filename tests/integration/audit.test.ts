// Every audit figure on a small fixture store, against numbers counted by hand from the story below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract/channels';
import { openStore, type Store, walkoutInput } from './harness';

const at = (iso: string) => Date.parse(`${iso}-06:00`);
const PERIOD = { from: at('2026-11-16T00:00:00'), to: at('2026-11-23T00:00:00') };
let store: Store;
const ids: Record<string, number> = {};

async function visit(
  key: string,
  who: 'Tia Staff' | 'Sam Staff',
  when: string,
  over: Partial<InputOf<'walkouts.create'>>,
) {
  store.clock.now = at(when);
  const created = await store.as(who, 'walkouts.create', walkoutInput(over));
  ids[key] = created.walkoutId;
  return created;
}

async function attempt(
  who: 'Tia Staff' | 'Sam Staff' | 'Max Manager',
  followUpId: number,
  when: string,
  extra: object,
) {
  store.clock.now = at(when);
  return store.as(who, 'followUps.complete', { followUpId, ...extra } as InputOf<'followUps.complete'>);
}

/*
 * Tia, in the week of 16 Nov:
 *   T1 Mon 10:00  phone, next step "call tonight"; first attempt Mon 14:00 (4 h) → check-in Thu 14:00
 *   T2 Tue 10:00  refused contact details
 *   T3 Wed 10:00  phone, no next step; first attempt Fri 09:00 (47 h, late) → check-in Mon 23 09:00
 *   T4 Thu 10:00  email only, next step at Thu 18:00; never attempted
 *   T5 Mon 23 09:30, outside the period
 * Sam (save program), same week:
 *   S1 Fri 10:00  phone; sold on his own first call at 11:00
 *   S2 Fri 12:00  phone; the manager's survey (Sat) hears "the staff" and logs not now
 * Then T1's open check-in is cancelled by hand: an open lead with nothing on the calendar.
 * "Now" is Mon 23 Nov 10:00.
 */
beforeAll(async () => {
  store = await openStore();
  const t1 = await visit('T1', 'Tia Staff', '2026-11-16T10:00:00', {
    prospect: { firstName: 'Ann', phone: '3125550301' },
    nextStepText: 'Call tonight',
  });
  await attempt('Tia Staff', t1.firstContact!.followUpId, '2026-11-16T14:00:00', { outcome: 'no_answer' });
  await visit('T2', 'Tia Staff', '2026-11-17T10:00:00', {
    prospect: { firstName: 'Bo' },
    contactRefused: true,
  });
  const t3 = await visit('T3', 'Tia Staff', '2026-11-18T10:00:00', {
    prospect: { firstName: 'Cy', phone: '3125550303' },
  });
  await attempt('Tia Staff', t3.firstContact!.followUpId, '2026-11-20T09:00:00', {
    outcome: 'voicemail_left',
  });
  await visit('T4', 'Tia Staff', '2026-11-19T10:00:00', {
    prospect: { firstName: 'Di', email: 'di@example.com' },
    nextStepAt: at('2026-11-19T18:00:00'),
  });
  await visit('T5', 'Tia Staff', '2026-11-23T09:30:00', {
    prospect: { firstName: 'Ed', phone: '3125550305' },
  });
  const s1 = await visit('S1', 'Sam Staff', '2026-11-20T10:00:00', {
    prospect: { firstName: 'Flo', phone: '3125550306' },
  });
  await attempt('Sam Staff', s1.firstContact!.followUpId, '2026-11-20T11:00:00', {
    outcome: 'sold',
    saleAmountCents: 100,
  });
  await visit('S2', 'Sam Staff', '2026-11-20T12:00:00', {
    prospect: { firstName: 'Gus', phone: '3125550307' },
  });
  const survey = store.db
    .prepare("SELECT id FROM follow_ups WHERE walkout_id = ? AND purpose = 'manager_survey'")
    .pluck()
    .get(ids.S2) as number;
  await attempt('Max Manager', survey, '2026-11-21T10:30:00', {
    outcome: 'not_now',
    surveyObjection: 'staff',
    surveyText: 'Felt rushed',
  });
  store.db
    .prepare("UPDATE follow_ups SET status = 'cancelled' WHERE walkout_id = ? AND status = 'open'")
    .run(ids.T1);
  store.clock.now = at('2026-11-23T10:00:00');
});
afterAll(() => store.close());

describe('audit.team', () => {
  it('computes every figure exactly as counted by hand', async () => {
    const audit = await store.as('Max Manager', 'audit.team', PERIOD);
    const row = (name: string) => audit.rows.find((r) => r.name === name)!;
    expect(row('Tia Staff')).toMatchObject({
      walkouts: 4, // T1–T4
      withContact: 3, // T1, T3, T4
      dueForFirstCall: 3, // all three are over 24 h old
      firstAttemptIn24h: 1, // T1
      attempts: 2, // T1, T3
      nextStepSet: 2, // T1 (what), T4 (when)
      overdueNow: 2, // T3's check-in due 09:00 today, T4's first call
      withoutNextCall: 1, // T1
      surveyed: 0,
      surveyDisagrees: 0,
    });
    expect(row('Sam Staff')).toMatchObject({
      walkouts: 2,
      withContact: 2,
      dueForFirstCall: 2,
      firstAttemptIn24h: 1, // S1; S2 was only reached by the manager
      attempts: 1, // the survey is not Sam's attempt
      nextStepSet: 0,
      overdueNow: 0, // S2 went long-term after the survey
      withoutNextCall: 0,
      surveyed: 1,
      surveyDisagrees: 1, // Sam logged price; Gus told the manager "the staff"
    });
    expect(row('Max Manager')).toMatchObject({ walkouts: 0, overdueNow: 0 });
  });

  it.each([
    ['all', 'Tia Staff', ['T4', 'T3', 'T2', 'T1']],
    ['no_contact', 'Tia Staff', ['T2']],
    ['late_first_attempt', 'Tia Staff', ['T4', 'T3']],
    ['no_next_step', 'Tia Staff', ['T3', 'T2']],
    ['overdue', 'Tia Staff', ['T4', 'T3']],
    ['without_next_call', 'Tia Staff', ['T1']],
    ['survey_disagrees', 'Sam Staff', ['S2']],
  ] as const)('drills down to the walkouts behind %s for %s', async (list, who, expected) => {
    const rows = await store.as('Max Manager', 'audit.walkouts', {
      ...PERIOD,
      employeeId: store.ids[who],
      list,
    });
    expect(rows.rows.map((r) => r.walkoutId)).toEqual(expected.map((k) => ids[k]));
    expect(rows.total).toBe(expected.length);
  });

  it('staff cannot open the audit', async () => {
    expect((await store.failAs('Tia Staff', 'audit.team', PERIOD)).code).toBe('NOT_ALLOWED');
    const e = await store.failAs('Tia Staff', 'audit.walkouts', {
      ...PERIOD,
      employeeId: store.ids['Tia Staff'],
      list: 'all',
    });
    expect(e.code).toBe('NOT_ALLOWED');
  });

  it('refuses a period that ends before it starts', async () => {
    const e = await store.failAs('Max Manager', 'audit.team', { from: PERIOD.to, to: PERIOD.from });
    expect(e.code).toBe('VALIDATION');
  });
});
