import { describe, expect, it } from 'vitest';
import { reminderNotices, titleWithCount } from '../../../renderer/app/reminders/reminderNotices';
import { type DueCall, ReminderSchedule } from '../../../renderer/app/reminders/reminderSchedule';

const T0 = Date.parse('2026-11-23T16:00:00Z');
const MIN = 60_000;
const TIA = 4;
const SAM = 3;

function call(followUpId: number, dueAt: number, assigneeId = TIA, prospectName = `P${followUpId}`): DueCall {
  return { followUpId, assigneeId, dueAt, prospectName, purpose: 'first_contact' };
}

function setUp() {
  const clock = { now: T0 };
  return { clock, schedule: new ReminderSchedule(() => clock.now) };
}
const active = { kind: 'active', employeeId: TIA } as const;
const ids = (calls: readonly DueCall[]) => calls.map((c) => c.followUpId);

describe('ReminderSchedule', () => {
  const calls = [
    call(1, T0 - 30 * MIN),
    call(2, T0 + 10 * MIN),
    call(3, T0 + 25 * MIN),
    call(9, T0 + 5 * MIN, SAM),
  ];

  it('counts what is due at sign-in without notifying it, and names the next due time', () => {
    const { schedule } = setUp();
    expect(schedule.check(calls, active)).toEqual({
      dueNow: [calls[0]],
      toNotify: [],
      nextDueAt: T0 + 10 * MIN,
    });
  });

  it('notifies a call once as it falls due, exactly at its due time', () => {
    const { clock, schedule } = setUp();
    schedule.check(calls, active);
    clock.now = T0 + 10 * MIN - 1;
    expect(ids(schedule.check(calls, active).toNotify)).toEqual([]);
    clock.now = T0 + 10 * MIN;
    const at10 = schedule.check(calls, active);
    expect(ids(at10.toNotify)).toEqual([2]);
    expect(ids(at10.dueNow)).toEqual([1, 2]);
    expect(at10.nextDueAt).toBe(T0 + 25 * MIN);
    clock.now = T0 + 11 * MIN;
    expect(ids(schedule.check(calls, active).toNotify)).toEqual([]);
  });

  it('a late look (a PC waking from sleep) notifies each call that fell due meanwhile, once', () => {
    const { clock, schedule } = setUp();
    schedule.check(calls, active);
    clock.now = T0 + 40 * MIN;
    const late = schedule.check(calls, active);
    expect(ids(late.toNotify)).toEqual([2, 3]);
    expect(late.nextDueAt).toBeNull();
    expect(ids(schedule.check(calls, active).toNotify)).toEqual([]);
  });

  it('a call already notified is not notified again when the calendar is re-read or it moves', () => {
    const { clock, schedule } = setUp();
    schedule.check(calls, active);
    clock.now = T0 + 10 * MIN;
    expect(ids(schedule.check(calls, active).toNotify)).toEqual([2]);
    const moved = [call(2, T0 + 20 * MIN), calls[2]!];
    clock.now = T0 + 21 * MIN;
    expect(ids(schedule.check(moved, active).toNotify)).toEqual([]);
  });

  it('only the signed-in employee’s own calls count or notify', () => {
    const { clock, schedule } = setUp();
    schedule.check(calls, active);
    clock.now = T0 + 6 * MIN;
    expect(schedule.check(calls, active)).toEqual({
      dueNow: [calls[0]],
      toNotify: [],
      nextDueAt: T0 + 10 * MIN,
    });
    const sam = schedule.check(calls, { kind: 'active', employeeId: SAM });
    expect(ids(sam.dueNow)).toEqual([9]);
  });

  it('says nothing while signed out or locked, and does not announce later what fell due meanwhile', () => {
    const { clock, schedule } = setUp();
    expect(schedule.check(calls, { kind: 'signedOut' })).toEqual({
      dueNow: [],
      toNotify: [],
      nextDueAt: null,
    });
    schedule.check(calls, active);
    clock.now = T0 + 12 * MIN;
    expect(schedule.check(calls, { kind: 'locked', employeeId: TIA })).toEqual({
      dueNow: [],
      toNotify: [],
      nextDueAt: null,
    });
    clock.now = T0 + 13 * MIN;
    const back = schedule.check(calls, active);
    expect(ids(back.toNotify)).toEqual([]);
    expect(ids(back.dueNow)).toEqual([1, 2]);
    clock.now = T0 + 25 * MIN;
    expect(ids(schedule.check(calls, active).toNotify)).toEqual([3]);
  });

  it('a new sign-in is a new session: the next employee is not told about the last one’s calls', () => {
    const { clock, schedule } = setUp();
    schedule.check(calls, active);
    clock.now = T0 + 10 * MIN;
    expect(ids(schedule.check(calls, active).toNotify)).toEqual([2]);
    schedule.check(calls, { kind: 'signedOut' });
    clock.now = T0 + 30 * MIN;
    const again = schedule.check(calls, active);
    expect(ids(again.toNotify)).toEqual([]);
    expect(ids(again.dueNow)).toEqual([1, 2, 3]);
  });
});

describe('reminderNotices', () => {
  it('names the prospect and the purpose, one notice per call up to three', () => {
    const survey: DueCall = { ...call(7, T0, TIA, 'Gina Lopez'), purpose: 'manager_survey' };
    expect(reminderNotices([call(5, T0, TIA, 'Ana Ruiz'), survey])).toEqual([
      { followUpId: 5, title: 'Call due: Ana Ruiz', body: 'First contact call. Click to open it.' },
      { followUpId: 7, title: 'Call due: Gina Lopez', body: 'Manager survey call. Click to open it.' },
    ]);
  });

  it('folds more than three into one notice that opens My day', () => {
    const many = [1, 2, 3, 4, 5].map((n) => call(n, T0));
    expect(reminderNotices(many)).toEqual([
      { followUpId: null, title: '5 calls due', body: 'P1, P2, P3 and 2 more. Click to open My day.' },
    ]);
  });

  it('puts the count in the window title', () => {
    expect([titleWithCount(0), titleWithCount(3)]).toEqual(['BeBack', '(3) BeBack']);
  });
});
