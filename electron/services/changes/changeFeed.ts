// The change feed of one process: a cursor that only grows, and which query groups were written since
// a cursor. Kept in memory (app.changes never reads the database); a bounded history, so a cursor older
// than what is kept, or from before this process started, is answered with "everything".
import type { ChangesDto } from '../../../shared/contract/changesSchemas';
import { EVERYTHING, type QueryGroup } from '../../../shared/contract/queryGroups';

/** About ten minutes of a busy store's writes at one every two seconds. */
const DEFAULT_KEEP = 300;

export interface ChangeFeed {
  /**
   * Records the groups a write touched and returns the new cursor. `origin` is the session that wrote (its
   * own screen refreshed already, so its polls skip the entry); none for another PC's write.
   */
  publish(groups: readonly QueryGroup[], origin?: string): number;
  /** Changes may have been missed (a lost listener): every reader refreshes everything once. */
  publishEverything(): number;
  /** The groups written after `since` by anyone but `viewer` (a session key). */
  since(since: number, viewer?: string): ChangesDto;
  readonly cursor: number;
}

export function createChangeFeed(options: { keep?: number; startAt?: number } = {}): ChangeFeed {
  const keep = options.keep ?? DEFAULT_KEEP;
  // Cursors start past any an earlier process handed out (the clock at start, in microseconds: an earlier
  // process would need a thousand writes a millisecond to get ahead), so a renderer that outlived a restart
  // (the web door's tab) never mistakes an old cursor for a new one.
  const first = options.startAt ?? Date.now() * 1000;
  let cursor = first;
  /** Oldest first: the entry at cursor c holds the groups written to reach c (null: everything). */
  const entries: { cursor: number; groups: readonly QueryGroup[] | null; origin?: string }[] = [];

  function record(groups: readonly QueryGroup[] | null, origin?: string): number {
    cursor += 1;
    entries.push({ cursor, groups, origin });
    if (entries.length > keep) entries.shift();
    return cursor;
  }

  return {
    get cursor() {
      return cursor;
    },
    publish(groups, origin) {
      return groups.length === 0 ? cursor : record([...new Set(groups)], origin);
    },
    publishEverything() {
      return record(null);
    },
    since(since, viewer) {
      if (since === cursor) return { cursor, groups: [], everything: false };
      const oldestKnown = entries.length > 0 ? entries[0]!.cursor - 1 : cursor;
      if (since < first || since < oldestKnown || since > cursor) return all(cursor);
      const groups = new Set<QueryGroup>();
      for (const entry of entries) {
        if (entry.cursor <= since || (viewer !== undefined && entry.origin === viewer)) continue;
        if (entry.groups === null) return all(cursor);
        for (const g of entry.groups) groups.add(g);
      }
      return { cursor, groups: EVERYTHING.filter((g) => groups.has(g)), everything: false };
    },
  };
}

function all(cursor: number): ChangesDto {
  return { cursor, groups: [...EVERYTHING], everything: true };
}
