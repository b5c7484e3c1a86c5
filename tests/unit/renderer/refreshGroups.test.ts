// A write refreshes only the cached reads of the groups it touches; the rest stay as they are.
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { refreshGroups } from '../../../renderer/api/refreshGroups';
import { touchesOf } from '../../../shared/contract/channels';

function cacheOf(keys: unknown[][]) {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, { cached: true });
  const invalidated = () =>
    client
      .getQueryCache()
      .getAll()
      .filter((q) => q.state.isInvalidated)
      .map((q) => q.queryKey[0]);
  return { client, invalidated };
}

const KEYS = [
  ['calendar.day', {}],
  ['calendar.day', { employeeId: 3 }],
  ['walkouts.get', { id: 7 }],
  ['reasons.list', {}],
  ['dashboard.figures', { from: 0, to: 1 }],
  ['settings.get', {}],
  ['auth.current', {}],
  ['a key no channel has', {}],
];

describe('refreshGroups', () => {
  it('marks stale what a logged walkout touched: calendars, the walkout, the dashboard; not reasons or settings', async () => {
    const { client, invalidated } = cacheOf(KEYS);
    await refreshGroups(client, touchesOf('walkouts.create'));
    expect(invalidated()).toEqual(['calendar.day', 'calendar.day', 'walkouts.get', 'dashboard.figures']);
  });

  it('marks stale only the reasons for a new reason', async () => {
    const { client, invalidated } = cacheOf(KEYS);
    await refreshGroups(client, touchesOf('reasons.create'));
    expect(invalidated()).toEqual(['reasons.list']);
  });

  it('marks nothing for a read used as a mutation (a file export) or no groups', async () => {
    const { client, invalidated } = cacheOf(KEYS);
    await refreshGroups(client, touchesOf('commissions.exportCsv'));
    await refreshGroups(client, []);
    expect(invalidated()).toEqual([]);
  });

  it('marks every channel’s read for a restore, and leaves keys no channel has', async () => {
    const { client, invalidated } = cacheOf(KEYS);
    await refreshGroups(client, touchesOf('backups.restore'));
    expect(invalidated()).toEqual(KEYS.slice(0, -1).map((k) => k[0]));
  });
});
