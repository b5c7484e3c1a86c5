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
