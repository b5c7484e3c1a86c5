import { describe, expect, it } from 'vitest';
import { createChangeFeed } from '../../../electron/services/changes/changeFeed';
import { QUERY_GROUPS } from '../../../shared/contract/queryGroups';

const START = 1_000;

describe('the change feed', () => {
  it('answers nothing new for the current cursor', () => {
    const feed = createChangeFeed({ startAt: START });
    expect(feed.since(START)).toEqual({ cursor: START, groups: [], everything: false });
  });

  it('moves the cursor on by one per write and answers the groups written since a cursor, in vocabulary order', () => {
    const feed = createChangeFeed({ startAt: START });
    expect(feed.publish(['walkouts', 'calendar'])).toBe(START + 1);
    expect(feed.publish(['reasons', 'calendar'])).toBe(START + 2);
    expect(feed.since(START)).toEqual({
      cursor: START + 2,
      groups: ['walkouts', 'calendar', 'reasons'],
      everything: false,
    });
    expect(feed.since(START + 1)).toEqual({
      cursor: START + 2,
      groups: ['calendar', 'reasons'],
      everything: false,
    });
    expect(feed.since(START + 2).groups).toEqual([]);
  });

  it('leaves out the viewer’s own writes, and keeps other PCs’ (no origin) for everyone', () => {
    const feed = createChangeFeed({ startAt: START });
    feed.publish(['reasons'], 'session-a');
    feed.publish(['partners']);
    expect(feed.since(START, 'session-a')).toEqual({
      cursor: START + 2,
      groups: ['partners'],
      everything: false,
    });
    expect(feed.since(START, 'session-b').groups).toEqual(['reasons', 'partners']);
  });

  it('leaves the cursor where it was for a write that touched nothing', () => {
    const feed = createChangeFeed({ startAt: START });
    expect(feed.publish([])).toBe(START);
    expect(feed.cursor).toBe(START);
  });

  it('answers everything for a cursor from before this process started, or one it never handed out', () => {
    const feed = createChangeFeed({ startAt: START });
    feed.publish(['walkouts']);
    const everything = { cursor: START + 1, groups: [...QUERY_GROUPS], everything: true };
    expect(feed.since(0)).toEqual(everything);
    expect(feed.since(START - 1)).toEqual(everything);
    expect(feed.since(START + 5)).toEqual(everything);
  });

  it('answers everything for a cursor older than the history it keeps', () => {
    const feed = createChangeFeed({ startAt: START, keep: 3 });
    for (let i = 0; i < 5; i++) feed.publish(['audit']);
    // Kept: the writes that reached START+3, +4 and +5; so START+2 is still answerable, START+1 is not.
    expect(feed.since(START + 2)).toEqual({ cursor: START + 5, groups: ['audit'], everything: false });
    expect(feed.since(START + 1).everything).toBe(true);
  });

  it('answers everything across a "may have missed changes" mark, and only the groups after it', () => {
    const feed = createChangeFeed({ startAt: START });
    feed.publish(['walkouts']);
    expect(feed.publishEverything()).toBe(START + 2);
    feed.publish(['reasons']);
    expect(feed.since(START + 1).everything).toBe(true);
    expect(feed.since(START + 2)).toEqual({ cursor: START + 3, groups: ['reasons'], everything: false });
  });

  it('starts its cursors from the clock in microseconds, past any an earlier process handed out', () => {
    const before = Date.now() * 1000;
    const feed = createChangeFeed();
    expect(feed.cursor).toBeGreaterThanOrEqual(before);
    expect(feed.cursor).toBeLessThanOrEqual(Date.now() * 1000);
  });
});
