// Do the roll-up tables the triggers kept equal a rebuild from the walkouts? On either engine, leaving the
// store as it was: SQLite rebuilds inside a transaction it rolls back; PostgreSQL uses fivePcChecks' check.
import pg from 'pg';
import { numberTypes } from '../../electron/db/pg/pool';
import {
  backfillCubes,
  backfillReasons,
  CUBES,
  cubeTriggers,
  REASON_CUBES,
  ROLLUP_TRIGGERS,
  reasonTriggers,
} from '../../electron/db/rollups';
import { ENGINE, type Store } from '../integration/harness';
import { rollupsUnlikeRebuild as pgRollupsUnlikeRebuild } from './fivePcChecks';

const TABLES = [...CUBES.map((c) => c.table), ...REASON_CUBES.map((c) => c.table)];
const KEYS = new Set(['day', 'month', 'employee_id', 'reason_id', 'objection', 'category']);

/** A table's rows with any measure other than zero (a bucket a walkout left stays behind as zeros). */
function rowsOf(store: Store, table: string): string[] {
  return (store.db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[])
    .filter((r) => Object.entries(r).some(([k, v]) => !KEYS.has(k) && v !== 0))
    .map((r) => JSON.stringify(r))
    .sort();
}

class RolledBack extends Error {}

/** The roll-up tables whose contents differ from a rebuild (none when the triggers kept them exact). */
export async function rollupsUnlikeRebuild(store: Store): Promise<string[]> {
  if (ENGINE === 'postgres') {
    const client = new pg.Client({ connectionString: store.path, types: numberTypes });
    await client.connect();
    try {
      return await pgRollupsUnlikeRebuild(client);
    } finally {
      await client.end();
    }
  }
  const kept = new Map(TABLES.map((t) => [t, rowsOf(store, t)]));
  const differ: string[] = [];
  try {
    store.db.transaction(() => {
      for (const t of ROLLUP_TRIGGERS) store.db.exec(`DROP TRIGGER ${t}`);
      for (const t of [...TABLES, 'walkout_reasons']) store.db.exec(`DELETE FROM ${t}`);
      store.db.exec(backfillCubes());
      store.db.exec(backfillReasons());
      store.db.exec(cubeTriggers());
      store.db.exec(reasonTriggers());
      for (const t of TABLES) {
        if (JSON.stringify(rowsOf(store, t)) !== JSON.stringify(kept.get(t))) differ.push(t);
      }
      throw new RolledBack();
    })();
  } catch (err) {
    if (!(err instanceof RolledBack)) throw err;
  }
  return differ;
}
