// One person, one call (PRODUCT.md cadence rule 5): a return visit takes over the person's open calls,
// the earlier visits stay in its story, and the manager's audit does not flag the visits it superseded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MONDAY_10AM, openStore, type Store, type TeamName, walkoutInput } from './harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = { from: MONDAY_10AM - DAY, to: MONDAY_10AM + 7 * DAY };

async function visit(who: TeamName, at: number, product: string, existingProspectId?: number) {
  store.clock.now = at;
  return store.as(who, 'walkouts.create', {
    ...walkoutInput({ product }),
    ...(existingProspectId ? { existingProspectId } : {}),
  });
}

/** Every open follow-up of the prospect: [walkout, assignee, purpose]. */
function openCalls(prospectId: number) {
  return store.db
    .prepare(
      `SELECT f.walkout_id, e.name, f.purpose FROM follow_ups f JOIN walkouts w ON w.id = f.walkout_id
         JOIN employees e ON e.id = f.assignee_id WHERE w.prospect_id = ? AND f.status = 'open' ORDER BY f.id`,
    )
    .raw()
    .all(prospectId);
}

async function calendarWalkouts(who: TeamName) {
  const day = await store.as(who, 'calendar.day', {});
  return [...day.overdue, ...day.today, ...day.upcoming].map((r) => r.walkout.id);
}

async function withoutNextCall() {
  const team = await store.as('Max Manager', 'audit.team', WEEK);
  return Object.fromEntries(team.rows.map((r) => [r.name, r.withoutNextCall]));
}

describe('a return visit takes over the person’s calls', () => {
  it('leaves one open call (and at most one survey) per person, on the newest visit', async () => {
    // Sam is in the save program: his visit gets his first call and the manager's survey.
    const v1 = await visit('Sam Staff', MONDAY_10AM, 'Kubota BX2380 tractor');
    expect(v1.earlierCallsCancelled).toBe(0);
    expect(openCalls(v1.prospectId)).toEqual([
      [v1.walkoutId, 'Sam Staff', 'first_contact'],
      [v1.walkoutId, 'Max Manager', 'manager_survey'],
    ]);
    // The same afternoon she is back and Tia serves her: Sam's call and the survey give way.
    const v2 = await visit('Tia Staff', MONDAY_10AM + 4 * HOUR, 'Zero-turn mower', v1.prospectId);
    expect(v2.earlierCallsCancelled).toBe(2);
    expect(v2.laterVisitAt).toBeNull();
    expect(openCalls(v1.prospectId)).toEqual([[v2.walkoutId, 'Tia Staff', 'first_contact']]);
    expect(await calendarWalkouts('Sam Staff')).toEqual([]);
    expect(await calendarWalkouts('Max Manager')).toEqual([]);
    expect(await calendarWalkouts('Tia Staff')).toEqual([v2.walkoutId]);
    // Next day with Sam again: one rep call and one survey, never two of either.
    const v3 = await visit('Sam Staff', MONDAY_10AM + DAY, 'Kubota BX2380 tractor', v1.prospectId);
    expect(v3.earlierCallsCancelled).toBe(1);
    expect(openCalls(v1.prospectId)).toEqual([
      [v3.walkoutId, 'Sam Staff', 'first_contact'],
      [v3.walkoutId, 'Max Manager', 'manager_survey'],
    ]);
    expect(await calendarWalkouts('Tia Staff')).toEqual([]);
    expect(await calendarWalkouts('Sam Staff')).toEqual([v3.walkoutId]);
    expect(store.db.prepare('SELECT status FROM walkouts ORDER BY id').pluck().all()).toEqual([
      'open',
      'open',
      'open',
    ]);
  });

  it('the newest visit’s story shows the earlier visits', async () => {
    const v1 = await visit('Tia Staff', MONDAY_10AM, 'Kubota BX2380 tractor');
    const v2 = await visit('Tia Staff', MONDAY_10AM + 4 * HOUR, 'Zero-turn mower', v1.prospectId);
    const story = await store.as('Tia Staff', 'walkouts.get', { id: v2.walkoutId });
    expect(story.otherVisits).toEqual([
      {
        visitedAt: MONDAY_10AM,
        employeeName: 'Tia Staff',
        detail: { id: v1.walkoutId, product: 'Kubota BX2380 tractor', status: 'open' },
      },
    ]);
    expect(story.followUps.map((f) => [f.purpose, f.status])).toEqual([['first_contact', 'open']]);
    const earlier = await store.as('Tia Staff', 'walkouts.get', { id: v1.walkoutId });
    expect(earlier.followUps.map((f) => [f.purpose, f.status])).toEqual([['first_contact', 'cancelled']]);
  });

  it('the audit does not flag a superseded visit, and still flags a newest visit left without a call', async () => {
    const v1 = await visit('Sam Staff', MONDAY_10AM, 'Kubota BX2380 tractor');
    const v2 = await visit('Tia Staff', MONDAY_10AM + 4 * HOUR, 'Zero-turn mower', v1.prospectId);
    expect(await withoutNextCall()).toMatchObject({ 'Sam Staff': 0, 'Tia Staff': 0 });
    const list = (who: TeamName) =>
      store.as('Max Manager', 'audit.walkouts', {
        ...WEEK,
        employeeId: store.ids[who],
        list: 'without_next_call',
      });
    expect(await list('Sam Staff')).toEqual({ total: 0, rows: [] });
    // Tia's call cancelled by hand: now the person has no call, and her newest visit is the one flagged.
    store.db.prepare("UPDATE follow_ups SET status = 'cancelled' WHERE walkout_id = ?").run(v2.walkoutId);
    expect(await withoutNextCall()).toMatchObject({ 'Sam Staff': 0, 'Tia Staff': 1 });
    expect((await list('Tia Staff')).rows.map((r) => r.walkoutId)).toEqual([v2.walkoutId]);
  });

  it('a visit logged late, behind a later one, leaves the calls on the later visit', async () => {
    const v1 = await visit('Tia Staff', MONDAY_10AM, 'Kubota BX2380 tractor');
    const v2 = await visit('Tia Staff', MONDAY_10AM + 4 * HOUR, 'Zero-turn mower', v1.prospectId);
    // Sam logs, the next morning, a visit of hers from Sunday he had forgotten.
    store.clock.now = MONDAY_10AM + DAY;
    const late = await store.as('Sam Staff', 'walkouts.create', {
      ...walkoutInput({ product: 'Utility trailer' }),
      existingProspectId: v1.prospectId,
      visitedAt: MONDAY_10AM - DAY,
    });
    expect(late.firstContact).toBeNull();
    expect(late.earlierCallsCancelled).toBe(0);
    expect(late.laterVisitAt).toBe(MONDAY_10AM + 4 * HOUR);
    expect(openCalls(v1.prospectId)).toEqual([[v2.walkoutId, 'Tia Staff', 'first_contact']]);
    expect(await withoutNextCall()).toMatchObject({ 'Sam Staff': 0, 'Tia Staff': 0 });
  });

  it('a campaign calls the person once, on the newest visit', async () => {
    const v1 = await visit('Tia Staff', MONDAY_10AM, 'Kubota BX2380 tractor');
    await store.as('Tia Staff', 'followUps.complete', {
      followUpId: v1.firstContact!.followUpId,
      outcome: 'no_answer',
    });
    const v2 = await visit('Tia Staff', MONDAY_10AM + 4 * HOUR, 'Kubota BX2380 tractor', v1.prospectId);
    await store.as('Tia Staff', 'followUps.complete', {
      followUpId: v2.firstContact!.followUpId,
      outcome: 'no_answer',
    });
    const reason = await store.as('Max Manager', 'reasons.create', {
      text: 'The 2027 BX tractors arrived with a free loader',
      category: 'new_product',
      categories: ['Tractors'],
    });
    expect(await store.as('Max Manager', 'campaigns.preview', { reasonId: reason.id })).toMatchObject({
      fitting: 1,
      eligible: 1,
    });
    const started = await store.as('Max Manager', 'campaigns.start', { reasonId: reason.id });
    while ((await store.as('Max Manager', 'campaigns.progress', { jobId: started.jobId })).phase !== 'done') {
      await new Promise((r) => setImmediate(r));
    }
    expect(openCalls(v1.prospectId)).toEqual([[v2.walkoutId, 'Tia Staff', 'campaign']]);
  });
});
