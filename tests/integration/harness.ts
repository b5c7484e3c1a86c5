// A real store for integration tests: temp-file SQLite, the real router, a clock the test moves.
// Team PINs are hashed once into a template file (scrypt is deliberately slow) and copied per test.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, openDatabase } from '../../electron/db/open';
import { sqliteStore } from '../../electron/db/store';
import { createServices } from '../../electron/services';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/channels';
import type { AppError, Result } from '../../shared/contract/result';
import { createTeam } from '../support/createTeam';

/** Monday 23 Nov 2026, 10:00 in America/Chicago: the store is open. */
export const MONDAY_10AM = Date.parse('2026-11-23T10:00:00-06:00');

export const TEAM = [
  { name: 'Olive Owner', role: 'owner', pin: '1111' },
  { name: 'Max Manager', role: 'manager', pin: '2222' },
  { name: 'Sam Staff', role: 'staff', pin: '3333', saveProgram: true },
  { name: 'Tia Staff', role: 'staff', pin: '4444' },
] as const;
export type TeamName = (typeof TEAM)[number]['name'];

let templateDir: string | null = null;

async function template(): Promise<string> {
  if (templateDir) return join(templateDir, 'template.sqlite');
  templateDir = mkdtempSync(join(tmpdir(), 'beback-int-template-'));
  const path = join(templateDir, 'template.sqlite');
  const db = openDatabase(path);
  await createTeam(db, TEAM, () => MONDAY_10AM);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return path;
}

export interface Store {
  db: Db;
  path: string;
  clock: { now: number };
  ids: Record<TeamName, number>;
  /** Calls the router as `who` (signed in on first use) and returns the value or throws the AppError. */
  as<C extends ChannelName>(who: TeamName, channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  /** Same call, returning the failure; throws if the call unexpectedly succeeded. */
  failAs<C extends ChannelName>(who: TeamName, channel: C, input: unknown): Promise<AppError>;
  /** The router's whole answer to `who` (signed in), success or failure, for tests that check either. */
  result(who: TeamName, channel: ChannelName, input: unknown): Promise<Result<unknown>>;
  raw(
    session: string,
    channel: string,
    input: unknown,
  ): ReturnType<ReturnType<typeof createServices>['router']['call']>;
  count(table: string): number;
  /** Closes and reopens the database file, as a restart of the app would. */
  restart(): void;
  close(): void;
}

export async function openStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'beback-int-'));
  const path = join(dir, 'store.sqlite');
  copyFileSync(await template(), path);
  const clock = { now: MONDAY_10AM };
  let db = openDatabase(path);
  let services = createServices({ store: sqliteStore(db), now: () => clock.now });
  let signedIn = new Set<string>();
  const ids = Object.fromEntries(
    (db.prepare('SELECT id, name FROM employees').all() as { id: number; name: string }[]).map((e) => [
      e.name,
      e.id,
    ]),
  ) as Record<TeamName, number>;

  // PIN sign-in has its own tests (auth.test.ts); here a session is opened directly to skip scrypt, and
  // again before every call: tests move the clock by days, past the idle time that ends a session.
  async function ensureSignedIn(who: TeamName) {
    services.sessions.signIn(who, ids[who]);
    signedIn.add(who);
  }

  const store: Store = {
    get db() {
      return db;
    },
    path,
    clock,
    ids,
    async as(who, channel, input) {
      await ensureSignedIn(who);
      const r = await services.router.call(who, channel, input);
      if (!r.ok) throw Object.assign(new Error(`${channel}: ${r.error.code} ${r.error.message}`), r.error);
      return r.value as never;
    },
    async failAs(who, channel, input) {
      await ensureSignedIn(who);
      const r = await services.router.call(who, channel, input);
      if (r.ok) throw new Error(`${channel} was expected to fail but succeeded`);
      return r.error;
    },
    async result(who, channel, input) {
      await ensureSignedIn(who);
      return services.router.call(who, channel, input);
    },
    raw: (session, channel, input) => services.router.call(session, channel, input),
    count: (table) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    restart() {
      db.close();
      db = openDatabase(path);
      services = createServices({ store: sqliteStore(db), now: () => clock.now });
      signedIn = new Set();
    },
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return store;
}

/** A minimal valid counter entry; override what the test is about. */
export function walkoutInput(over: Partial<InputOf<'walkouts.create'>> = {}): InputOf<'walkouts.create'> {
  return {
    prospect: { firstName: 'Rosa', lastName: 'Diaz', phone: '(312) 555-0142', email: '' },
    product: 'Kubota BX2380 tractor',
    category: 'Tractors',
    priceQuotedCents: 1_899_900,
    closeness: 4,
    objection: 'price',
    ...over,
  };
}
