// Writing a campaign plan, on either engine: a plan written again (a second PC's stale copy, a retried run)
// books nothing twice. The replaced call is skipped, not rewritten and counted again; a new call is skipped
// by the unique index; nothing fails.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type PlannedCall, writeCampaign } from '../../electron/services/campaigns/campaigns.repo';
import { MONDAY_10AM, openStore, type Store, walkoutInput } from './harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

const DAY = 86_400_000;
const write = (reasonId: number, calls: PlannedCall[]) =>
  store.data.transaction((tx) => writeCampaign(tx, reasonId, calls, MONDAY_10AM));
const campaignRows = (reasonId: number) =>
  store.db
    .prepare(
      "SELECT walkout_id, assignee_id, status FROM follow_ups WHERE purpose = 'campaign' AND reason_id = ? ORDER BY walkout_id",
    )
    .raw()
    .all(reasonId);

it('a plan written twice books each walkout once, and says the second time booked none', async () => {
  const reason = await store.as('Max Manager', 'reasons.create', {
    text: 'Spring service specials on every mower',
    category: 'new_policy',
    objections: ['price'],
  });
  const withCall = await store.as('Sam Staff', 'walkouts.create', walkoutInput());
  const other = await store.as('Sam Staff', 'walkouts.create', {
    ...walkoutInput(),
    prospect: { firstName: 'Lou', lastName: 'Park', phone: '(312) 555-0177', email: '' },
  });
  const replaced = withCall.firstContact!.followUpId;
  // The other walkout's next call is closed first, so the plan books it a call of its own.
  store.db.prepare("UPDATE follow_ups SET status = 'cancelled' WHERE walkout_id = ?").run(other.walkoutId);
  const tia = store.ids['Tia Staff'];
  const plan: PlannedCall[] = [
    {
      walkoutId: withCall.walkoutId,
      assigneeId: tia,
      dueAt: MONDAY_10AM + DAY,
      channel: 'call',
      replaces: replaced,
    },
    {
      walkoutId: other.walkoutId,
      assigneeId: tia,
      dueAt: MONDAY_10AM + DAY,
      channel: 'call',
      replaces: null,
    },
  ];
  expect(await write(reason.id, plan)).toBe(2);
  const booked = campaignRows(reason.id);
  expect(booked).toEqual([
    [withCall.walkoutId, tia, 'open'],
    [other.walkoutId, tia, 'open'],
  ]);
  expect(await write(reason.id, plan)).toBe(0);
  expect(campaignRows(reason.id)).toEqual(booked);
  expect(store.db.prepare("SELECT count(*) FROM follow_ups WHERE purpose = 'campaign'").pluck().get()).toBe(
    2,
  );
});

it('books no call for a person whose return visit was logged after the plan was read', async () => {
  const reason = await store.as('Max Manager', 'reasons.create', {
    text: 'Spring service specials on every mower',
    category: 'new_policy',
    objections: ['price'],
  });
  const visit = await store.as('Sam Staff', 'walkouts.create', walkoutInput());
  store.db.prepare("UPDATE follow_ups SET status = 'cancelled' WHERE walkout_id = ?").run(visit.walkoutId);
  // Planned while the visit had no call; then the person came back and the new visit holds their call.
  const plan: PlannedCall[] = [
    {
      walkoutId: visit.walkoutId,
      assigneeId: store.ids['Tia Staff'],
      dueAt: MONDAY_10AM + DAY,
      channel: 'call',
      replaces: null,
    },
  ];
  const back = await store.as('Tia Staff', 'walkouts.create', {
    ...walkoutInput(),
    existingProspectId: visit.prospectId,
  });
  expect(await write(reason.id, plan)).toBe(0);
  expect(campaignRows(reason.id)).toEqual([]);
  expect(
    store.db
      .prepare(
        "SELECT walkout_id, purpose FROM follow_ups WHERE status = 'open' AND purpose <> 'manager_survey'",
      )
      .raw()
      .all(),
  ).toEqual([[back.walkoutId, 'first_contact']]);
});
