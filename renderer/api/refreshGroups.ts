// Marks stale the cached reads of the given query groups (the contract says which group each read
// channel is in), so only what a write touched is read again; the shown ones are refetched at once.
import type { QueryClient } from '@tanstack/react-query';
import { groupOf } from '../../shared/contract/channels';
import type { QueryGroup } from '../../shared/contract/queryGroups';

export async function refreshGroups(client: QueryClient, groups: readonly QueryGroup[]): Promise<void> {
  if (groups.length === 0) return;
  const stale = new Set(groups);
  await client.invalidateQueries({
    predicate: (query) => {
      const group = groupOf(String(query.queryKey[0]));
      return group !== null && stale.has(group);
    },
  });
}
