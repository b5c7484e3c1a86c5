// Wiping a demo store: every row of every domain table, children before parents so foreign keys hold.
import type { Db } from '../../db/open';
import { CUBES, REASON_CUBES } from '../../db/rollups';

const WIPE_ORDER = [
  'share_batch_walkouts',
  'share_batches',
  'save_credits',
  'referrals',
  'follow_ups',
  'walkout_reasons',
  'walkouts',
  'prospects',
  'reasons',
  'partners',
  'save_program_changes',
  'audit_log',
  'employees',
] as const;

export function wipeStore(db: Db): void {
  for (const table of WIPE_ORDER) db.prepare(`DELETE FROM ${table}`).run();
  // The dashboard roll-ups are emptied by the delete triggers; drop their zero rows as well.
  for (const c of [...CUBES, ...REASON_CUBES]) db.prepare(`DELETE FROM ${c.table}`).run();
}
