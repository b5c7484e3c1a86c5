// A damaged file is never written; the damaged screen's restore brings the walkouts back and keeps the
// damaged file aside. One writer per file. A restore cut short by a crash is finished at the next start.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/db/backups/backupFiles';
import { finishInterruptedRestore, swapInDatabase } from '../../electron/db/backups/restoreSwap';
import { acquireWriterLock, DatabaseInUseError, lockPathFor } from '../../electron/db/writerLock';
import { openStoreHost } from '../../electron/services/storeHost';
import {
  corruptTablePage,
  countRows,
  type HostStore,
  logWalkout,
  openHostStore,
  sha256,
} from '../support/hostStore';
import { walkoutInput } from './harness';

let store: HostStore;
afterEach(async () => store?.dispose());

const log = (name: string) => logWalkout(store, name);

async function damagedStore(): Promise<{ backupId: string; damagedSha: string }> {
  store = await openHostStore();
  await log('Ann');
  await log('Bea');
  const backup = await store.as('Olive Owner', 'backups.create', {});
  await log('Cid');
  await store.host.close();
  corruptTablePage(store.dbPath, 'walkouts');
  const damagedSha = sha256(store.dbPath);
  await store.reopen();
  return { backupId: backup.id, damagedSha };
}

describe('a damaged database file', () => {
  it('opens in the damaged state, refuses every call but recovery, and never writes the file', async () => {
    const { backupId, damagedSha } = await damagedStore();
    expect(store.host.state()).toBe('damaged');
    for (const [channel, input] of [
      ['auth.employees', {}],
      ['calendar.day', {}],
      ['walkouts.create', walkoutInput()],
    ] as const) {
      const r = await store.host.router.call('x', channel, input);
      expect(r).toEqual({
        ok: false,
        error: {
          code: 'DAMAGED',
          message: 'The database file is damaged, so BeBack has stopped writing to it. Restore a backup.',
        },
      });
    }
    const status = await store.host.router.call('x', 'recovery.status', {});
    // The copy made on closing (3 walkouts) is the newest; the manual one (2) is offered too.
    expect(status.ok && status.value).toMatchObject({
      state: 'damaged',
      backups: [
        { reason: 'quit', walkouts: 3, verified: true },
        { id: backupId, reason: 'manual', walkouts: 2, verified: true },
      ],
      // Read from the newest backup: the damaged screen shows store times.
      timeZone: 'America/Chicago',
    });
    await store.host.close();
    expect(sha256(store.dbPath)).toBe(damagedSha);
    expect(store.logs.some((l) => l.startsWith('the database is damaged, writing stopped:'))).toBe(true);
  });

  it('the owner restores the newest backup with their PIN; the damaged file is kept aside', async () => {
    const { backupId, damagedSha } = await damagedStore();
    const wrong = await store.host.router.call('x', 'recovery.restore', {
      backupId,
      ownerName: 'Olive Owner',
      pin: '9999',
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'That is not an owner’s name and PIN in this backup.' },
    });
    const staff = await store.host.router.call('x', 'recovery.restore', {
      backupId,
      ownerName: 'Sam Staff',
      pin: '3333',
    });
    expect(staff.ok).toBe(false);
    expect(sha256(store.dbPath)).toBe(damagedSha);
    const r = await store.host.router.call('x', 'recovery.restore', {
      backupId,
      ownerName: ' olive owner ',
      pin: '1111',
    });
    expect(r).toEqual({ ok: true, value: { restoredBackupId: backupId, undoBackupId: null, walkouts: 2 } });
    expect(store.host.state()).toBe('ok');
    expect(countRows(store.dbPath, 'walkouts')).toBe(2);
    const aside = readdirSync(store.dir).filter((f) => /^store\.damaged-\d{8}T\d{9}Z\.sqlite$/.test(f));
    expect(aside).toHaveLength(1);
    expect(sha256(join(store.dir, aside[0]))).toBe(damagedSha);
    // Signing in and logging work again on the restored file.
    await log('After');
    expect(countRows(store.dbPath, 'walkouts')).toBe(3);
  });

  it('pauses after five wrong PINs, even for the right one', async () => {
    const { backupId } = await damagedStore();
    for (let i = 0; i < 5; i++) {
      await store.host.router.call('x', 'recovery.restore', {
        backupId,
        ownerName: 'Olive Owner',
        pin: `000${i}`,
      });
    }
    const right = await store.host.router.call('x', 'recovery.restore', {
      backupId,
      ownerName: 'Olive Owner',
      pin: '1111',
    });
    expect(right).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(store.host.state()).toBe('damaged');
  });

  it('found damaged while running: writing stops at once and the same screen shows', async () => {
    store = await openHostStore();
    await log('Ann');
    // Another process (a failing disk, a sync tool) damages the file under the running app.
    const other = new Database(store.dbPath);
    other.pragma('wal_checkpoint(TRUNCATE)');
    const root = other
      .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'prospects'")
      .pluck()
      .get() as number;
    other.close();
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(store.dbPath, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, (root - 1) * 4096);
    closeSync(fd);
    // A commit by another connection makes the app's connection drop the pages it had cached.
    const writer = new Database(store.dbPath);
    writer.exec("INSERT INTO settings (key, value) VALUES ('meta:probe', '1')");
    writer.close();
    const before = sha256(store.dbPath);
    const failed = await store.failAs(
      'Sam Staff',
      'walkouts.create',
      walkoutInput({ prospect: { firstName: 'Zed', lastName: 'Z', phone: '3125559876', email: '' } }),
    );
    expect(failed.code).toBe('DAMAGED');
    expect(store.host.state()).toBe('damaged');
    expect((await store.host.router.call('Sam Staff', 'walkouts.create', walkoutInput())).ok).toBe(false);
    expect(sha256(store.dbPath)).toBe(before);
  });
});

describe('one writer per database file', () => {
  it('a second BeBack on the same file is refused in words; a stale lock is taken over', async () => {
    store = await openHostStore();
    await expect(openStoreHost({ dbPath: store.dbPath, startupBackup: false })).rejects.toThrow(
      'BeBack is already open on this database.',
    );
    await store.host.close();
    // A crashed process left its lock: the process id no longer runs.
    writeFileSync(
      lockPathFor(store.dbPath),
      JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), since: 1 }),
    );
    const again = await openStoreHost({ dbPath: store.dbPath, startupBackup: false, backupIntervalMs: 0 });
    expect(again.state()).toBe('ok');
    await again.close();
    expect(existsSync(lockPathFor(store.dbPath))).toBe(false);
  });

  it('a live holder on another machine is never taken over', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'beback-lock-')), 'x.sqlite');
    writeFileSync(lockPathFor(path), JSON.stringify({ pid: 1, host: 'counter-pc-2', since: 1 }));
    expect(() => acquireWriterLock(path)).toThrow(DatabaseInUseError);
  });
});

describe('a restore cut short by a crash', () => {
  it('is completed or undone at the next start, at every step, and the file opens whole', async () => {
    store = await openHostStore();
    await log('Old');
    const backup = await store.as('Olive Owner', 'backups.create', {});
    await log('New');
    await store.host.close();
    const file = listBackups(store.backupsDir).find((b) => b.id === backup.id)?.file ?? '';
    // The state before the restore has commits still in its -wal: they must never be lost or replayed
    // onto the restored file.
    const pristine = join(store.dir, 'pristine.sqlite');
    const live = new Database(store.dbPath);
    live.exec("INSERT INTO settings (key, value) VALUES ('meta:in-wal', '1')");
    copyFileSync(store.dbPath, pristine);
    copyFileSync(`${store.dbPath}-wal`, `${pristine}-wal`);
    live.close();
    const outcomes: string[] = [];
    for (let step = 0; step <= 5; step++) {
      for (const suffix of ['', '-wal']) copyFileSync(pristine + suffix, store.dbPath + suffix);
      expect(() =>
        swapInDatabase(store.dbPath, file, {
          aside: `${store.dbPath}.aside`,
          keepAside: false,
          crashAfterStep: step,
        }),
      ).toThrow();
      outcomes.push(finishInterruptedRestore(store.dbPath));
      const walkouts = countRows(store.dbPath, 'walkouts');
      const db = new Database(store.dbPath, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const inWal = db.prepare("SELECT count(*) FROM settings WHERE key = 'meta:in-wal'").pluck().get();
      db.close();
      expect(inWal).toBe(outcomes[step] === 'completed' ? 0 : 1);
      expect(existsSync(`${store.dbPath}.restoring`)).toBe(false);
      // Either the state before (2 walkouts) or the backup's (1), never a mix or nothing.
      expect(walkouts).toBe(outcomes[step] === 'completed' ? backup.walkouts : 2);
    }
    expect(outcomes).toEqual(['none', 'rolled_back', 'rolled_back', 'rolled_back', 'completed', 'completed']);
  });
});
