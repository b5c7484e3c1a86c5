// SQL for the texts about other people that may name an erased person: a referred friend's story
// ("Referred by Zeb Quack"), a rep's note, a partner's file name, an audit detail.

import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';

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
export function rowsMentioning(db: Db, source: MentionSource, terms: readonly string[]): MentionRow[] {
  if (terms.length === 0) return [];
  const anyTerm = source.columns.flatMap((c) => terms.map((_, i) => `${c} LIKE @t${i}`)).join(' OR ');
  const params = Object.fromEntries(terms.map((t, i) => [`t${i}`, `%${t}%`]));
  return (
    prepared(db, `SELECT id, ${source.columns.join(', ')} FROM ${source.table} WHERE ${anyTerm}`)
      .raw()
      .all(params) as [number, ...(string | null)[]][]
  ).map(([id, ...values]) => ({ id, values: values.map((v) => v ?? '') }));
}

export function rewriteRow(db: Db, source: MentionSource, row: MentionRow): void {
  prepared(
    db,
    `UPDATE ${source.table} SET ${source.columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`,
  ).run(...row.values, row.id);
}
