// kill -9 while walkouts are logged, while a backup runs, and while a restore swaps files: every
// acknowledged walkout survives, the file passes integrity_check, and the next start opens it.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/db/backups/backupFiles';
import { openStoreHost } from '../../electron/services/storeHost';
import { HOST_NOW, type HostStore, openHostStore } from '../support/hostStore';

const CHILD = join(__dirname, '..', 'support', 'crashChild.ts');

let store: HostStore;
afterEach(async () => store?.dispose());

interface Run {
  acked: number[];
  restored: string[];
  /** ms since the child said READY */
  elapsed: () => number;
}

/** Starts the child, lets it work until `until` is true, then kills it with SIGKILL mid-flight. */
function runAndKill(dbPath: string, args: string[], until: (r: Run) => boolean, now?: number): Promise<Run> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CRASH_NOW: String(now ?? '') },
  });
  let readyAt = 0;
  const run: Run = { acked: [], restored: [], elapsed: () => (readyAt ? Date.now() - readyAt : 0) };
  let err = '';
  return new Promise((resolve, reject) => {
    let buffered = '';
    let killed = false;
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, value] = line.split(' ');
        if (word === 'ACK') run.acked.push(Number(value));
        if (word === 'RESTORED') run.restored.push(value);
        if (word === 'READY') readyAt = Date.now();
      }
      check();
    });
    const check = () => {
      if (!killed && until(run)) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    // Between lines too: a restore or a backup can be mid-way when the time comes.
    const poll = setInterval(check, 5);
    child.stderr?.on('data', (c: Buffer) => {
      err += c.toString();
    });
    child.once('exit', (code, signal) => {
      clearInterval(poll);
      if (signal === 'SIGKILL') resolve(run);
      else reject(new Error(`child exited ${code}: ${err}`));
    });
  });
}

function inspect(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      ids: new Set(db.prepare('SELECT id FROM walkouts').pluck().all() as number[]),
    };
  } finally {
    db.close();
  }
}

/** The next start: finishes what the crash cut short, takes over the dead process's lock, opens whole. */
async function restart(dbPath: string): Promise<void> {
  const host = await openStoreHost({ dbPath, backupIntervalMs: 0, startupBackup: false, log: () => {} });
  expect(host.state()).toBe('ok');
  await host.close();
}

const random = (lo: number, hi: number) => lo + Math.floor(Math.random() * (hi - lo + 1));

describe('kill -9', () => {
  it('while walkouts are logged: 20 cycles, every acknowledged walkout survives', async () => {
    store = await openHostStore();
    await store.host.close();
    let total = 0;
    for (let cycle = 0; cycle < 20; cycle++) {
      const target = random(1, 25);
      const run = await runAndKill(store.dbPath, ['walkouts'], (r) => r.acked.length >= target);
      await restart(store.dbPath);
      const after = inspect(store.dbPath);
      expect(after.integrity).toBe('ok');
      expect(run.acked.filter((id) => !after.ids.has(id))).toEqual([]);
      total += run.acked.length;
    }
    expect(inspect(store.dbPath).ids.size).toBeGreaterThanOrEqual(total);
  }, 180_000);

  it('during backups: 10 cycles, walkouts survive and every listed backup is whole', async () => {
    store = await openHostStore();
    await store.host.close();
    for (let cycle = 0; cycle < 10; cycle++) {
      // Long enough for some backups to finish and the kill to land inside others.
      const ms = random(150, 1200);
      const run = await runAndKill(store.dbPath, ['backup'], (r) => r.elapsed() >= ms);
      await restart(store.dbPath);
      const after = inspect(store.dbPath);
      expect(after.integrity).toBe('ok');
      expect(run.acked.filter((id) => !after.ids.has(id))).toEqual([]);
    }
    const backups = listBackups(store.backupsDir);
    expect(backups.length).toBeGreaterThan(0);
    for (const b of backups) {
      expect(b.verified).toBe(true);
      const copy = new Database(b.file, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT count(*) FROM walkouts').pluck().get()).toBe(b.counts.walkouts);
      copy.close();
    }
  }, 180_000);

  it('during restores: 10 cycles, the file is always one whole state, never a mix or nothing', async () => {
    store = await openHostStore();
    const logOne = (n: number) =>
      store.as('Olive Owner', 'walkouts.create', {
        prospect: { firstName: 'State', lastName: String(n), phone: '', email: '' },
        contactRefused: true,
        product: 'Mower',
        category: 'Mowers',
        closeness: 3,
        objection: 'price',
      });
    // A and B on two days, restored on the day after: the rotation keeps both (each its day's newest).
    store.clock.now = HOST_NOW - 86_400_000;
    await logOne(1);
    const a = await store.as('Olive Owner', 'backups.create', {});
    store.clock.now = HOST_NOW;
    await logOne(2);
    await logOne(3);
    const b = await store.as('Olive Owner', 'backups.create', {});
    await store.host.close();
    for (let cycle = 0; cycle < 10; cycle++) {
      const target = random(0, 4);
      await runAndKill(
        store.dbPath,
        ['restore', a.id, b.id],
        (r) => r.restored.length >= target && Math.random() < 0.5,
      );
      await restart(store.dbPath);
      const after = inspect(store.dbPath);
      expect(after.integrity).toBe('ok');
      expect([a.walkouts, b.walkouts]).toContain(after.ids.size);
    }
  }, 180_000);
});
