// A fresh database reaches the latest version; a newer database is refused untouched; a failing migration
// rolls back whole. Every upgrade path against the schema snapshot: schema.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, migrate, schemaVersion } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { openDatabase } from '../../electron/db/open';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'beback-mig-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const LATEST = MIGRATIONS.length;

describe('migrations', () => {
  it('an empty database reaches the latest version with the whole domain', () => {
    const db = openDatabase(join(dir, 'fresh.sqlite'));
    expect(schemaVersion(db)).toBe(LATEST);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    for (const t of [
      'employees',
      'prospects',
      'walkouts',
      'follow_ups',
      'reasons',
      'save_credits',
      'referrals',
      'partners',
      'share_batches',
      'settings',
      'audit_log',
    ]) {
      expect(tables).toContain(t);
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('opens with WAL, full sync, foreign keys and a busy timeout', () => {
    const db = openDatabase(join(dir, 'pragmas.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('refuses a database written by a newer BeBack and leaves it untouched', () => {
    const path = join(dir, 'newer.sqlite');
    const newer = new Database(path);
    newer.exec('CREATE TABLE future_thing (x)');
    newer.pragma(`user_version = ${LATEST + 1}`);
    newer.close();
    expect(() => openDatabase(path)).toThrow(DatabaseTooNewError);
    const after = new Database(path);
    expect(schemaVersion(after)).toBe(LATEST + 1);
    expect(after.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'walkouts'").pluck().get()).toBe(0);
    after.close();
  });

  it('a failing migration rolls back whole: version and schema unchanged', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE employees (id INTEGER PRIMARY KEY)');
    expect(() => migrate(db)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'walkouts'").pluck().get()).toBe(0);
  });
});
