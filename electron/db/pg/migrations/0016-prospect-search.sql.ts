// The store server's side of SQLite's 0016-prospect-search: the same term table, newest visit first inside
// each term. `term` is compared byte by byte (COLLATE "C") whatever the server's locale, so a prefix is one
// index range, as in SQLite; plain btree, no extension (pg_trgm needs CREATE EXTENSION, which the store's
// least-privilege user may not hold). The terms are written by the prospect repo; the last visit follows
// the walkouts through the trigger. Frozen once landed: never edit.
import type pg from 'pg';
import { type SearchableProspect, searchTermsOf } from '../../../../shared/domain/prospectSearch';

export const pgProspectSearch = `
CREATE TABLE prospect_search (
term TEXT COLLATE "C" NOT NULL,
last_visit_at BIGINT NOT NULL,
prospect_id BIGINT NOT NULL REFERENCES prospects(id),
PRIMARY KEY (term, last_visit_at, prospect_id)
);
CREATE INDEX prospect_search_prospect ON prospect_search(prospect_id);

CREATE FUNCTION prospect_search_on_visit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE prospect_search SET last_visit_at = NEW.visited_at
     WHERE prospect_id = NEW.prospect_id AND last_visit_at < NEW.visited_at;
  ELSE
    UPDATE prospect_search s
       SET last_visit_at = coalesce((SELECT max(w.visited_at) FROM walkouts w WHERE w.prospect_id = s.prospect_id), 0)
     WHERE s.prospect_id IN (OLD.prospect_id, NEW.prospect_id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER prospect_search_visit AFTER INSERT ON walkouts FOR EACH ROW
  EXECUTE FUNCTION prospect_search_on_visit();
CREATE TRIGGER prospect_search_visit_moved AFTER UPDATE OF visited_at, prospect_id ON walkouts FOR EACH ROW
  EXECUTE FUNCTION prospect_search_on_visit();
`;

/** Files every prospect already on the server (not an erased one), in id batches (a statement stays under the server's 65 535 parameters). */
export async function pgBackfillProspectSearch(client: Pick<pg.ClientBase, 'query'>): Promise<void> {
  type Row = SearchableProspect & { id: number; lastVisitAt: number };
  for (let after = 0; ; ) {
    const { rows } = await client.query<Row>(
      `SELECT p.id, p.first_name AS "firstName", p.last_name AS "lastName", p.phone, p.email,
              coalesce((SELECT max(w.visited_at) FROM walkouts w WHERE w.prospect_id = p.id), 0) AS "lastVisitAt"
         FROM prospects p
        WHERE p.id > $1 AND NOT EXISTS (SELECT 1 FROM audit_log a
                           WHERE a.entity = 'prospect' AND a.action = 'delete' AND a.entity_id = p.id)
        ORDER BY p.id LIMIT 2000`,
      [after],
    );
    if (rows.length === 0) return;
    const terms: unknown[] = [];
    for (const p of rows)
      for (const term of searchTermsOf(p)) terms.push(term, Number(p.lastVisitAt), Number(p.id));
    const marks = Array.from(
      { length: terms.length / 3 },
      (_, i) => `($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3})`,
    );
    await client.query(
      `INSERT INTO prospect_search (term, last_visit_at, prospect_id) VALUES ${marks.join(', ')} ON CONFLICT DO NOTHING`,
      terms,
    );
    after = Number(rows[rows.length - 1]!.id);
  }
}
