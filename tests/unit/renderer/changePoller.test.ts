// The renderer's side of the change feed: the first answer only sets the cursor, later ones refresh what
// they name, a failure keeps the cursor, and rounds never overlap.
import { describe, expect, it } from 'vitest';
import { ChangePoller } from '../../../renderer/app/changePoller';
import type { ChangesDto } from '../../../shared/contract/changesSchemas';
import { QUERY_GROUPS, type QueryGroup } from '../../../shared/contract/queryGroups';

function pollerOver(answers: (ChangesDto | Error)[]) {
  const asked: number[] = [];
  const refreshed: (readonly QueryGroup[])[] = [];
  const failures: string[] = [];
  const poller = new ChangePoller({
    fetchChanges: async (since) => {
      asked.push(since);
      const next = answers.shift();
      if (!next || next instanceof Error) throw next ?? new Error('no answer');
      return next;
    },
    refresh: (groups) => refreshed.push(groups),
    onError: (err) => failures.push(String(err)),
  });
  return { poller, asked, refreshed, failures };
}

describe('ChangePoller', () => {
  it('starts from 0, refreshes nothing on the first answer, then the groups each later answer names', async () => {
    const { poller, asked, refreshed } = pollerOver([
      { cursor: 500, groups: [...QUERY_GROUPS], everything: true },
      { cursor: 500, groups: [], everything: false },
      { cursor: 502, groups: ['walkouts', 'calendar'], everything: false },
    ]);
    await poller.poll();
    await poller.poll();
    await poller.poll();
    expect(asked).toEqual([0, 500, 500]);
    expect(refreshed).toEqual([['walkouts', 'calendar']]);
  });

  it('refreshes every group when the service layer restarted (everything)', async () => {
    const { poller, refreshed } = pollerOver([
      { cursor: 500, groups: [], everything: false },
      { cursor: 9_000, groups: [...QUERY_GROUPS], everything: true },
    ]);
    await poller.poll();
    await poller.poll();
    expect(refreshed).toEqual([QUERY_GROUPS]);
  });

  it('keeps its cursor through a failed round, tells the failure, and asks from it again', async () => {
    const { poller, asked, refreshed, failures } = pollerOver([
      { cursor: 500, groups: [], everything: false },
      new Error('BeBack is not reachable. Is it still running?'),
      { cursor: 501, groups: ['reasons'], everything: false },
    ]);
    await poller.poll();
    await poller.poll();
    await poller.poll();
    expect(asked).toEqual([0, 500, 500]);
    expect(refreshed).toEqual([['reasons']]);
    expect(failures).toEqual(['Error: BeBack is not reachable. Is it still running?']);
  });

  it('skips a round while the last one waits for its answer', async () => {
    let release: (a: ChangesDto) => void = () => {};
    let calls = 0;
    const poller = new ChangePoller({
      fetchChanges: () => {
        calls++;
        return new Promise<ChangesDto>((r) => {
          release = r;
        });
      },
      refresh: () => {},
    });
    const first = poller.poll();
    await poller.poll();
    expect(calls).toBe(1);
    release({ cursor: 1, groups: [], everything: false });
    await first;
    void poller.poll();
    expect(calls).toBe(2);
  });
});
