// The settings form's idle-lock field: read as whole minutes within the contract's 1–240, only sent if changed.
import { describe, expect, it } from 'vitest';
import { readDraft, toDraft } from '../../../renderer/features/settings/settingsDraft';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';

const withLock = (typed: string) =>
  readDraft({ ...toDraft(DEFAULT_SETTINGS), idleLockMinutes: typed }, DEFAULT_SETTINGS);

describe('the idle-lock minutes in the settings form', () => {
  it('shows the stored minutes and sends nothing when they are untouched', () => {
    expect(toDraft(DEFAULT_SETTINGS).idleLockMinutes).toBe('5');
    expect(withLock('5')).toEqual({ patch: {}, problems: {} });
  });

  it('sends a changed whole number of minutes, the ends of the range included', () => {
    expect(withLock(' 1 ')).toEqual({ patch: { idleLockMinutes: 1 }, problems: {} });
    expect(withLock('240').patch).toEqual({ idleLockMinutes: 240 });
  });

  it.each(['0', '241', '2.5', '', 'ten', '-3'])('refuses %j with the range, sending nothing', (typed) => {
    const read = withLock(typed);
    expect(read.problems).toEqual({ idleLockMinutes: 'A whole number from 1 to 240' });
    expect(read.patch).toEqual({});
  });
});

describe('the settings form read back as settings', () => {
  const draft = toDraft(DEFAULT_SETTINGS);
  const read = (change: Partial<typeof draft>) => readDraft({ ...draft, ...change }, DEFAULT_SETTINGS);
  const day = (open: string, close: string) => ({ isOpen: true, open, close });

  it('names every value by its settings path and shows money as dollars', () => {
    expect(draft).toMatchObject({
      callWindow: { start: '08:00', end: '21:00' },
      campaignDailyCap: '10',
      saveCommissionCents: '$50',
      referralCreditCents: '$0',
      closedDates: '',
    });
    expect(draft.storeHours[0]).toEqual({ isOpen: false, open: '09:00', close: '17:00' });
  });

  it('sends only what changed, typed text read as settings', () => {
    expect(
      read({
        saveCommissionCents: '49.50',
        closedDates: '2026-12-25, 2027-01-01',
        defaultRegion: 'CA',
        storeHours: draft.storeHours.map((d, i) => (i === 0 ? day('10:00', '16:00') : d)),
      }),
    ).toEqual({
      patch: {
        saveCommissionCents: 4950,
        closedDates: ['2026-12-25', '2027-01-01'],
        defaultRegion: 'CA',
        storeHours: [{ open: '10:00', close: '16:00' }, ...DEFAULT_SETTINGS.storeHours.slice(1)],
      },
      problems: {},
    });
  });

  it('a closed day’s times are not read, even when its disabled inputs come back empty', () => {
    const closed = draft.storeHours.map((d, i) => (i === 0 ? { isOpen: false } : d));
    expect(read({ storeHours: closed })).toEqual({ patch: {}, problems: {} });
  });

  it.each([
    [{ callWindow: { start: '18:00', end: '09:00' } }, { 'callWindow.end': 'Must be after the start' }],
    [{ callWindow: { start: '', end: '21:00' } }, { 'callWindow.start': 'Enter a time' }],
    [{ saveCommissionCents: 'fifty' }, { saveCommissionCents: 'Dollars, e.g. 50 or 49.50 (0 for none)' }],
    [{ referralCreditCents: '' }, { referralCreditCents: 'Dollars, e.g. 50 or 49.50 (0 for none)' }],
    [{ campaignDailyCap: '500' }, { campaignDailyCap: 'A whole number from 1 to 200' }],
    [{ closedDates: '2026-02-30' }, { closedDates: 'Use real dates written YYYY-MM-DD, e.g. 2026-12-25' }],
  ])('%j is refused on its path', (change, problems) => {
    expect(read(change as Partial<typeof draft>)).toEqual({ patch: {}, problems });
  });

  it('puts a day’s problem on its row and a closed week on the hours', () => {
    const hours = (d: { isOpen: boolean; open: string; close: string }) =>
      draft.storeHours.map((x, i) => (i === 6 ? d : x));
    expect(read({ storeHours: hours(day('09:00', '08:00')) }).problems).toEqual({
      'storeHours.6': 'Opening must be before closing',
    });
    expect(read({ storeHours: hours(day('09:00', '')) }).problems).toEqual({
      'storeHours.6': 'Enter both times, or untick Open',
    });
    const shut = draft.storeHours.map((d) => ({ ...d, isOpen: false }));
    expect(read({ storeHours: shut }).problems).toEqual({ storeHours: 'Open at least one day a week' });
  });
});
