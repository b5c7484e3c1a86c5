// SQL for the texts about other people that may name an erased person: a referred friend's story
// ("Referred by Zeb Quack"), a rep's note, a partner's file name, an audit detail.

import { sql } from 'kysely';
import { likeAnyCase } from '../../db/dialect';
import { all, type Executor, run } from '../../db/store';

export interface MentionSource {
  table: string;
  /** Free-text columns; none of them is watched by the dashboard's roll-up triggers. */
  columns: readonly string[];
  /** The column holds JSON (audit details): search for the term as JSON writes it. */
  json?: boolean;
}

/**
 * Every free-text column outside the person's own rows that a person's name, phone or e-mail can be
 * typed or copied into. Names of employees and partners, and the reason bank, are the store's own words.
 */
export const MENTION_SOURCES: readonly MentionSource[] = [
  {
    table: 'walkouts',
    columns: [
      'product',
      'objection_text',
      'pain_points',
      'motivation',
      'personal_details',
      'next_step_text',
      'survey_text',
    ],
  },
  { table: 'follow_ups', columns: ['notes', 'message'] },
  { table: 'referrals', columns: ['relationship'] },
  { table: 'prospects', columns: ['best_time'] },
  { table: 'share_batches', columns: ['file_name'] },
  { table: 'audit_log', columns: ['detail'], json: true },
];

export interface MentionRow {
  id: number;
  values: string[];
}

/**
 * Rows of `source` where a column contains one of `terms` (LIKE: ASCII letter case ignored; a term's
 * own % or _ may widen the match, never narrow it, and the caller rewrites exact matches only).
 */
export async function rowsMentioning(
  ex: Executor,
  source: MentionSource,
  terms: readonly string[],
): Promise<MentionRow[]> {
  if (terms.length === 0) return [];
  const anyTerm = source.columns.flatMap((c) =>
    terms.map((t) => sql`${sql.raw(c)} ${likeAnyCase(ex)} ${`%${t}%`}`),
  );
  const rows = await all(
    ex,
    sql<Record<string, string | number | null>>`SELECT id, ${sql.raw(source.columns.join(', '))}
      FROM ${sql.raw(source.table)} WHERE ${sql.join(anyTerm, sql` OR `)}`,
  );
  return rows.map((r) => ({ id: Number(r.id), values: source.columns.map((c) => String(r[c] ?? '')) }));
}

export async function rewriteRow(ex: Executor, source: MentionSource, row: MentionRow): Promise<void> {
  const sets = source.columns.map((c, i) => sql`${sql.raw(c)} = ${row.values[i]}`);
  await run(ex, sql`UPDATE ${sql.raw(source.table)} SET ${sql.join(sets)} WHERE id = ${row.id}`);
}
