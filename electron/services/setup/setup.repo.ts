// Wiping a demo store: every row of every domain table, children before parents so foreign keys hold.
import { sql } from 'kysely';
import { CUBES, REASON_CUBES } from '../../db/rollups';
import { type Executor, run } from '../../db/store';

const WIPE_ORDER = [
  'share_batch_walkouts',
  'share_batches',
  'save_credits',
  'referrals',
  'follow_ups',
  'walkout_reasons',
  'walkouts',
  'prospect_search',
  'prospects',
  'reasons',
  'partners',
  'save_program_changes',
  'audit_log',
  'employees',
] as const;

export async function wipeStore(ex: Executor): Promise<void> {
  for (const table of WIPE_ORDER) await run(ex, sql`DELETE FROM ${sql.table(table)}`);
  // The dashboard roll-ups are emptied by the delete triggers; drop their zero rows as well.
  for (const c of [...CUBES, ...REASON_CUBES]) await run(ex, sql`DELETE FROM ${sql.table(c.table)}`);
}
