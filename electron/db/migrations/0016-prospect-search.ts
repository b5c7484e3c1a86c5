// Prospect search (Ctrl+K): every prospect filed under its folded name words, whole name, e-mail parts and
// reversed phone digits (shared/domain/prospectSearch.ts), each row carrying the prospect's last visit, so a
// prefix range of the primary key is read newest first and stops at the screenful. The terms are written by
// the prospect repo in the same transaction as the prospect (SQLite has no accent folding or string reverse
// to do it in a trigger); the last visit follows the walkouts through the triggers below.
// Frozen once landed: never edit, append a migration.
import type Database from 'better-sqlite3';
import { type SearchableProspect, searchTermsOf } from '../../../shared/domain/prospectSearch';
import type { Migration } from './index';

export const m0016ProspectSearch: Migration = {
  name: '0016-prospect-search',
  sql: `
CREATE TABLE prospect_search (
  term TEXT NOT NULL,
  last_visit_at INTEGER NOT NULL,
  prospect_id INTEGER NOT NULL REFERENCES prospects(id),
  PRIMARY KEY (term, last_visit_at, prospect_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX prospect_search_prospect ON prospect_search(prospect_id);

CREATE TRIGGER prospect_search_visit AFTER INSERT ON walkouts BEGIN
  UPDATE prospect_search SET last_visit_at = NEW.visited_at
   WHERE prospect_id = NEW.prospect_id AND last_visit_at < NEW.visited_at;
END;
CREATE TRIGGER prospect_search_visit_moved AFTER UPDATE OF visited_at, prospect_id ON walkouts BEGIN
  UPDATE prospect_search
     SET last_visit_at = coalesce((SELECT max(w.visited_at) FROM walkouts w WHERE w.prospect_id = prospect_search.prospect_id), 0)
   WHERE prospect_id IN (OLD.prospect_id, NEW.prospect_id);
END;
`,
  up: backfillProspectSearch,
};

/** Files every prospect already here (the upgrade, and the benchmark's bulk-written store), in id batches. */
export function backfillProspectSearch(db: Database.Database): void {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO prospect_search (term, last_visit_at, prospect_id) VALUES (?, ?, ?)',
  );
  // An erased person (their erasure's audit row) is never found again.
  const batch = db.prepare(
    `SELECT p.id, p.first_name AS firstName, p.last_name AS lastName, p.phone, p.email,
            coalesce((SELECT max(w.visited_at) FROM walkouts w WHERE w.prospect_id = p.id), 0) AS lastVisitAt
       FROM prospects p
      WHERE p.id > ? AND NOT EXISTS (SELECT 1 FROM audit_log a
                         WHERE a.entity = 'prospect' AND a.action = 'delete' AND a.entity_id = p.id)
      ORDER BY p.id LIMIT 5000`,
  );
  type Row = SearchableProspect & { id: number; lastVisitAt: number };
  for (let after = 0; ; ) {
    const rows = batch.all(after) as Row[];
    if (rows.length === 0) return;
    for (const p of rows) for (const term of searchTermsOf(p)) insert.run(term, p.lastVisitAt, p.id);
    after = rows[rows.length - 1]!.id;
  }
}
