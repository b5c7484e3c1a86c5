// Verified backups, restore and undo through the router, on temp files, as the doors run them.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/db/backups/backupFiles';
import { MIGRATIONS } from '../../electron/db/migrations';
import { countRows, type HostStore, logWalkout, openHostStore } from '../support/hostStore';

let store: HostStore;
afterEach(async () => store?.dispose());

const log = (name: string) => logWalkout(store, name);

describe('backups', () => {
  it('a manual backup is checked, counted and listed as verified; managers read the list, staff cannot', async () => {
    store = await openHostStore();
    await log('Ann');
    await log('Bea');
    const made = await store.as('Olive Owner', 'backups.create', {});
    expect(made).toMatchObject({ reason: 'manual', walkouts: 2, verified: true, problem: null });
    const file = join(store.backupsDir, `beback-${made.id}.sqlite`);
    expect(statSync(file).size).toBe(made.sizeBytes);
    expect(countRows(file, 'walkouts')).toBe(2);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    copy.close();
    const list = await store.as('Max Manager', 'backups.list', {});
    expect(list.backups.map((b) => b.id)).toEqual([made.id]);
    expect(list.keep).toEqual({ today: 4, days: 14, months: 12 });
    expect((await store.failAs('Max Manager', 'backups.create', {})).code).toBe('NOT_ALLOWED');
    expect((await store.failAs('Sam Staff', 'backups.list', {})).code).toBe('NOT_ALLOWED');
  });

  it('a backup taken while walkouts are logged is one consistent state', async () => {
    store = await openHostStore({ backupPagesPerStep: 1 });
    for (let i = 0; i < 40; i++) await log(`Before${i}`);
    const backup = store.as('Olive Owner', 'backups.create', {});
    const during: Promise<unknown>[] = [];
    for (let i = 0; i < 25; i++) during.push(log(`During${i}`));
    await Promise.all(during);
    const made = await backup;
    const file = join(store.backupsDir, `beback-${made.id}.sqlite`);
    const copy = new Database(file, { readonly: true });
    const walkouts = copy.prepare('SELECT count(*) FROM walkouts').pluck().get() as number;
    // Every walkout in the copy arrived whole: its prospect, its first call and its audit row.
    const orphans = copy
      .prepare(
        `SELECT count(*) FROM walkouts w WHERE NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.walkout_id = w.id)
           OR NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'walkout' AND a.entity_id = w.id)`,
      )
      .pluck()
      .get();
    expect(copy.pragma('foreign_key_check')).toEqual([]);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(orphans).toBe(0);
    expect(walkouts).toBe(made.walkouts);
    expect(walkouts).toBeGreaterThanOrEqual(40);
    expect(countRows(store.dbPath, 'walkouts')).toBe(65);
  });

  it('restore brings back the backup, after backing up what was there; undo brings that back', async () => {
    store = await openHostStore();
    await log('Kept');
    const backup = await store.as('Olive Owner', 'backups.create', {});
    store.clock.now += 60_000;
    await log('Later');
    const restored = await store.as('Olive Owner', 'backups.restore', { backupId: backup.id });
    expect(restored).toMatchObject({ restoredBackupId: backup.id, walkouts: 1 });
    expect(countRows(store.dbPath, 'walkouts')).toBe(1);
    // The owner who restored is still signed in, and the offer to undo is there.
    const list = await store.as('Olive Owner', 'backups.list', {});
    expect(list.undo).toMatchObject({ restoredBackupId: backup.id, undoBackupId: restored.undoBackupId });
    const before = list.backups.find((b) => b.id === restored.undoBackupId);
    expect(before).toMatchObject({ reason: 'pre_restore', walkouts: 2, verified: true });
    const audit = new Database(store.dbPath, { readonly: true })
      .prepare("SELECT detail FROM audit_log WHERE entity = 'database' ORDER BY id DESC LIMIT 1")
      .pluck()
      .get() as string;
    expect(JSON.parse(audit)).toMatchObject({ restoredBackupId: backup.id, by: 'Olive Owner', undo: false });

    const undone = await store.as('Olive Owner', 'backups.undoRestore', {});
    expect(undone).toMatchObject({
      restoredBackupId: restored.undoBackupId,
      undoBackupId: null,
      walkouts: 2,
    });
    expect(countRows(store.dbPath, 'walkouts')).toBe(2);
    expect((await store.as('Olive Owner', 'backups.list', {})).undo).toBeNull();
    expect((await store.failAs('Olive Owner', 'backups.undoRestore', {})).message).toBe(
      'There is no restore to undo.',
    );
    // No replaced file or half-made copy is left beside the database.
    expect(readdirSync(store.dir).sort()).toEqual([
      'backups',
      'store.sqlite',
      'store.sqlite-shm',
      'store.sqlite-wal',
      'store.sqlite.lock',
    ]);
  });

  it('a backup from a newer BeBack is refused in words and nothing changes', async () => {
    store = await openHostStore();
    await log('Here');
    const made = await store.as('Olive Owner', 'backups.create', {});
    const manifest = join(store.backupsDir, `beback-${made.id}.json`);
    writeFileSync(
      manifest,
      readFileSync(manifest, 'utf8').replace(/"schemaVersion": \d+/, '"schemaVersion": 99'),
    );
    const error = await store.failAs('Olive Owner', 'backups.restore', { backupId: made.id });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(
      `That backup was made by a newer BeBack (schema 99; this app knows up to ${MIGRATIONS.length}). Update BeBack first.`,
    );
    expect(listBackups(store.backupsDir)).toHaveLength(1);
  });

  it('a damaged backup is never offered as verified and never restored', async () => {
    store = await openHostStore();
    await log('One');
    const made = await store.as('Olive Owner', 'backups.create', {});
    const file = join(store.backupsDir, `beback-${made.id}.sqlite`);
    // Same size, damaged inside: only the full check before a restore can see it.
    const bytes = readFileSync(file);
    bytes.fill(0xa5, 4096, 3 * 4096);
    writeFileSync(file, bytes);
    const error = await store.failAs('Olive Owner', 'backups.restore', { backupId: made.id });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/^That backup failed its check and was not used\./);
    const after = (await store.as('Olive Owner', 'backups.list', {})).backups[0];
    expect(after).toMatchObject({ verified: false, problem: expect.stringMatching(/failed its check/) });
    // A shortened file is caught by the list itself.
    store.clock.now += 1000;
    const second = await store.as('Olive Owner', 'backups.create', {});
    const secondFile = join(store.backupsDir, `beback-${second.id}.sqlite`);
    writeFileSync(secondFile, readFileSync(secondFile).subarray(0, 4096));
    expect(listBackups(store.backupsDir).find((b) => b.id === second.id)).toMatchObject({
      verified: false,
      problem: 'The backup file changed after it was checked.',
    });
    expect(countRows(store.dbPath, 'walkouts')).toBe(1);
  });

  it('bad backup ids and folders get a clear message and write nothing', async () => {
    store = await openHostStore();
    const made = await store.as('Olive Owner', 'backups.create', {});
    expect((await store.failAs('Olive Owner', 'backups.restore', { backupId: '../store' })).message).toBe(
      'That is not a BeBack backup.',
    );
    expect(
      (await store.failAs('Olive Owner', 'backups.restore', { backupId: '20200101T000000000Z' })).code,
    ).toBe('NOT_FOUND');
    const relative = await store.failAs('Olive Owner', 'backups.saveCopy', {
      backupId: made.id,
      folder: 'usb',
    });
    expect(relative.issues).toEqual([
      { path: 'folder', message: 'Give the whole folder path, such as E:\\ or /media/usb.' },
    ]);
    const missing = await store.failAs('Olive Owner', 'backups.saveCopy', {
      backupId: made.id,
      folder: join(store.dir, 'nope'),
    });
    expect(missing.message).toBe('That folder does not exist (is the USB stick in?).');
    const saved = await store.as('Olive Owner', 'backups.saveCopy', { backupId: made.id, folder: store.dir });
    expect(saved.path).toBe(join(store.dir, `BeBack backup ${made.id}.sqlite`));
    expect(statSync(saved.path).size).toBe(made.sizeBytes);
    expect(
      (await store.failAs('Olive Owner', 'backups.saveCopy', { backupId: made.id, folder: store.dir }))
        .message,
    ).toBe('A copy of this backup is already in that folder.');
  });

  it('backs up at start-up, every interval only when something changed, and on closing', async () => {
    store = await openHostStore({ startupBackup: true });
    expect((await store.host.startupBackup)?.reason).toBe('startup');
    expect(await store.host.runScheduledBackup()).toBeNull(); // nothing written since
    await log('Change');
    store.clock.now += 15 * 60_000;
    expect((await store.host.runScheduledBackup())?.reason).toBe('scheduled');
    expect(await store.host.runScheduledBackup()).toBeNull();
    await log('Before quit');
    await store.reopen({ startupBackup: false });
    const reasons = listBackups(store.backupsDir).map((b) => [b.reason, b.counts.walkouts]);
    expect(reasons).toEqual([
      ['quit', 2],
      ['scheduled', 1],
      ['startup', 0],
    ]);
  });

  it('a database behind the code is backed up before it is migrated, and that copy is kept', async () => {
    store = await openHostStore();
    await store.host.close();
    const old = join(store.dir, 'old.sqlite');
    const db = new Database(old);
    db.pragma('journal_mode = WAL');
    const { migrate } = await import('../../electron/db/migrate');
    migrate(db, MIGRATIONS.length - 1);
    db.close();
    const { copyFileSync } = await import('node:fs');
    copyFileSync(old, store.dbPath);
    await store.reopen();
    const [pre] = listBackups(store.backupsDir);
    expect(pre).toMatchObject({
      reason: 'pre_migration',
      schemaVersion: MIGRATIONS.length - 1,
      verified: true,
    });
    expect(existsSync(pre.file)).toBe(true);
  });
});
