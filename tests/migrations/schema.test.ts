// The committed schema snapshot (tests/migrations/schema.snapshot.sql) is what every path reaches: a fresh
// database, a database created at each earlier version with a store in it and then upgraded, and one
// whose version-5 to 7 schema already held what migration 0008 makes. No migration's text may change.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { M0008_SQL } from '../../electron/db/migrations/0008-reason-rollups-by-category.sql';
import { openDatabase } from '../../electron/db/open';
import { migrationFingerprints, REGENERATE, readSnapshot, schemaOf } from '../support/schemaSnapshot';
import { insertStoreAt, rebuildRollups, rollupContents } from './storeAtVersion';

const LATEST = MIGRATIONS.length;
const committed = readSnapshot();

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'beback-schema-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const upgradeMessage = (from: string) =>
  `A database ${from}, once upgraded, differs from the committed snapshot of a fresh one. If the fresh ` +
  `database test fails as well and you added a migration on purpose, ${REGENERATE}. If only this one ` +
  'fails, a migration builds a different schema depending on the version it starts from: fix that with a new migration.';

/** Opens the file as the app does (upgrading it) and checks schema, integrity and roll-ups. */
function expectUpgradedToSnapshot(path: string, from: string): void {
  const db = openDatabase(path);
  try {
    expect(schemaVersion(db)).toBe(LATEST);
    expect(schemaOf(db), upgradeMessage(from)).toBe(committed.schema);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM walkouts').pluck().get()).toBe(5);
    const kept = rollupContents(db);
    expect(kept.dash_reason_day_cat.length).toBeGreaterThan(0);
    expect(kept.dash_month_cat.length).toBeGreaterThan(0);
    rebuildRollups(db);
    expect(rollupContents(db), `the roll-ups of a database ${from} are not what a rebuild gives`).toEqual(
      kept,
    );
  } finally {
    db.close();
  }
}

describe('schema snapshot', () => {
  it('no migration changed its text since the snapshot was taken', () => {
    const now = migrationFingerprints();
    committed.fingerprints.forEach((line, i) => {
      expect(
        now[i],
        `${MIGRATIONS[i]?.name ?? `Migration ${i + 1}`} is not the text the snapshot recorded. A landed ` +
          'migration is frozen: restore its text and write the next migration. Only if it has not landed ' +
          `yet (it is still your branch's new migration), ${REGENERATE}.`,
      ).toBe(line);
    });
    expect(
      now.length,
      `The snapshot does not know every migration. If you added one on purpose, ${REGENERATE}.`,
    ).toBe(committed.fingerprints.length);
  });

  it('a fresh database is the committed snapshot', () => {
    const db = openDatabase(join(dir, 'fresh.sqlite'));
    try {
      expect(
        schemaOf(db),
        `A fresh database differs from the committed schema snapshot. If you added a migration on purpose, ${REGENERATE}.`,
      ).toBe(committed.schema);
    } finally {
      db.close();
    }
  });

  it.each(Array.from({ length: LATEST - 1 }, (_, i) => i + 1))(
    'a store created at version %i upgrades to the snapshot, its roll-ups exact',
    (v) => {
      const path = join(dir, `v${v}.sqlite`);
      const old = new Database(path);
      migrate(old, v);
      insertStoreAt(old, v);
      expect(schemaVersion(old)).toBe(v);
      old.close();
      expectUpgradedToSnapshot(path, `created at version ${v}`);
    },
  );

  // Builds between commits e4e7215 and 0920f07 generated 0005 with the category reason roll-ups and the
  // newer reason triggers, so their databases at versions 5 to 7 already hold what 0008 makes.
  it.each([5, 6, 7])(
    'a store at version %i that already had the reason roll-ups by category upgrades to the snapshot',
    (v) => {
      const path = join(dir, `drifted-v${v}.sqlite`);
      const old = new Database(path);
      migrate(old, v);
      insertStoreAt(old, v);
      old.exec(M0008_SQL);
      expect(schemaVersion(old)).toBe(v);
      old.close();
      expectUpgradedToSnapshot(path, `at version ${v} with the reason roll-ups by category`);
    },
  );
});
