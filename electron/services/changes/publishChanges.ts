// What the router does after a write succeeded: the local feed at once, then the other PCs (if any).
import type { QueryGroup } from '../../../shared/contract/queryGroups';
import type { ChangeFeed } from './changeFeed';

export function publishChanges(
  feed: ChangeFeed,
  notify?: (groups: readonly QueryGroup[]) => Promise<void>,
  onNotifyError?: (err: unknown) => void,
): (groups: readonly QueryGroup[], origin: string) => void {
  return (groups, origin) => {
    feed.publish(groups, origin);
    // Not awaited: the write has committed and its answer should not wait on the server's round trip. A
    // lost notify costs the other PCs their refresh until their next one, never data.
    notify?.(groups).catch((err) => onNotifyError?.(err));
  };
}
