// The renderer's "store server unreachable" flag: set only by the router's own words for it, cleared by the
// next answer that got through (a restore's UNAVAILABLE, or any error of the service layer, is not it).
import { describe, expect, it } from 'vitest';
import { isServerLostNow, noteAnswer } from '../../../renderer/api/serverLost';
import { SERVER_LOST_MESSAGE } from '../../../shared/domain/storeServer';

const lost = { ok: false, error: { code: 'UNAVAILABLE', message: SERVER_LOST_MESSAGE } } as const;

describe('noteAnswer', () => {
  it('is set by the lost-server answer and cleared by the next one that got through', () => {
    expect(isServerLostNow()).toBe(false);
    noteAnswer(lost);
    expect(isServerLostNow()).toBe(true);
    noteAnswer({ ok: false, error: { code: 'VALIDATION', message: 'First name is required' } });
    expect(isServerLostNow()).toBe(false);
    noteAnswer(lost);
    noteAnswer({ ok: true, value: null });
    expect(isServerLostNow()).toBe(false);
  });

  it('a restore in progress is not the server lost', () => {
    noteAnswer({
      ok: false,
      error: { code: 'UNAVAILABLE', message: 'BeBack is restoring a backup. Try again in a moment.' },
    });
    expect(isServerLostNow()).toBe(false);
  });
});
