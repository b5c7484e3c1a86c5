// The query groups: what a read channel shows and a write channel changes, in a small fixed vocabulary.
// A write refreshes only the reads whose group it touches, on this PC at once and on the others
// through the change feed (app.changes).
export const QUERY_GROUPS = [
  'session',
  'setup',
  'employees',
  'settings',
  'walkouts',
  'calendar',
  'dashboard',
  'reasons',
  'campaigns',
  'commissions',
  'partners',
  'backups',
  'audit',
] as const;

export type QueryGroup = (typeof QUERY_GROUPS)[number];

/** A restore or a clean start replaces the whole store: every read is stale. */
export const EVERYTHING: readonly QueryGroup[] = QUERY_GROUPS;

/** A read channel belongs to one group; a write channel names every group it may change. */
export type ChannelKind = { group: QueryGroup } | { touches: readonly QueryGroup[] };

export function isQueryGroup(name: unknown): name is QueryGroup {
  return typeof name === 'string' && (QUERY_GROUPS as readonly string[]).includes(name);
}
