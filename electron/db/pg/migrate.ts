// Schema versions on a store server: one row in beback_schema; pending migrations run in one transaction
// under an advisory lock, so PCs starting together migrate once. Versions count as SQLite's do (the same
// numbered migrations); a server database starts at the baseline (see migrations/0010-baseline.sql.ts).
import type pg from 'pg';
import { DatabaseTooNewError } from '../migrate';
import { MIGRATIONS } from '../migrations';
import { PG_BASELINE_VERSION, pgBaseline } from './migrations/0010-baseline.sql';
import { pgPartnerShareScope } from './migrations/0011-partner-share-scope.sql';
import { pgOneOpenCall } from './migrations/0012-one-open-call.sql';
import { pgTiedVisits } from './migrations/0013-tied-visits.sql';
import { pgAuditUndo } from './migrations/0014-audit-undo.sql';
import { pgPersonVisitsIndex } from './migrations/0015-person-visits-index.sql';
import { pgBackfillProspectSearch, pgProspectSearch } from './migrations/0016-prospect-search.sql';
import { pgTruthfulFigures } from './migrations/0017-truthful-figures.sql';
import { pgImportSource } from './migrations/0018-import-source.sql';
import { pgFirstCallAhead } from './migrations/0019-first-call-ahead.sql';

export interface PgMigration {
  /** The schema version this migration brings the database to. */
  version: number;
  name: string;
  sql: string;
  /** Data work SQL cannot do (the search terms' folding); runs after `sql`, in the same transaction. */
  up?: (client: pg.ClientBase) => Promise<void>;
}

export const PG_MIGRATIONS: readonly PgMigration[] = [
  { version: PG_BASELINE_VERSION, name: '0010-baseline', sql: pgBaseline },
  { version: 11, name: '0011-partner-share-scope', sql: pgPartnerShareScope },
  { version: 12, name: '0012-one-open-call', sql: pgOneOpenCall },
  { version: 13, name: '0013-tied-visits', sql: pgTiedVisits },
  { version: 14, name: '0014-audit-undo', sql: pgAuditUndo },
  { version: 15, name: '0015-person-visits-index', sql: pgPersonVisitsIndex },
  { version: 16, name: '0016-prospect-search', sql: pgProspectSearch, up: pgBackfillProspectSearch },
  { version: 17, name: '0017-truthful-figures', sql: pgTruthfulFigures },
  { version: 18, name: '0018-import-source', sql: pgImportSource },
  { version: 19, name: '0019-first-call-ahead', sql: pgFirstCallAhead },
];

/** The version this app's migrations reach: the same on both engines. */
export const LATEST_VERSION = MIGRATIONS.length;

/** Any number, the same on every PC: the key of the advisory lock migrations hold. */
const MIGRATION_LOCK = 4_210_112_026;

export class NotBebackDatabaseError extends Error {
  constructor(tables: string[]) {
    super(
      `This database already holds other tables (${tables.slice(0, 3).join(', ')}${tables.length > 3 ? ', …' : ''}) ` +
        'and is not a BeBack store. Use an empty database.',
    );
  }
}

type Queryable = Pick<pg.ClientBase, 'query'>;

/** The database's BeBack schema version: 0 when it holds no BeBack schema. */
export async function pgSchemaVersion(client: Queryable): Promise<number> {
  const found = await client.query<{ exists: boolean }>(
    `SELECT to_regclass('public.beback_schema') IS NOT NULL AS exists`,
  );
  if (!found.rows[0].exists) return 0;
  const row = await client.query<{ version: string }>('SELECT version FROM beback_schema');
  return Number(row.rows[0]?.version ?? 0);
}

/** Brings the server database to `upTo` (the latest by default); answers the version it is at. */
export async function migratePg(client: pg.ClientBase, upTo = LATEST_VERSION): Promise<number> {
  await client.query('BEGIN');
  try {
    const version = await migrateWithin(client, upTo);
    await client.query('COMMIT');
    return version;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}

/** migratePg's work inside a transaction the caller holds (a restore puts its rows in the same one). */
export async function migrateWithin(client: pg.ClientBase, upTo = LATEST_VERSION): Promise<number> {
  await client.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
  const current = await pgSchemaVersion(client);
  if (current > LATEST_VERSION) throw new DatabaseTooNewError(current, LATEST_VERSION);
  if (current === 0) {
    const other = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    if (other.rows.length) throw new NotBebackDatabaseError(other.rows.map((r) => r.tablename));
  }
  let version = current;
  for (const m of PG_MIGRATIONS) {
    if (m.version <= version || m.version > upTo) continue;
    await client.query(m.sql);
    await m.up?.(client);
    version = m.version;
  }
  if (version !== current) {
    await client.query('CREATE TABLE IF NOT EXISTS beback_schema (version BIGINT NOT NULL)');
    await client.query('DELETE FROM beback_schema');
    await client.query('INSERT INTO beback_schema (version) VALUES ($1)', [version]);
  }
  return version;
}
