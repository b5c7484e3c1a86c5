// Walkouts imported from a store's own old spreadsheet carry source 'import' (issue 15 item 4), beside
// walk_in, referral and partner. The cube, reason and returning-visit triggers already count only
// source = 'walk_in', so imported rows stay out of the counter's figures without touching them.
// SQLite cannot change a CHECK in place and better-sqlite3 refuses writable_schema, so the table is rebuilt:
// its rows are copied aside, the table dropped and made again from its own stored text with the wider CHECK,
// the rows put back with the same ids, and its indexes and triggers re-created from their stored text.
// Foreign keys stay on: they are deferred to the commit, by when every referenced walkout id is back.
// The stored text read here is the version-17 schema itself, not code that can change later.
// Frozen once landed: never edit, append a migration.
import type Database from 'better-sqlite3';
import type { Migration } from './index';

const OLD_CHECK = "CHECK (source IN ('walk_in','referral','partner'))";
const NEW_CHECK = "CHECK (source IN ('walk_in','referral','partner','import'))";

function rebuildWalkouts(db: Database.Database): void {
  const table = db
    .prepare<[], { sql: string }>("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'walkouts'")
    .get();
  if (!table?.sql.includes(OLD_CHECK)) throw new Error('0018: walkouts has no source CHECK to widen');
  // Indexes first, then triggers (a trigger never needs an index, but keep SQLite's own order of creation).
  const dependents = db
    .prepare<[], { sql: string }>(
      `SELECT sql FROM sqlite_schema WHERE tbl_name = 'walkouts' AND type IN ('index', 'trigger') AND sql IS NOT NULL
        ORDER BY type = 'trigger', rowid`,
    )
    .all();
  db.pragma('defer_foreign_keys = ON');
  db.exec('CREATE TEMP TABLE walkouts_0018 AS SELECT * FROM walkouts');
  // Triggers go with the table before its implicit delete, so the cubes are not emptied.
  db.exec('DROP TABLE walkouts');
  db.exec(table.sql.replace(OLD_CHECK, NEW_CHECK));
  db.exec('INSERT INTO walkouts SELECT * FROM temp.walkouts_0018 ORDER BY id');
  db.exec('DROP TABLE temp.walkouts_0018');
  for (const d of dependents) db.exec(d.sql);
}

export const m0018ImportSource: Migration = {
  name: '0018-import-source',
  // The work is in up(): it reads the table's stored text. This line names it in the snapshot's digest.
  sql: '-- 0018: walkouts rebuilt with source CHECK widened to import (see up)',
  up: rebuildWalkouts,
};
