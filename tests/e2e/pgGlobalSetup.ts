// Playwright global set-up: one throwaway PostgreSQL cluster for the run, with a migrated template, for the
// "postgres" project (each app it starts gets a fresh copy: pgStore.ts). Its URL reaches the workers in
// BEBACK_E2E_PG_URL; the returned function stops it when the run ends.
import pg from 'pg';
import { migratePg } from '../../electron/db/pg/migrate';
import { numberTypes } from '../../electron/db/pg/pool';
import { PG_TEMPLATE, startPgCluster } from '../support/pgCluster';

export default async function globalSetup() {
  const cluster = await startPgCluster();
  await cluster.admin(`CREATE DATABASE ${PG_TEMPLATE}`);
  const client = new pg.Client({ connectionString: cluster.url(PG_TEMPLATE), types: numberTypes });
  await client.connect();
  try {
    await migratePg(client);
  } finally {
    await client.end();
  }
  process.env.BEBACK_E2E_PG_URL = cluster.url('postgres');
  return () => cluster.stop();
}
