// Two PCs doing the same thing: the first write stands, the second is told who and when in words, and
// nothing is written twice. Runs on either engine (BEBACK_TEST_ENGINE); the concurrent race on a store
// server is in fivePcsRace.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MONDAY_10AM, openStore, type Store, walkoutInput } from './harness';

let store: Store;
beforeEach(async () => {
  store = await openStore();
});
afterEach(() => store.close());

const count = (sql: string, ...params: unknown[]) =>
  Number(
    store.db
      .prepare(sql)
      .pluck()
      .get(...params),
  );

describe('the second PC is told, and nothing is written twice', () => {
  it('a call logged twice', async () => {
    const w = await store.as('Tia Staff', 'walkouts.create', walkoutInput());
    const followUpId = w.firstContact!.followUpId;
    store.clock.now = MONDAY_10AM + 42 * 60_000;
    await store.as('Max Manager', 'followUps.complete', { followUpId, outcome: 'no_answer' });
    store.clock.now = MONDAY_10AM + 50 * 60_000;
    const again = await store.failAs('Tia Staff', 'followUps.complete', {
      followUpId,
      outcome: 'voicemail_left',
    });
    expect(again).toEqual({
      code: 'CONFLICT',
      message: 'Someone else already logged this call (Max Manager, 10:42). Nothing was written twice.',
    });
    expect(
      count("SELECT count(*) FROM follow_ups WHERE walkout_id = ? AND status = 'done'", w.walkoutId),
    ).toBe(1);
    expect(
      count("SELECT count(*) FROM follow_ups WHERE walkout_id = ? AND status = 'open'", w.walkoutId),
    ).toBe(1);
    expect(
      count("SELECT count(*) FROM audit_log WHERE entity = 'follow_up' AND entity_id = ?", followUpId),
    ).toBe(1);
  });

  it('a call taken off the calendar before it was logged', async () => {
    const w = await store.as('Tia Staff', 'walkouts.create', walkoutInput());
    await store.as('Max Manager', 'walkouts.recordSale', {
      walkoutId: w.walkoutId,
      closer: 'rep',
      amountCents: 100,
    });
    const late = await store.failAs('Tia Staff', 'followUps.complete', {
      followUpId: w.firstContact!.followUpId,
      outcome: 'no_answer',
    });
    expect(late.message).toBe(
      'This call is no longer on the calendar: the lead was closed or the person came back meanwhile. Nothing was written.',
    );
  });

  it('a sale recorded twice, a save credited once', async () => {
    const w = await store.as('Sam Staff', 'walkouts.create', walkoutInput());
    store.clock.now = MONDAY_10AM + 5 * 60_000;
    await store.as('Max Manager', 'walkouts.recordSale', {
      walkoutId: w.walkoutId,
      closer: 'manager_save',
      amountCents: 1_500_000,
    });
    const again = await store.failAs('Olive Owner', 'walkouts.recordSale', {
      walkoutId: w.walkoutId,
      closer: 'manager_save',
      amountCents: 1_400_000,
    });
    expect(again).toEqual({
      code: 'CONFLICT',
      message: 'This walkout is already sold (Max Manager, 10:05). Nothing was written twice.',
    });
    expect(count('SELECT sale_amount_cents FROM walkouts WHERE id = ?', w.walkoutId)).toBe(1_500_000);
    expect(count('SELECT count(*) FROM save_credits WHERE walkout_id = ?', w.walkoutId)).toBe(1);
  });

  it('a sale reopened twice books one check-in', async () => {
    const w = await store.as('Tia Staff', 'walkouts.create', walkoutInput());
    await store.as('Max Manager', 'walkouts.recordSale', {
      walkoutId: w.walkoutId,
      closer: 'rep',
      amountCents: 9,
    });
    await store.as('Max Manager', 'walkouts.reopen', {
      walkoutId: w.walkoutId,
      why: 'Financing fell through',
    });
    const again = await store.failAs('Olive Owner', 'walkouts.reopen', {
      walkoutId: w.walkoutId,
      why: 'Same',
    });
    expect(again.code).toBe('CONFLICT');
    expect(
      count("SELECT count(*) FROM follow_ups WHERE walkout_id = ? AND status = 'open'", w.walkoutId),
    ).toBe(1);
  });

  it('the database itself refuses a second open next call for one walkout', async () => {
    const w = await store.as('Tia Staff', 'walkouts.create', walkoutInput());
    expect(() =>
      store.db
        .prepare(
          `INSERT INTO follow_ups (walkout_id, assignee_id, due_at, channel, purpose, status, created_at)
           VALUES (?, ?, 1, 'call', 'check_in', 'open', 1)`,
        )
        .run(w.walkoutId, store.ids['Tia Staff']),
    ).toThrow(/follow_ups(_one_next|\.walkout_id)/);
  });
});
