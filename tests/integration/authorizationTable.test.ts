// Authorization table: every channel of the contract × owner, manager, staff × someone else's id (Sam Staff's
// walkout, follow-up, prospect, credit; the owner's employee record, partner, reason…). A role the
// contract leaves out gets NOT_ALLOWED; a staff member on another rep's data gets NOT_ALLOWED or
// NOT_FOUND or exactly the redacted answer the row names; every refusal changes no row of any table.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChannelName, contract } from '../../shared/contract/channels';
import type { Role } from '../../shared/domain/vocab';
import { type AuthzFixture, buildAuthzFixture } from '../support/authzFixture';
import { dumpAll } from '../support/dbScan';
import { type Case, type Expect, TABLE } from './authorizationTable.rows';
import { ENGINE, openStore, type Store, type TeamName } from './harness';

/** Who acts for each role: Tia Staff is the staff member, Sam Staff the "someone else". */
const ACTOR: Record<Role, TeamName> = { owner: 'Olive Owner', manager: 'Max Manager', staff: 'Tia Staff' };
const ROLES = Object.keys(ACTOR) as Role[];
const ROLE_REFUSAL = 'Your role does not allow this. Ask a manager.';
const CHANNELS = Object.keys(contract) as ChannelName[];

/** What `role` must get on `c` of `channel`; a string is a mistake in the table itself. */
function expected(channel: ChannelName, role: Role, c: Case): Expect | string {
  const access = contract[channel].access;
  const given = c[role];
  if (access === 'public') return c.anyRole ?? 'a public channel needs anyRole';
  if (c.anyRole) return 'anyRole is for public channels only';
  if (!access.includes(role)) {
    return given
      ? `the contract refuses ${role}: its row must not say otherwise`
      : { refused: 'NOT_ALLOWED' };
  }
  if (given) return given;
  if (role === 'staff') return 'staff may call it: the row must say what staff get on someone else’s id';
  return { allowed: 'write' }; // managers and owners keep full access
}

const cases = CHANNELS.flatMap((channel) =>
  (TABLE[channel] ?? [{ name: 'no row in the table', input: () => ({}) }]).flatMap((c) =>
    ROLES.map((role) => ({ label: `${channel} × ${role} × ${c.name}`, channel, role, c })),
  ),
);

let store: Store;
let fixture: AuthzFixture;
let watcher: Database.Database | null;
beforeEach(async () => {
  store = await openStore();
  fixture = await buildAuthzFixture(store);
  // SQLite: a second connection sees PRAGMA data_version move whenever the app's connection commits anything.
  // On the server, store.writes() counts every writing command the app's pool sends, DDL included.
  watcher = ENGINE === 'sqlite' ? new Database(store.path, { readonly: true }) : null;
});
afterEach(() => {
  watcher?.close();
  store.close();
});

function snapshot() {
  return {
    rows: dumpAll(store.db),
    dataVersion: (watcher?.pragma('data_version', { simple: true }) ?? 0) as number,
    changes: store.writes(),
  };
}
type Snapshot = ReturnType<typeof snapshot>;

/** Tables whose rows differ, so a failure names what a refused call wrote. */
function changedTables(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...Object.keys(before.rows), ...Object.keys(after.rows)]);
  const changed = [...names].filter((t) => JSON.stringify(before.rows[t]) !== JSON.stringify(after.rows[t]));
  if (changed.length === 0 && after.changes !== before.changes) changed.push('(rows written, then restored)');
  if (changed.length === 0 && after.dataVersion !== before.dataVersion)
    changed.push('(a commit with no change)');
  return changed.sort();
}

describe('the authorization table', () => {
  it('has a row for every channel of the contract, and none for a channel that is gone', () => {
    expect(CHANNELS.filter((c) => !TABLE[c] || TABLE[c].length === 0)).toEqual([]);
    expect(Object.keys(TABLE).filter((c) => !(c in contract))).toEqual([]);
  });

  it.each(cases)('$label', async ({ label, channel, role, c }) => {
    const want = expected(channel, role, c);
    if (typeof want === 'string') throw new Error(`${label}: ${want}`);
    const who = ACTOR[role];
    const before = snapshot();
    const result = await store.result(who, channel, c.input(fixture));
    if ('allowed' in want) {
      const answer = result.ok ? 'answered' : `${result.error.code}: ${result.error.message}`;
      expect(answer, `${label} should answer`).toBe('answered');
      if (want.allowed === 'read') expect(changedTables(before, snapshot()), `${label} wrote`).toEqual([]);
      if (result.ok && want.check) await want.check(result.value, { label, f: fixture, store, who });
      return;
    }
    const code = 'refused' in want ? want.refused : want.fails;
    const answer = result.ok ? 'answered' : result.error.code;
    expect(answer, `${label} should be ${code} (${result.ok ? '' : result.error.message})`).toBe(code);
    if (!result.ok && code === 'NOT_ALLOWED' && 'refused' in want && !rowSaysService(channel, role)) {
      expect(result.error.message, `${label}: the router's role check`).toBe(ROLE_REFUSAL);
    }
    const writes = 'fails' in want ? (want.writes ?? []) : [];
    // The rows name tables as SQLite's main schema does; the server's are in public.
    const changed = changedTables(before, snapshot()).filter(
      (t) => !writes.includes(t.replace(/^public\./, 'main.')),
    );
    expect(changed, `${label} was refused but changed these tables`).toEqual([]);
  });
});

/** True when the role passes the contract's access list, so a NOT_ALLOWED is the service's own check. */
function rowSaysService(channel: ChannelName, role: Role): boolean {
  const access = contract[channel].access;
  return access === 'public' || access.includes(role);
}
