// Playwright global set-up: one throwaway PostgreSQL cluster for the run, with a migrated template, for the
// "postgres" project (each app it starts gets a fresh copy: pgStore.ts). Its URL reaches the workers in
// BEBACK_E2E_PG_URL; the returned function stops it when the run ends.
import { startMigratedCluster } from '../support/pgCluster';

export default async function globalSetup() {
  const cluster = await startMigratedCluster();
  process.env.BEBACK_E2E_PG_URL = cluster.url('postgres');
  return () => cluster.stop();
}
