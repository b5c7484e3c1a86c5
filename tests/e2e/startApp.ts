// Starts the real web door (npm run web's entry) on a free port over a fresh temp database, or over a
// database file the spec owns (to start the same store again). In the "postgres" project (or with
// BEBACK_E2E_ENGINE=postgres) the store is a fresh database on the run's PostgreSQL cluster instead.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from '@playwright/test';
import { openDatabase } from '../../electron/db/open';
import { createTeam, type TeamMember } from '../support/createTeam';
import { type E2eDatabase, e2eEngine, freshE2eDatabase, specDatabase } from './pgStore';

/** Monday 23 Nov 2026, 10:00 in the demo store's zone (America/Chicago): the store is open. */
export const E2E_NOW = '2026-11-23T10:00:00-06:00';

export interface RunningApp {
  url: string;
  dbPath: string;
  stop(): Promise<void>;
}

/** The people the specs sign in as; a spec lists the ones its story needs. */
export const TEAM = {
  owner: { name: 'Olivia Owner', role: 'owner', pin: '1111' },
  manager: { name: 'Mike Manager', role: 'manager', pin: '2222' },
  seller: { name: 'Sam Seller', role: 'staff', pin: '3333' },
  trainee: { name: 'Tina Trainee', role: 'staff', pin: '4444' },
} as const satisfies Record<string, TeamMember>;

export async function startApp(options: {
  demo: boolean;
  team?: TeamMember[];
  /** The spec's own file, kept when the app stops; by default a fresh one, deleted when it stops. */
  dbPath?: string;
  /** A migrated store-server database the spec owns (on a cluster it stops and starts). */
  storeServerUrl?: string;
}): Promise<RunningApp> {
  const owned = options.dbPath === undefined;
  const dir = owned ? mkdtempSync(join(tmpdir(), 'beback-e2e-')) : dirname(options.dbPath!);
  const dbPath = options.dbPath ?? join(dir, 'store.sqlite');
  let server: E2eDatabase | null = null;
  if (options.storeServerUrl || e2eEngine() === 'postgres') {
    if (!owned) throw new Error('A spec that starts the same store file again runs on SQLite only.');
    server = options.storeServerUrl
      ? specDatabase(options.storeServerUrl)
      : await freshE2eDatabase({ demo: options.demo, now: Date.parse(E2E_NOW) });
    if (options.team) {
      const store = server.open();
      try {
        await createTeam(store, options.team);
      } finally {
        await store.close();
      }
    }
  } else if (options.team) {
    // The team is made before the server starts, so the first screen already lists it.
    const db = openDatabase(dbPath);
    await createTeam(db, options.team);
    db.close();
  }
  const args = ['tsx', 'electron/http/serve.ts', '--db', dbPath, '--port', '0', '--now', E2E_NOW];
  if (!options.demo) args.push('--no-demo');
  if (server) args.push('--pg', server.url);
  // Its own process group, so stopping it also stops the server npx started (not only npx).
  const child = spawn('npx', args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env },
    detached: true,
  });
  const url = await waitForUrl(child);
  return {
    url,
    dbPath,
    stop: async () => {
      const exited = new Promise((ok) => child.once('exit', ok));
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      await exited;
      await serverLetGo(dbPath);
      // A store server leaves no lock file, and a door that switched over to one mid-run let go of its file
      // before its closing backup of the server: wait for the whole process group (that backup) too.
      if (child.pid !== undefined) await groupGone(child.pid);
      await server?.drop();
      if (owned) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * One app for all the tests of a spec file, which run in order on it: started before the first test,
 * stopped after the last. Its url is there once the first test runs.
 */
export function appForSpec(options: { demo: boolean; team?: TeamMember[] }): RunningApp {
  const app = {} as RunningApp;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async () => {
    // The first demo store of a store-server run seeds the demo template (pgStore.ts).
    if (e2eEngine() === 'postgres') test.setTimeout(180_000);
    Object.assign(app, await startApp(options));
  });
  test.afterAll(async () => app.stop?.());
  return app;
}

/**
 * npx exits on the signal while the server may still be making its closing backup: wait until the server
 * process that holds the database's lock file is gone, so nothing writes into the folder being deleted
 * (or into a file a spec is about to damage or start again).
 */
async function serverLetGo(dbPath: string): Promise<void> {
  const lock = `${dbPath}.lock`;
  for (let i = 0; i < 300 && existsSync(lock); i++) {
    let pid = 0;
    try {
      pid = Number(JSON.parse(readFileSync(lock, 'utf8')).pid);
      process.kill(pid, 0);
    } catch {
      if (pid) return; // the holder is gone (a lock it left behind is taken over by the next start)
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

async function groupGone(pgid: number): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return; // no process of the group is left
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web door did not start:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`web door exited (${code}):\n${out}`)));
  });
}
