// `npm run schema:snapshot`: rewrites both committed schema snapshots from fresh databases built by the
// migrations as they are now: tests/migrations/schema.snapshot.sql (SQLite) and schema.pg.snapshot.sql
// (the store server, on a throwaway PostgreSQL cluster). Run it after adding a migration; commit both.
import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { migratePg } from '../../electron/db/pg/migrate';
import { startPgCluster } from './pgCluster';
import { PG_SNAPSHOT_PATH, pgSnapshotOf } from './pgSchemaSnapshot';
import { freshSnapshot, SNAPSHOT_PATH } from './schemaSnapshot';

async function main() {
  writeFileSync(SNAPSHOT_PATH, freshSnapshot());
  console.log(`Wrote ${SNAPSHOT_PATH}`);
  const cluster = await startPgCluster();
  try {
    await cluster.admin('CREATE DATABASE snapshot');
    const client = new pg.Client({ connectionString: cluster.url('snapshot') });
    await client.connect();
    await migratePg(client);
    await client.end();
    writeFileSync(PG_SNAPSHOT_PATH, pgSnapshotOf(cluster.url('snapshot')));
    console.log(`Wrote ${PG_SNAPSHOT_PATH}`);
  } finally {
    cluster.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
