import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from '../../shared/domain/localInput';

describe('datetime-local text in the store zone', () => {
  it('reads wall-clock text in the store zone, not the PC zone', () => {
    expect(fromLocalInput('2026-11-24T18:00', 'America/Chicago')).toBe(
      Date.parse('2026-11-24T18:00:00-06:00'),
    );
    expect(fromLocalInput('2026-07-01T09:30', 'America/Chicago')).toBe(
      Date.parse('2026-07-01T09:30:00-05:00'),
    );
  });
  it('round-trips', () => {
    const t = Date.parse('2026-03-08T10:15:00-05:00');
    expect(fromLocalInput(toLocalInput(t, 'America/Chicago'), 'America/Chicago')).toBe(t);
  });
  it.each(['', '2026-02-31T10:00', '2026-13-01T10:00', 'tomorrow', '2026-11-24 18:00'])(
    'rejects %j',
    (text) => {
      expect(fromLocalInput(text, 'America/Chicago')).toBeNull();
    },
  );
});
