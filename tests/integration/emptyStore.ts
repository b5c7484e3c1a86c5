// An empty migrated store on the run's engine (a fresh PostgreSQL database, or a temp SQLite file), with
// no team and no demo: what a first start opens.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/db/open';
import { openPgPool } from '../../electron/db/pg/pool';
import { type Store as DataStore, postgresStore, sqliteStore } from '../../electron/db/store';
import { freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';
import { ENGINE } from './harness';

export async function openEmptyStore(): Promise<{ data: DataStore; cleanUp: () => Promise<void> }> {
  if (ENGINE === 'postgres') {
    const db: PgTestDatabase = await freshPgDatabase('migrated');
    const store = postgresStore(openPgPool({ connectionString: db.url }));
    return {
      data: store,
      cleanUp: async () => {
        await store.close();
        await db.drop();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'beback-setup-'));
  const db = openDatabase(join(dir, 'store.sqlite'));
  return {
    data: sqliteStore(db),
    cleanUp: async () => {
      db.close();
      rmSync(dir, { recursive: true });
    },
  };
}
