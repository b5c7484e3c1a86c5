import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AttemptInput,
  type AttemptPlan,
  type AttemptRecord,
  countNoContact,
  firstContactDue,
  firstContactIsLate,
  managerSurveyDue,
  type OwnerNext,
  planAfterAttempt,
} from '../../shared/domain/cadence';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/settings';
import { allowedWindows, localDateKey } from '../../shared/domain/storeClock';
import {
  CHANNELS,
  type Channel,
  type Outcome,
  type Purpose,
  type WalkoutStatus,
} from '../../shared/domain/vocab';

const t = (iso: string) => Date.parse(iso);
const S = DEFAULT_SETTINGS; // America/Chicago, Mon–Fri 09–19, Sat 09–17, Sun closed
const THANKSGIVING: Settings = { ...S, closedDates: ['2026-11-26'] };
const LONG_HOURS: Settings = {
  ...S,
  storeHours: S.storeHours.map((h) => h && { open: '07:00', close: '22:00' }),
};
const MON_10 = t('2026-11-23T10:00:00-06:00');

const rec = (purpose: Purpose, outcome: Outcome, completedAt = MON_10): AttemptRecord => ({
  purpose,
  outcome,
  completedAt,
});
const noAnswers = (k: number, purpose: Purpose = 'check_in') =>
  Array.from({ length: k }, () => rec(purpose, 'no_answer'));
const scheduled = (purpose: Purpose, iso: string): OwnerNext => ({
  kind: 'schedule',
  purpose,
  dueAt: t(iso),
});
const open = (ownerNext: OwnerNext, walkoutStatus: WalkoutStatus = 'open'): AttemptPlan => ({
  walkoutStatus,
  ownerNext,
  cancelProspectFollowUps: false,
});

describe('firstContactDue', () => {
  it.each<[string, string, Channel, Settings, string]>([
    ['same day +2h', '2026-11-23T10:00:00-06:00', 'call', S, '2026-11-23T12:00:00-06:00'],
    ['capped at closing', '2026-11-23T17:30:00-06:00', 'call', S, '2026-11-23T19:00:00-06:00'],
    ['after closing → next opening', '2026-11-23T19:30:00-06:00', 'call', S, '2026-11-24T09:00:00-06:00'],
    ['before opening → opening', '2026-11-23T06:30:00-06:00', 'text', S, '2026-11-23T09:00:00-06:00'],
    ['Saturday capped at 17:00', '2026-11-28T16:00:00-06:00', 'call', S, '2026-11-28T17:00:00-06:00'],
    ['Saturday late → Monday', '2026-11-28T17:30:00-06:00', 'call', S, '2026-11-30T09:00:00-06:00'],
    ['Sunday walk-in → Monday', '2026-11-29T12:00:00-06:00', 'visit', S, '2026-11-30T09:00:00-06:00'],
    ['closed date skipped', '2026-11-25T19:30:00-06:00', 'call', THANKSGIVING, '2026-11-27T09:00:00-06:00'],
    ['email capped at closing', '2026-11-28T16:00:00-06:00', 'email', S, '2026-11-28T17:00:00-06:00'],
    ['email not restricted', '2026-11-28T17:30:00-06:00', 'email', S, '2026-11-28T19:30:00-06:00'],
    ['email on a closed day', '2026-11-29T12:00:00-06:00', 'letter', S, '2026-11-29T14:00:00-06:00'],
    ['call window opens later', '2026-11-23T07:00:00-06:00', 'call', LONG_HOURS, '2026-11-23T09:00:00-06:00'],
    [
      'early visit, call at 08:00',
      '2026-11-23T05:30:00-06:00',
      'call',
      LONG_HOURS,
      '2026-11-23T08:00:00-06:00',
    ],
    [
      'capped at call window end',
      '2026-11-23T20:30:00-06:00',
      'call',
      LONG_HOURS,
      '2026-11-23T21:00:00-06:00',
    ],
    [
      'visit channel capped at close',
      '2026-11-23T20:30:00-06:00',
      'visit',
      LONG_HOURS,
      '2026-11-23T22:00:00-06:00',
    ],
    [
      'after call window → 08:00',
      '2026-11-23T21:30:00-06:00',
      'call',
      LONG_HOURS,
      '2026-11-24T08:00:00-06:00',
    ],
  ])('%s', (_name, visit, channel, settings, expected) => {
    expect(firstContactDue(t(visit), channel, settings)).toBe(t(expected));
  });

  it.each([
    ['2026-11-23T10:00:00-06:00', '2026-11-23T12:00:00-06:00', false],
    ['2026-11-23T19:30:00-06:00', '2026-11-24T09:00:00-06:00', false], // 13.5 h
    ['2026-11-28T17:30:00-06:00', '2026-11-30T09:00:00-06:00', true], // closed Sunday: unavoidable
  ])('firstContactIsLate(%s, %s) = %s', (visit, due, late) => {
    expect(firstContactIsLate(t(visit), t(due), S)).toBe(late);
  });

  it('is never before the visit and always inside an allowed window', () => {
    const from = t('2026-01-01T00:00:00-06:00');
    const to = t('2027-01-01T00:00:00-06:00');
    fc.assert(
      fc.property(
        fc.integer({ min: from, max: to }),
        fc.constantFrom(...CHANNELS),
        fc.constantFrom(S, THANKSGIVING, LONG_HOURS),
        (visit, channel, settings) => {
          const due = firstContactDue(visit, channel, settings);
          expect(due).toBeGreaterThanOrEqual(visit);
          const windows = allowedWindows(localDateKey(due, settings.timeZone), channel, settings);
          expect(windows.some(([a, b]) => due >= a && due <= b)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('managerSurveyDue', () => {
  it.each<[string, string, Settings, string]>([
    ['Mon → Tue open+60', '2026-11-23T15:00:00-06:00', S, '2026-11-24T10:00:00-06:00'],
    ['Fri → Sat', '2026-11-27T18:00:00-06:00', S, '2026-11-28T10:00:00-06:00'],
    ['Sat → Mon', '2026-11-28T12:00:00-06:00', S, '2026-11-30T10:00:00-06:00'],
    ['Sun → Mon', '2026-11-29T12:00:00-06:00', S, '2026-11-30T10:00:00-06:00'],
    ['closed date skipped', '2026-11-25T12:00:00-06:00', THANKSGIVING, '2026-11-27T10:00:00-06:00'],
    [
      '07:00 opening, no offset → call window 08:00',
      '2026-11-23T12:00:00-06:00',
      { ...LONG_HOURS, surveyMinutesAfterOpen: 0 },
      '2026-11-24T08:00:00-06:00',
    ],
    ['over spring-forward', '2026-03-07T12:00:00-06:00', S, '2026-03-09T10:00:00-05:00'],
  ])('%s', (_name, visit, settings, expected) => {
    expect(managerSurveyDue(t(visit), settings)).toBe(t(expected));
  });
});

type PlanOptions = Partial<Pick<AttemptInput, 'agreedNextAt' | 'channel' | 'currentStatus' | 'settings'>>;
const plan = (attempt: AttemptRecord, history: AttemptRecord[] = [], extra: PlanOptions = {}): AttemptPlan =>
  planAfterAttempt({
    ...extra,
    history,
    attempt,
    channel: extra.channel ?? 'call',
    settings: extra.settings ?? S,
  });

const closed = (by: 'sold' | 'lost', cancel = false): AttemptPlan => ({
  walkoutStatus: by,
  ownerNext: { kind: 'none' },
  cancelProspectFollowUps: cancel,
  closedBy: by,
});
const SOLD = closed('sold');
const LOST = closed('lost');
const DNC = closed('lost', true);
// From Monday 10:00: +3 and +7 local days, and +90 (Sunday 2027-02-21, closed, so Monday's opening).
const CI_3 = scheduled('check_in', '2026-11-26T10:00:00-06:00');
const CI_7 = scheduled('check_in', '2026-11-30T10:00:00-06:00');
const LT_90 = scheduled('long_term', '2027-02-22T09:00:00-06:00');
const ci = rec('check_in', 'no_answer');
const lt = rec('long_term', 'no_answer');
const fcNo = rec('first_contact', 'no_answer');
const contact = (purpose: Purpose, outcome: Outcome = 'appointment_set') => rec(purpose, outcome);

describe('planAfterAttempt: outcomes that reach the prospect', () => {
  it.each<[Purpose, Outcome, AttemptPlan]>([
    ['check_in', 'sold', SOLD],
    ['first_contact', 'not_interested', LOST],
    ['check_in', 'do_not_contact', DNC],
    ['check_in', 'not_now', open(LT_90, 'not_now')],
    ['first_contact', 'appointment_set', open(CI_3)],
    ['manager_survey', 'sold', SOLD],
    ['manager_survey', 'not_interested', LOST],
    ['manager_survey', 'do_not_contact', DNC],
    ['manager_survey', 'not_now', open(LT_90, 'not_now')],
    ['manager_survey', 'appointment_set', open(CI_3)],
  ])('%s %s', (purpose, outcome, expected) => {
    expect(plan(rec(purpose, outcome), noAnswers(2))).toEqual(expected);
  });

  it('uses an agreed time as-is', () => {
    const agreed = t('2026-11-29T15:00:00-06:00'); // a Sunday: the prospect's choice wins
    const opts = { agreedNextAt: agreed };
    const next = (purpose: Purpose) => ({ kind: 'schedule', purpose, dueAt: agreed });
    expect(plan(rec('check_in', 'appointment_set'), [], opts).ownerNext).toEqual(next('check_in'));
    expect(plan(rec('check_in', 'not_now'), [], opts).ownerNext).toEqual(next('long_term'));
  });

  it('lets an email long-term check-back fall on a closed Sunday', () => {
    const next = plan(rec('check_in', 'not_now'), [], { channel: 'email' }).ownerNext;
    expect(next).toEqual(scheduled('long_term', '2027-02-21T10:00:00-06:00'));
  });

  it('an appointment reopens a not-now walkout', () => {
    const p = plan(rec('long_term', 'appointment_set'), [], { currentStatus: 'not_now' });
    expect(p.walkoutStatus).toBe('open');
  });
});

describe('planAfterAttempt: the no-contact ladder', () => {
  const survNo = rec('manager_survey', 'no_answer');
  const notNow = contact('check_in', 'not_now');

  it.each<[string, AttemptRecord[], AttemptRecord, AttemptPlan]>([
    ['1st no-contact → +3', [], fcNo, open(CI_3)],
    ['2nd → +7', [fcNo], rec('check_in', 'voicemail_left'), open(CI_7)],
    ['3rd → +7', [fcNo, ci], rec('check_in', 'wrong_number'), open(CI_7)],
    ['5th → +7', [fcNo, ci, ci, ci], ci, open(CI_7)],
    ['6th → long term', [fcNo, ci, ci, ci, ci], ci, open(LT_90, 'not_now')],
    ['campaign counts', [fcNo, ci, ci, ci, ci], rec('campaign', 'no_answer'), open(LT_90, 'not_now')],
    ['unanswered surveys do not count', [fcNo, survNo, ci, ci, ci], ci, open(CI_7)],
    ['unanswered survey does not reset', [fcNo, ci, ci, ci, ci, survNo], ci, open(LT_90, 'not_now')],
    ['owner contact resets', [fcNo, ci, ci, ci, ci, contact('check_in')], ci, open(CI_3)],
    ['survey contact resets', [fcNo, ci, ci, ci, ci, contact('manager_survey')], ci, open(CI_3)],
    ['1st long-term', [fcNo, ci, ci, ci, ci, ci], lt, open(LT_90, 'not_now')],
    ['3rd long-term', [fcNo, ci, ci, ci, ci, ci, lt, lt], lt, open(LT_90, 'not_now')],
    ['4th long-term → lost', [fcNo, ci, ci, ci, ci, ci, lt, lt, lt], lt, LOST],
    ['long-term contact resets', [lt, lt, lt, contact('long_term', 'not_now')], lt, open(LT_90, 'not_now')],
    ['not-now status kept', [notNow], rec('long_term', 'voicemail_left'), open(LT_90, 'not_now')],
    ['not-now 4th long-term → lost', [notNow, lt, lt, lt], lt, LOST],
  ])('%s', (_name, history, attempt, expected) => {
    const current = history.some((a) => a.outcome === 'not_now') ? 'not_now' : 'open';
    expect(plan(attempt, history, { currentStatus: current })).toEqual(expected);
  });

  it.each<WalkoutStatus>(['open', 'not_now'])(
    'an unanswered survey keeps the owner next and status %s',
    (st) => {
      const p = plan(survNo, noAnswers(5), { currentStatus: st });
      expect(p).toEqual(open({ kind: 'keep' }, st));
    },
  );

  it('uses a time promised in a voicemail, with the purpose the ladder chose', () => {
    const promised = t('2026-11-26T18:00:00-06:00');
    const opts = { agreedNextAt: promised };
    const next = (purpose: Purpose) => ({ kind: 'schedule', purpose, dueAt: promised });
    expect(plan(rec('first_contact', 'voicemail_left'), [], opts).ownerNext).toEqual(next('check_in'));
    expect(plan(rec('check_in', 'voicemail_left'), noAnswers(5), opts).ownerNext).toEqual(next('long_term'));
    expect(plan(rec('long_term', 'voicemail_left'), [lt, lt, lt], opts)).toEqual(LOST);
  });

  it('counts trailing owner no-contacts', () => {
    expect(countNoContact([ci, ci, contact('check_in'), ci, lt, survNo])).toEqual({ n: 2, longTerm: 1 });
  });

  it('runs the whole default ladder, each attempt completed when due', () => {
    const expectedDues = [
      ['check_in', '2026-11-26T10:00:00-06:00'],
      ['check_in', '2026-12-03T10:00:00-06:00'],
      ['check_in', '2026-12-10T10:00:00-06:00'],
      ['check_in', '2026-12-17T10:00:00-06:00'],
      ['check_in', '2026-12-24T10:00:00-06:00'],
      ['long_term', '2027-03-24T10:00:00-05:00'], // after DST: still 10:00 local
      ['long_term', '2027-06-22T10:00:00-05:00'],
      ['long_term', '2027-09-20T10:00:00-05:00'],
      ['long_term', '2027-12-20T09:00:00-06:00'], // 2027-12-19 is a Sunday
    ];
    const history: AttemptRecord[] = [];
    let attempt = rec('first_contact', 'no_answer', MON_10);
    const seen: [string, string][] = [];
    for (let i = 0; i < 20; i++) {
      const p = plan(attempt, history);
      if (p.ownerNext.kind !== 'schedule') {
        expect(p).toEqual(LOST);
        break;
      }
      // Not now is not never: once the ladder reaches long-term, so does the walkout's status.
      expect(p.walkoutStatus).toBe(p.ownerNext.purpose === 'long_term' ? 'not_now' : 'open');
      seen.push([p.ownerNext.purpose, new Date(p.ownerNext.dueAt).toISOString()]);
      history.push(attempt);
      attempt = rec(p.ownerNext.purpose, 'no_answer', p.ownerNext.dueAt);
    }
    expect(seen).toEqual(expectedDues.map(([p, iso]) => [p, new Date(t(iso)).toISOString()]));
  });
});

describe('planAfterAttempt: DST keeps local wall-clock time', () => {
  it.each([
    ['fall-back +3', [], '2026-10-30T10:00:00-05:00', '2026-11-02T10:00:00-06:00'],
    ['fall-back +7', noAnswers(1), '2026-10-28T10:00:00-05:00', '2026-11-04T10:00:00-06:00'],
    ['spring-forward +3', [], '2026-03-06T10:00:00-06:00', '2026-03-09T10:00:00-05:00'],
    ['spring-forward +7', noAnswers(1), '2026-03-04T10:00:00-06:00', '2026-03-11T10:00:00-05:00'],
  ])('%s', (_name, history, done, expected) => {
    expect(plan(rec('check_in', 'no_answer', t(done)), history).ownerNext).toEqual(
      scheduled('check_in', expected),
    );
  });
});
