// How a backup reads on the Backups and damaged-database screens.
import { describe, expect, it } from 'vitest';
import { backupName, backupSize, backupTime } from '../../../renderer/features/backups/backupText';

describe('backupTime', () => {
  it('reads in the store’s zone, to the second', () => {
    expect(backupTime(Date.parse('2026-11-23T16:00:05.250Z'), 'America/Chicago')).toBe(
      'Mon 23 Nov 2026, 10:00:05 AM',
    );
  });
  it('follows the zone across a DST change', () => {
    expect(backupTime(Date.parse('2026-07-01T16:00:00Z'), 'America/Chicago')).toBe(
      'Wed 1 Jul 2026, 11:00:00 AM',
    );
  });
});

describe('backupSize', () => {
  it.each([
    [0, '< 0.1 MB'],
    [50_000, '< 0.1 MB'],
    [430_080, '0.4 MB'],
    [12.44 * 1024 * 1024, '12.4 MB'],
    [2_500 * 1024 * 1024, '2,500.0 MB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(backupSize(bytes)).toBe(text);
  });
});

describe('backupName', () => {
  it('names a backup by its time and walkouts', () => {
    const createdAt = Date.parse('2026-11-23T16:00:05Z');
    expect(backupName({ createdAt, walkouts: 1 }, 'America/Chicago')).toBe(
      'Mon 23 Nov 2026, 10:00:05 AM (1 walkout)',
    );
    expect(backupName({ createdAt, walkouts: 1200 }, 'America/Chicago')).toBe(
      'Mon 23 Nov 2026, 10:00:05 AM (1,200 walkouts)',
    );
  });
});
