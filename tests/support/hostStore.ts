// A store opened the way the doors open it (lock, health check, backups) on a temp folder, with the
// integration team and a clock the test moves. The team is made once into a template file and copied.

import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import { openDatabase } from '../../electron/db/open';
import type { BootOptions } from '../../electron/services/boot.types';
import { openStoreHost, type StoreHost } from '../../electron/services/storeHost';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/channels';
import type { AppError } from '../../shared/contract/result';
import { walkoutInput } from '../integration/harness';
import { createTeam } from './createTeam';

export const HOST_TEAM = [
  { name: 'Olive Owner', role: 'owner', pin: '1111' },
  { name: 'Max Manager', role: 'manager', pin: '2222' },
  { name: 'Sam Staff', role: 'staff', pin: '3333' },
] as const;
export type HostTeamName = (typeof HOST_TEAM)[number]['name'];

/** Monday 23 Nov 2026, 10:00 in America/Chicago. */
export const HOST_NOW = Date.parse('2026-11-23T10:00:00-06:00');

let template: string | null = null;
// The template lives as long as the test file that made it (each file has its own copy of this module).
afterAll(() => {
  if (template) rmSync(dirname(template), { recursive: true, force: true });
  template = null;
});
async function teamTemplate(): Promise<string> {
  if (template) return template;
  const dir = mkdtempSync(join(tmpdir(), 'beback-host-template-'));
  template = join(dir, 'team.sqlite');
  const db = openDatabase(template);
  await createTeam(db, HOST_TEAM, () => HOST_NOW);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return template;
}

export interface HostStore {
  dir: string;
  dbPath: string;
  backupsDir: string;
  clock: { now: number };
  host: StoreHost;
  logs: string[];
  as<C extends ChannelName>(who: HostTeamName, channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  failAs(who: HostTeamName, channel: ChannelName, input: unknown): Promise<AppError>;
  /** Closes the host (as quitting does) and opens it again on the same files. */
  reopen(extra?: Partial<BootOptions>): Promise<StoreHost>;
  dispose(): Promise<void>;
}

export async function openHostStore(extra: Partial<BootOptions> = {}): Promise<HostStore> {
  const dir = mkdtempSync(join(tmpdir(), 'beback-host-'));
  const dbPath = join(dir, 'store.sqlite');
  copyFileSync(await teamTemplate(), dbPath);
  const clock = { now: HOST_NOW };
  const logs: string[] = [];
  const options = (more: Partial<BootOptions>): BootOptions => ({
    dbPath,
    now: () => clock.now,
    backupIntervalMs: 0,
    startupBackup: false,
    log: (line) => logs.push(line),
    ...extra,
    ...more,
  });
  const signedIn = new Set<string>();
  const store: HostStore = {
    dir,
    dbPath,
    backupsDir: join(dir, 'backups'),
    clock,
    logs,
    host: await openStoreHost(options({})),
    async as(who, channel, input) {
      await signIn(who);
      const r = await store.host.router.call(who, channel, input);
      if (!r.ok) throw Object.assign(new Error(`${channel}: ${r.error.code} ${r.error.message}`), r.error);
      return r.value as never;
    },
    async failAs(who, channel, input) {
      await signIn(who);
      const r = await store.host.router.call(who, channel, input);
      if (r.ok) throw new Error(`${channel} was expected to fail but succeeded`);
      return r.error;
    },
    async reopen(more = {}) {
      await store.host.close();
      signedIn.clear();
      store.host = await openStoreHost(options(more));
      return store.host;
    },
    async dispose() {
      await store.host.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  async function signIn(who: HostTeamName) {
    const current = await store.host.router.call(who, 'auth.current', {});
    if (current.ok && current.value) return;
    const employees = await store.host.router.call(who, 'auth.employees', {});
    if (!employees.ok) return; // damaged: the call itself will say so
    const me = (employees.value as { id: number; name: string }[]).find((e) => e.name === who);
    const pin = HOST_TEAM.find((m) => m.name === who)?.pin;
    if (!me || !pin) throw new Error(`${who} is not in this store`);
    const r = await store.host.router.call(who, 'auth.signIn', { employeeId: me.id, pin });
    if (!r.ok) throw new Error(r.error.message);
    signedIn.add(who);
  }
  return store;
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function countRows(dbPath: string, table: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
}

/** Overwrites one page of a table's b-tree with garbage, as a failing disk would. The file must be closed. */
export function corruptTablePage(dbPath: string, table: string): void {
  const db = new Database(dbPath);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const root = db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(table) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(dbPath);
  bytes.fill(0xa5, (root - 1) * pageSize, root * pageSize);
  writeFileSync(dbPath, bytes);
}

let phones = 1000;
/** A walkout by the staff member for a new prospect (a phone of its own, so no returning-prospect match). */
export function logWalkout(store: HostStore, firstName: string) {
  return store.as(
    'Sam Staff',
    'walkouts.create',
    walkoutInput({ prospect: { firstName, lastName: 'Test', phone: `312555${phones++}`, email: '' } }),
  );
}
