// After a write: the local feed at once; telling the other PCs may fail without failing the write.
import { describe, expect, it } from 'vitest';
import { createChangeFeed } from '../../../electron/services/changes/changeFeed';
import { publishChanges } from '../../../electron/services/changes/publishChanges';

describe('publishChanges', () => {
  it('records the groups with their session, tells the other PCs, and reports a failed notify', async () => {
    const feed = createChangeFeed({ startAt: 10 });
    const told: string[][] = [];
    const failures: string[] = [];
    const publish = publishChanges(
      feed,
      async (groups) => {
        told.push([...groups]);
        throw new Error('Connection terminated');
      },
      (err) => failures.push((err as Error).message),
    );
    publish(['walkouts', 'calendar'], 'tab-1');
    expect(feed.since(10, 'tab-2').groups).toEqual(['walkouts', 'calendar']);
    expect(feed.since(10, 'tab-1').groups).toEqual([]);
    await new Promise((r) => setTimeout(r, 0));
    expect(told).toEqual([['walkouts', 'calendar']]);
    expect(failures).toEqual(['Connection terminated']);
  });
});
