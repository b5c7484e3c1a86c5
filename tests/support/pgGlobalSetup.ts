// vitest global set-up: one throwaway PostgreSQL cluster for the whole run, with a template database at the
// latest schema; each test file that needs the server takes a fresh copy of it (pgDatabase.ts).
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migratePg } from '../../electron/db/pg/migrate';
import { numberTypes } from '../../electron/db/pg/pool';
import { PG_TEMPLATE, type PgCluster, startPgCluster } from './pgCluster';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}

let cluster: PgCluster | null = null;

export async function setup(project: TestProject) {
  const started = Date.now();
  cluster = await startPgCluster();
  await cluster.admin(`CREATE DATABASE ${PG_TEMPLATE}`);
  const client = new pg.Client({ connectionString: cluster.url(PG_TEMPLATE), types: numberTypes });
  await client.connect();
  try {
    await migratePg(client);
  } finally {
    await client.end();
  }
  console.log(
    `BeBack tests: PostgreSQL on 127.0.0.1:${cluster.port}, template migrated in ${Date.now() - started} ms`,
  );
  project.provide('pgServerUrl', cluster.url('postgres'));
}

export function teardown() {
  cluster?.stop();
  cluster = null;
}
