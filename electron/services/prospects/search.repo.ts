// SQL for prospect search: filing a prospect's terms (migration 0016's table) and the one statement a search is.
import { type RawBuilder, sql } from 'kysely';
import { type SearchQuery, searchTermsOf } from '../../../shared/domain/prospectSearch';
import type { WalkoutStatus } from '../../../shared/domain/vocab';
import { all, type Executor, inList, insertRows, run } from '../../db/store';
import { PROSPECT_COLS, type ProspectRow, workedBy } from './prospects.repo';

/**
 * Files these prospects again from what is stored (after an insert or an update of their name, phone or
 * e-mail), in the caller's transaction: old terms out, current terms in, each with the last visit.
 */
export async function fileForSearch(ex: Executor, prospectIds: readonly number[]): Promise<void> {
  // A partner file's leads come in by the thousand: a statement reads a bounded list of ids.
  for (let from = 0; from < prospectIds.length; from += IDS_PER_STATEMENT) {
    const ids = prospectIds.slice(from, from + IDS_PER_STATEMENT);
    const rows = await all(
      ex,
      sql<{
        id: number;
        first_name: string;
        last_name: string;
        phone: string | null;
        email: string | null;
        last_visit_at: number;
      }>`SELECT p.id, p.first_name, p.last_name, p.phone, p.email,
           coalesce((SELECT max(w.visited_at) FROM walkouts w WHERE w.prospect_id = p.id), 0) AS last_visit_at
         FROM prospects p WHERE p.id IN (${inList(ids)})`,
    );
    await dropFromSearch(ex, ids);
    const terms = rows.flatMap((r) =>
      searchTermsOf({ firstName: r.first_name, lastName: r.last_name, phone: r.phone, email: r.email }).map(
        (term) => [term, Number(r.last_visit_at), Number(r.id)] as const,
      ),
    );
    await insertRows(
      ex,
      sql`INSERT INTO prospect_search (term, last_visit_at, prospect_id)`,
      terms,
      (t) => t,
    );
  }
}

const IDS_PER_STATEMENT = 1_000;

/** An erased person is found by nothing. */
export async function dropFromSearch(ex: Executor, prospectIds: readonly number[]): Promise<void> {
  await run(ex, sql`DELETE FROM prospect_search WHERE prospect_id IN (${inList([...prospectIds])})`);
}

/** Past every character a folded term holds: `prefix` to `prefix + END` is the range of terms starting so. */
const END = '\u{10FFFF}';

export interface HitRow extends ProspectRow {
  rank: number;
  last_visit_at: number;
  walkout_count: number;
  walkout_id: number;
  status: WalkoutStatus;
  employee_name: string;
  /** The latest visit the viewer may open: theirs, or any for a lead (viewer null); null when none is theirs. */
  own_walkout_id: number | null;
}

/**
 * The best `limit` prospects for a query, in ONE statement: the whole phone or e-mail first (rank 0), then
 * name words (1), then part of a phone or e-mail (2), each newest visit first. Every leg is a range of the
 * term table's primary key (term, last_visit_at, prospect_id), read newest first:
 * - a name prefix spans a few distinct words, each with thousands of prospects ("maria"). The words are
 *   walked one index seek each (a recursive CTE: a loose index scan); each word's `limit`-th newest visit is
 *   one more seek; the newest of those is a floor every answer clears (that word alone has `limit`
 *   prospects above it), so only rows above the floor are read, never every Maria.
 * - a phone or e-mail prefix holds nearly one prospect per term: the range, newest first, cut at `limit`.
 */
export async function searchProspects(
  ex: Executor,
  q: Exclude<SearchQuery, { kind: 'short' }>,
  viewer: number | null,
  limit: number,
): Promise<HitRow[]> {
  const legs: RawBuilder<unknown>[] = [];
  const ctes: RawBuilder<unknown>[] = [];
  const contactLeg = (prefix: string, exact: string | null) => {
    if (exact)
      legs.push(sql`SELECT prospect_id, last_visit_at, 0 AS rank FROM prospect_search WHERE term = ${exact}`);
    legs.push(sql`SELECT prospect_id, last_visit_at, 2 AS rank FROM (
        SELECT prospect_id, last_visit_at FROM prospect_search WHERE term >= ${prefix} AND term < ${prefix + END}
         ORDER BY last_visit_at DESC LIMIT ${2 * limit}) c`);
  };
  if (q.kind === 'phone') contactLeg(q.prefix, q.exact);
  if (q.kind === 'email') contactLeg(q.prefix, q.prefix);
  if (q.kind === 'text') {
    const hi = q.name + END;
    ctes.push(
      sql`words(term) AS (
        SELECT min(term) FROM prospect_search WHERE term >= ${q.name} AND term < ${hi}
        UNION ALL
        SELECT (SELECT min(s.term) FROM prospect_search s WHERE s.term > words.term AND s.term < ${hi})
          FROM words WHERE words.term IS NOT NULL)`,
      sql`floor(at) AS (
        SELECT coalesce(max(nth), -1) FROM (
          SELECT (SELECT s.last_visit_at FROM prospect_search s WHERE s.term = words.term
                   ORDER BY s.last_visit_at DESC LIMIT 1 OFFSET ${limit - 1}) AS nth
            FROM words WHERE words.term IS NOT NULL) n)`,
    );
    legs.push(sql`SELECT s.prospect_id, s.last_visit_at, 1 AS rank FROM words JOIN prospect_search s
        ON s.term = words.term AND s.last_visit_at >= (SELECT at FROM floor)`);
    if (q.email) contactLeg(q.email, null);
  }
  const own =
    viewer === null
      ? sql`w.id`
      : sql`(SELECT x.id FROM walkouts x WHERE x.prospect_id = p.id AND ${workedBy('x', viewer)}
              ORDER BY x.visited_at DESC, x.id DESC LIMIT 1)`;
  return all(
    ex,
    sql<HitRow>`WITH RECURSIVE ${sql.join([
      ...ctes,
      sql`hits AS (${sql.join(legs, sql` UNION ALL `)})`,
      sql`best AS (SELECT prospect_id, min(rank) AS rank, max(last_visit_at) AS last_visit_at FROM hits
         GROUP BY prospect_id ORDER BY min(rank), max(last_visit_at) DESC, prospect_id DESC LIMIT ${limit})`,
    ])}
    SELECT ${sql.raw(PROSPECT_COLS)}, b.rank, b.last_visit_at, w.id AS walkout_id, w.status, e.name AS employee_name,
           (SELECT count(*) FROM walkouts c WHERE c.prospect_id = p.id) AS walkout_count, ${own} AS own_walkout_id
      FROM best b JOIN prospects p ON p.id = b.prospect_id
      JOIN walkouts w ON w.id = (SELECT l.id FROM walkouts l WHERE l.prospect_id = b.prospect_id
                                  ORDER BY l.visited_at DESC, l.id DESC LIMIT 1)
      JOIN employees e ON e.id = w.employee_id
     ORDER BY b.rank, b.last_visit_at DESC, b.prospect_id DESC`,
    // One prepared statement per shape of the query: which legs it has, and a lead's view or a rep's.
    `prospects.search.${q.kind}.${legs.length}.${viewer === null ? 'all' : 'own'}`,
  );
}
