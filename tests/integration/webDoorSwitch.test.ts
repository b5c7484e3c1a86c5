// The web door after Settings → Store database moves its store to a server: it opens the store there, then
// every later request goes to the server (sign in again, the moved rows are there, a new walkout is written
// there and not to the file), without a restart; a server it cannot open leaves it on the built-in file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/open';
import type { PgServer } from '../../electron/db/pg/connectionCheck';
import { numberTypes } from '../../electron/db/pg/pool';
import { bootDoorServices, type DoorServices } from '../../electron/http/doorServices';
import { bootServices } from '../../electron/services/boot';
import type { BootOptions } from '../../electron/services/boot.types';
import type { MoveProgressDto } from '../../shared/contract/dto';
import { createTeam } from '../support/createTeam';
import { HOST_NOW, HOST_TEAM, type HostTeamName } from '../support/hostStore';
import { freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';
import { walkoutInput } from './harness';

let dir: string | undefined;
let door: DoorServices | undefined;
const databases: PgTestDatabase[] = [];
afterEach(async () => {
  await door?.close();
  door = undefined;
  for (const d of databases.splice(0)) await d.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function emptyServer(): Promise<{ server: PgServer; url: string }> {
  const db = await freshPgDatabase('empty');
  databases.push(db);
  const url = new URL(db.url);
  const server: PgServer = {
    host: url.hostname,
    port: Number(url.port),
    database: db.name,
    user: decodeURIComponent(url.username) || 'postgres',
    password: '',
    tls: 'off',
  };
  return { server, url: db.url };
}

async function openDoor(
  switched: PgServer[],
  boot: (o: BootOptions) => ReturnType<typeof bootServices> = bootServices,
): Promise<DoorServices> {
  dir = mkdtempSync(join(tmpdir(), 'beback-door-'));
  const dbPath = join(dir, 'store.sqlite');
  const file = openDatabase(dbPath);
  await createTeam(file, HOST_TEAM, () => HOST_NOW);
  file.close();
  return bootDoorServices({
    dbPath,
    now: () => HOST_NOW,
    backupIntervalMs: 0,
    startupBackup: false,
    log: () => {},
    // Long enough for the screen's last progress poll to read the answer, as the 3 s of the real door.
    switchDelayMs: 400,
    onSwitched: (s) => switched.push(s),
    boot,
  });
}

/** A door session signed in as `who` (each tab signs in on its own). */
async function as(d: DoorServices, who: HostTeamName, channel: string, input: unknown) {
  const session = `tab-${who}`;
  const current = await d.router.call(session, 'auth.current', {});
  if (!(current.ok && current.value)) {
    const employees = await d.router.call(session, 'auth.employees', {});
    if (!employees.ok) throw new Error(employees.error.message);
    const me = (employees.value as { id: number; name: string }[]).find((e) => e.name === who);
    const pin = HOST_TEAM.find((m) => m.name === who)?.pin;
    const signed = await d.router.call(session, 'auth.signIn', { employeeId: me?.id, pin });
    if (!signed.ok) throw new Error(signed.error.message);
  }
  return d.router.call(session, channel, input);
}

async function until(predicate: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('It did not happen');
}

async function walkoutsOn(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, types: numberTypes });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*) AS n FROM walkouts')).rows[0].n);
  } finally {
    await client.end();
  }
}

describe('the web door after a move to a store server', () => {
  it('carries on on the server without a restart: sign in again, the rows are there, writes go there', async () => {
    const switched: PgServer[] = [];
    door = await openDoor(switched);
    const logged = await as(door, 'Sam Staff', 'walkouts.create', walkoutInput());
    expect(logged.ok).toBe(true);
    expect(door.server()).toBeNull();

    const { server, url } = await emptyServer();
    expect((await as(door, 'Olive Owner', 'storeDatabase.move', server)).ok).toBe(true);
    let done: MoveProgressDto | undefined;
    await until(async () => {
      const p = await door!.router.call('tab-Olive Owner', 'storeDatabase.progress', {});
      if (p.ok) done = p.value as MoveProgressDto;
      return done?.state === 'done' || done?.state === 'failed';
    });
    expect(switched).toEqual([]);
    await until(async () => switched.length === 1);
    expect(switched).toEqual([server]);
    expect(door.server()).toEqual(server);
    expect(done).toMatchObject({ state: 'done', switched: true });
    expect(done?.message).toMatch(
      new RegExp(
        `^Saved\\. In a moment this web door carries on on the store server 127\\.0\\.0\\.1:${server.port}/${server.database}: sign in again there\\.`,
      ),
    );

    // The server knows nobody signed in on the file: the tab signs in again, and finds the moved walkout.
    const before = await door.router.call('tab-Sam Staff', 'calendar.day', {});
    expect(before).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    const day = await as(door, 'Sam Staff', 'calendar.day', {});
    expect(day.ok && (day.value as { today: unknown[] }).today.length).toBe(1);

    const second = await as(
      door,
      'Sam Staff',
      'walkouts.create',
      walkoutInput({ prospect: { firstName: 'Luis', phone: '3125550199' } }),
    );
    expect(second.ok).toBe(true);
    expect(await walkoutsOn(url)).toBe(2);
  }, 60_000);

  it('stays on the built-in file, in words, when the server cannot be opened', async () => {
    const switched: PgServer[] = [];
    door = await openDoor(switched, async (o) => {
      if (o.pg) throw new Error('the server went away');
      return bootServices(o);
    });
    const { server } = await emptyServer();
    expect((await as(door, 'Olive Owner', 'storeDatabase.move', server)).ok).toBe(true);
    let done: MoveProgressDto | undefined;
    await until(async () => {
      const p = await door!.router.call('tab-Olive Owner', 'storeDatabase.progress', {});
      if (p.ok) done = p.value as MoveProgressDto;
      return done?.state === 'failed' || done?.state === 'done';
    });
    expect(done).toMatchObject({
      state: 'failed',
      switched: false,
      message:
        'The store server could not be opened by this web door (the server went away), so it keeps using the built-in file.',
    });
    expect(switched).toEqual([]);
    expect(door.server()).toBeNull();
    expect((await as(door, 'Sam Staff', 'walkouts.create', walkoutInput())).ok).toBe(true);
  }, 60_000);
});
