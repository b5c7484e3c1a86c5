// Every write says which reads it makes stale, every read which group it is in: the renderer refreshes
// only those, here and on the other PCs. A new channel with a verb not listed here fails until classified.
import { describe, expect, it } from 'vitest';
import { type ChannelName, contract, groupOf, touchesOf } from '../../../shared/contract/channels';
import { QUERY_GROUPS, type QueryGroup } from '../../../shared/contract/queryGroups';

/** Verbs that change the store (or a session, or the backups folder). */
const WRITE_VERBS = new Set([
  'startClean',
  'createOwner',
  'signIn',
  'signOut',
  'create',
  'update',
  'resetPin',
  'erase',
  'complete',
  'reassign',
  'retire',
  'start',
  'recordSale',
  'reopen',
  'correct',
  'markPaid',
  'exportLeads',
  'importLeads',
  'exportOutcomes',
  'importOutcomes',
  'resend',
  'restore',
  'undoRestore',
  'undo',
  'saveCopy',
  'move',
  'join',
  'putBack',
  'showDemo',
  'commit',
]);
/** Verbs that only read (a file export that records nothing, a check of an import before it is made). */
const READ_VERBS = new Set([
  'status',
  'employees',
  'current',
  'list',
  'get',
  'clock',
  'changes',
  'match',
  'find',
  'search',
  'erasePreview',
  'day',
  'section',
  'entry',
  'lastLogged',
  'suggest',
  'preview',
  'progress',
  'exportCsv',
  'exportIcs',
  'team',
  'walkouts',
  'figures',
  'exportPreview',
  'importCheck',
  'batches',
  'file',
  'test',
  'firstCallsOverdue',
  'withoutNextCall',
  'check',
]);

const channels = Object.keys(contract) as ChannelName[];
const verb = (c: ChannelName) => c.split('.')[1]!;
const isWrite = (c: ChannelName) => WRITE_VERBS.has(verb(c));

describe('query groups in the contract', () => {
  it('knows every channel’s verb as a read or a write', () => {
    expect(channels.filter((c) => !WRITE_VERBS.has(verb(c)) && !READ_VERBS.has(verb(c)))).toEqual([]);
  });

  it('has every write declare the groups it touches, and no read', () => {
    expect(channels.filter((c) => isWrite(c) && touchesOf(c).length === 0)).toEqual([]);
    expect(channels.filter((c) => !isWrite(c) && touchesOf(c).length > 0)).toEqual([]);
  });

  it('has every read belong to one group, and no write', () => {
    expect(channels.filter((c) => !isWrite(c) && groupOf(c) === null)).toEqual([]);
    expect(channels.filter((c) => isWrite(c) && groupOf(c) !== null)).toEqual([]);
  });

  it('names only groups of the vocabulary, each once per write', () => {
    for (const c of channels) {
      const touched = touchesOf(c);
      expect(new Set(touched).size, c).toBe(touched.length);
      for (const g of [...touched, groupOf(c)].filter((g) => g !== null))
        expect(QUERY_GROUPS as readonly string[], c).toContain(g);
    }
  });

  it('has every group read by some channel and touched by some write, so none is dead or never refreshed', () => {
    const read = new Set(channels.map(groupOf).filter((g): g is QueryGroup => g !== null));
    const touched = new Set(channels.flatMap(touchesOf));
    expect(QUERY_GROUPS.filter((g) => !read.has(g))).toEqual([]);
    expect(QUERY_GROUPS.filter((g) => !touched.has(g))).toEqual([]);
  });

  it('has what a walkout changes refresh My day and the dashboard', () => {
    for (const c of ['walkouts.create', 'followUps.complete', 'referrals.create'] as const)
      expect(touchesOf(c), c).toEqual(expect.arrayContaining(['walkouts', 'calendar', 'dashboard']));
    expect(groupOf('calendar.day')).toBe('calendar');
    expect(groupOf('dashboard.figures')).toBe('dashboard');
    expect(touchesOf('backups.restore')).toEqual(QUERY_GROUPS);
  });
});
