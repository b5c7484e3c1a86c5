// Undoing the last logged outcome (issue 14, item 2): every outcome family puts back exactly the rows it
// changed, the roll-ups equal a rebuild afterwards, and every refusal says why in words and writes nothing.
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberTypes } from '../../electron/db/pg/pool';
import { rebuildRollups, rollupContents } from '../migrations/storeAtVersion';
import { rollupsUnlikeRebuild } from '../support/fivePcChecks';
import { ENGINE, MONDAY_10AM, openStore, type Store, type TeamName, walkoutInput } from './harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

const MIN = 60_000;
const ROLLUPS = [
  'dash_day',
  'dash_day_obj',
  'dash_day_cat',
  'dash_month',
  'dash_month_obj',
  'dash_month_cat',
  'dash_reason_day_emp',
  'dash_reason_day_obj',
  'dash_reason_day_cat',
  'dash_reason_month_emp',
  'dash_reason_month_obj',
  'dash_reason_month_cat',
];

/** Every row an outcome can change, and the roll-ups (rows that count something), in a fixed order. */
function rows() {
  const all = (text: string) => store.db.prepare(text).all();
  return {
    follow_ups: all('SELECT * FROM follow_ups ORDER BY id'),
    walkouts: all('SELECT * FROM walkouts ORDER BY id'),
    prospects: all('SELECT * FROM prospects ORDER BY id'),
    save_credits: all('SELECT * FROM save_credits ORDER BY id'),
    walkout_reasons: all('SELECT * FROM walkout_reasons ORDER BY walkout_id, reason_id'),
    ...Object.fromEntries(
      ROLLUPS.map((t) => [t, all(`SELECT * FROM ${t} WHERE walkouts <> 0 ORDER BY 1, 2, 3, 4`)]),
    ),
  };
}

/** The roll-up tables the triggers kept unlike a rebuild from the walkouts: none, on either engine. */
async function rollupsUnlikeRebuilt(): Promise<string[]> {
  if (ENGINE === 'postgres') {
    const client = new pg.Client({ connectionString: store.path, types: numberTypes });
    await client.connect();
    try {
      return await rollupsUnlikeRebuild(client);
    } finally {
      await client.end();
    }
  }
  const kept = { ...rollupContents(store.db), pairs: rows().walkout_reasons };
  rebuildRollups(store.db);
  const rebuilt = { ...rollupContents(store.db), pairs: rows().walkout_reasons };
  return Object.keys(kept).filter(
    (t) =>
      JSON.stringify(kept[t as keyof typeof kept]) !== JSON.stringify(rebuilt[t as keyof typeof rebuilt]),
  );
}

async function visit(who: TeamName = 'Tia Staff', over = {}) {
  const created = await store.as(who, 'walkouts.create', { ...walkoutInput(), ...over });
  return { ...created, followUpId: created.firstContact!.followUpId };
}

function surveyOf(walkoutId: number): number {
  return store.db
    .prepare(
      "SELECT id FROM follow_ups WHERE walkout_id = ? AND purpose = 'manager_survey' AND status = 'open'",
    )
    .pluck()
    .get(walkoutId) as number;
}

function lastAudit() {
  const r = store.db
    .prepare(
      "SELECT employee_id, action, entity_id, detail FROM audit_log WHERE entity = 'follow_up' ORDER BY id DESC",
    )
    .get() as { employee_id: number; action: string; entity_id: number; detail: string };
  return { ...r, detail: JSON.parse(r.detail) };
}

/** Logs the outcome a minute after the visit, undoes it `after` ms later, and checks every row came back. */
async function logAndUndo(
  who: TeamName,
  followUpId: number,
  outcome: Record<string, unknown>,
  undoer: TeamName = who,
) {
  store.clock.now += MIN;
  const before = rows();
  const logged = await store.as(who, 'followUps.complete', { followUpId, ...outcome } as never);
  expect(rows()).not.toEqual(before);
  store.clock.now += 3 * MIN;
  const undone = await store.as(undoer, 'followUps.undo', { followUpId });
  expect(rows()).toEqual(before);
  expect(undone.row.followUp).toMatchObject({
    id: followUpId,
    status: 'open',
    outcome: null,
    completedAt: null,
    completedByName: null,
  });
  expect(await rollupsUnlikeRebuilt()).toEqual([]);
  return { logged, undone };
}

describe('followUps.undo puts back exactly what the outcome changed', () => {
  it('no answer: the check-in it booked is removed and the call is open again, audited', async () => {
    const w = await visit();
    const { logged, undone } = await logAndUndo('Tia Staff', w.followUpId, {
      outcome: 'no_answer',
      notes: 'Rang twice',
    });
    expect(undone.removedFollowUpId).toBe(logged.next!.followUpId);
    expect(undone.reopenedCount).toBe(0);
    expect(store.count('follow_ups')).toBe(1);
    expect(lastAudit()).toEqual({
      employee_id: store.ids['Tia Staff'],
      action: 'undo',
      entity_id: w.followUpId,
      detail: {
        undone: true,
        loggedBy: store.ids['Tia Staff'],
        before: {
          status: 'done',
          outcome: 'no_answer',
          completedAt: MONDAY_10AM + MIN,
          walkoutStatus: 'open',
          nextFollowUpId: logged.next!.followUpId,
        },
        after: {
          status: 'open',
          walkoutStatus: 'open',
          reopenedFollowUpIds: [],
          removedFollowUpId: logged.next!.followUpId,
          removedCreditId: null,
        },
      },
    });
  });

  it('appointment set: the reached and appointment facts go back, undone by a manager', async () => {
    const w = await visit();
    await logAndUndo(
      'Tia Staff',
      w.followUpId,
      { outcome: 'appointment_set', agreedNextAt: MONDAY_10AM + 2 * 86_400_000 },
      'Max Manager',
    );
  });

  it('sold by the rep with a reason of value: sale, survey call and the reason pair go back', async () => {
    const reason = await store.as('Max Manager', 'reasons.create', {
      text: 'Zero-percent financing this month',
      category: 'new_policy',
      objections: ['price'],
    });
    const w = await visit('Sam Staff');
    const { undone } = await logAndUndo('Sam Staff', w.followUpId, {
      outcome: 'sold',
      saleAmountCents: 1_850_000,
      reasonId: reason.id,
    });
    expect(undone.reopenedCount).toBe(1);
    expect(undone.row.walkout).toMatchObject({ status: 'open', soldAt: null, closer: null });
    expect(store.count('walkout_reasons')).toBe(0);
  });

  it('sold on the manager survey: the save credit and the survey answer go back', async () => {
    const w = await visit('Sam Staff');
    const survey = surveyOf(w.walkoutId);
    const { undone } = await logAndUndo('Max Manager', survey, {
      outcome: 'sold',
      saleAmountCents: 900_000,
      surveyObjection: 'price',
      surveyText: 'Found it cheaper online',
    });
    expect(undone.reopenedCount).toBe(1);
    expect(store.count('save_credits')).toBe(0);
  });

  it('do not contact: both visits and the calls it cancelled are back, the person reachable', async () => {
    const first = await visit('Tia Staff');
    store.clock.now += 60 * MIN;
    const back = await visit('Sam Staff', { existingProspectId: first.prospectId });
    const { undone } = await logAndUndo('Sam Staff', back.followUpId, { outcome: 'do_not_contact' });
    expect(undone.reopenedCount).toBe(1);
    expect(
      store.db.prepare('SELECT do_not_contact FROM prospects WHERE id = ?').pluck().get(first.prospectId),
    ).toBe(0);
    expect(
      store.db
        .prepare('SELECT status FROM walkouts WHERE prospect_id = ? ORDER BY id')
        .pluck()
        .all(first.prospectId),
    ).toEqual(['open', 'open']);
  });
});

describe('followUps.undo refuses in words and writes nothing', () => {
  async function refused(who: TeamName, followUpId: number) {
    const written = store.writes();
    const e = await store.failAs(who, 'followUps.undo', { followUpId });
    expect(store.writes()).toBe(written);
    return { code: e.code, message: e.message };
  }

  it('more than ten minutes after the call was logged (ten minutes to the millisecond still undoes)', async () => {
    const w = await visit();
    await store.as('Tia Staff', 'followUps.complete', { followUpId: w.followUpId, outcome: 'no_answer' });
    store.clock.now += 10 * MIN + 1;
    expect(await refused('Tia Staff', w.followUpId)).toEqual({
      code: 'CONFLICT',
      message: 'More than 10 minutes have passed (logged at 10:00).',
    });
    store.clock.now -= 1;
    await store.as('Tia Staff', 'followUps.undo', { followUpId: w.followUpId });
  });

  it('by another staff member; a manager may', async () => {
    const w = await visit();
    await store.as('Tia Staff', 'followUps.complete', { followUpId: w.followUpId, outcome: 'no_answer' });
    expect(await refused('Sam Staff', w.followUpId)).toEqual({
      code: 'NOT_ALLOWED',
      message: 'Only the person who logged a call, or a manager, can undo it.',
    });
    await store.as('Olive Owner', 'followUps.undo', { followUpId: w.followUpId });
  });

  it('after another call was logged on the person; the later call itself can be undone', async () => {
    const w = await visit();
    const first = await store.as('Tia Staff', 'followUps.complete', {
      followUpId: w.followUpId,
      outcome: 'no_answer',
    });
    store.clock.now += 2 * MIN;
    await store.as('Tia Staff', 'followUps.complete', {
      followUpId: first.next!.followUpId,
      outcome: 'not_now',
    });
    expect(await refused('Tia Staff', w.followUpId)).toEqual({
      code: 'CONFLICT',
      message: 'This call can no longer be undone: Tia Staff logged another call at 10:02.',
    });
    await store.as('Tia Staff', 'followUps.undo', { followUpId: first.next!.followUpId });
  });

  it('after a sale was recorded on the visit elsewhere', async () => {
    const w = await visit();
    await store.as('Tia Staff', 'followUps.complete', { followUpId: w.followUpId, outcome: 'no_answer' });
    store.clock.now += 3 * MIN;
    await store.as('Max Manager', 'walkouts.recordSale', {
      walkoutId: w.walkoutId,
      closer: 'manager_save',
      amountCents: 500_000,
    });
    expect(await refused('Tia Staff', w.followUpId)).toEqual({
      code: 'CONFLICT',
      message: 'This call can no longer be undone: Max Manager recorded a sale at 10:03.',
    });
  });

  it('after a return visit of the person', async () => {
    const w = await visit();
    await store.as('Tia Staff', 'followUps.complete', { followUpId: w.followUpId, outcome: 'no_answer' });
    store.clock.now += 4 * MIN;
    await visit('Sam Staff', { existingProspectId: w.prospectId, product: 'Zero-turn mower' });
    expect(await refused('Tia Staff', w.followUpId)).toEqual({
      code: 'CONFLICT',
      message: 'This call can no longer be undone: Sam Staff logged a return visit at 10:04.',
    });
  });

  it('after a campaign took over the next call it booked', async () => {
    const w = await visit();
    const logged = await store.as('Tia Staff', 'followUps.complete', {
      followUpId: w.followUpId,
      outcome: 'no_answer',
    });
    // What campaigns.start writes on a walkout's open call (campaigns.repo), without its plan and job.
    store.db.prepare("UPDATE follow_ups SET purpose = 'campaign' WHERE id = ?").run(logged.next!.followUpId);
    expect(await refused('Tia Staff', w.followUpId)).toEqual({
      code: 'CONFLICT',
      message: 'This call can no longer be undone: a campaign took over the next call it booked.',
    });
  });

  it('two PCs undoing at once: one undoes, the other is told it already was', async () => {
    const w = await visit();
    await store.as('Tia Staff', 'followUps.complete', { followUpId: w.followUpId, outcome: 'no_answer' });
    const answers = await Promise.all([
      store.result('Tia Staff', 'followUps.undo', { followUpId: w.followUpId }),
      store.result('Max Manager', 'followUps.undo', { followUpId: w.followUpId }),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    const refusal = answers.find((a) => !a.ok);
    expect(refusal && !refusal.ok && refusal.error.message).toMatch(
      /^This call was already undone \((Tia Staff|Max Manager), 10:00\)\.$/,
    );
    expect(store.count('follow_ups')).toBe(1);
  });

  it('once its save credit was paid', async () => {
    const w = await visit('Sam Staff');
    const survey = surveyOf(w.walkoutId);
    await store.as('Max Manager', 'followUps.complete', {
      followUpId: survey,
      outcome: 'sold',
      saleAmountCents: 900_000,
    });
    store.db.prepare('UPDATE save_credits SET paid_at = ?').run(MONDAY_10AM + 5 * MIN);
    expect(await refused('Max Manager', survey)).toEqual({
      code: 'CONFLICT',
      message: 'This call can no longer be undone: its save credit was already paid (10:05).',
    });
  });

  it('twice, and on a call never logged', async () => {
    const w = await visit();
    await store.as('Tia Staff', 'followUps.complete', { followUpId: w.followUpId, outcome: 'no_answer' });
    store.clock.now += MIN;
    await store.as('Tia Staff', 'followUps.undo', { followUpId: w.followUpId });
    expect(await refused('Tia Staff', w.followUpId)).toEqual({
      code: 'CONFLICT',
      message: 'This call was already undone (Tia Staff, 10:01).',
    });
    const other = await visit('Sam Staff', {
      prospect: { firstName: 'Lou', lastName: 'Park', phone: '(312) 555-0177', email: '' },
    });
    expect(await refused('Sam Staff', other.followUpId)).toEqual({
      code: 'CONFLICT',
      message: 'This call has no logged outcome to undo.',
    });
  });
});

describe('followUps.lastLogged offers the undo for ten minutes, until another call or the undo', () => {
  it('names the call, then nothing once undone or late', async () => {
    const w = await visit();
    expect(await store.as('Tia Staff', 'followUps.lastLogged', {})).toBeNull();
    await store.as('Tia Staff', 'followUps.complete', { followUpId: w.followUpId, outcome: 'no_answer' });
    const offered = {
      followUpId: w.followUpId,
      outcome: 'no_answer',
      prospectName: 'Rosa Diaz',
      completedAt: MONDAY_10AM,
      completedByName: 'Tia Staff',
      undoableUntil: MONDAY_10AM + 10 * MIN,
    };
    expect(await store.as('Tia Staff', 'followUps.lastLogged', {})).toEqual(offered);
    expect(
      await store.as('Max Manager', 'followUps.lastLogged', { employeeId: store.ids['Tia Staff'] }),
    ).toEqual(offered);
    expect(
      (await store.failAs('Sam Staff', 'followUps.lastLogged', { employeeId: store.ids['Tia Staff'] })).code,
    ).toBe('NOT_ALLOWED');
    store.clock.now += 10 * MIN + 1;
    expect(await store.as('Tia Staff', 'followUps.lastLogged', {})).toBeNull();
    store.clock.now = MONDAY_10AM + MIN;
    await store.as('Max Manager', 'followUps.undo', { followUpId: w.followUpId });
    expect(await store.as('Tia Staff', 'followUps.lastLogged', {})).toBeNull();
  });
});
