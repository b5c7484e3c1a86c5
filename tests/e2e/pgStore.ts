// The e2e apps' store on the run's PostgreSQL cluster (pgGlobalSetup.ts): a fresh database per app, copied
// from the migrated template, or from a demo template seeded once per run (the demo is a few thousand rows,
// about half a minute over loopback, so it is written once, not once per spec).
import { randomBytes } from 'node:crypto';
import { test } from '@playwright/test';
import pg from 'pg';
import { numberTypes, openPgPool } from '../../electron/db/pg/pool';
import { postgresStore, type Store } from '../../electron/db/store';
import { seedDemo } from '../../electron/seed/demo';
import { PG_TEMPLATE } from '../support/pgCluster';

const DEMO_TEMPLATE = 'e2e_demo_template';

/** Which engine the app under test runs on: BEBACK_E2E_ENGINE, else the Playwright project's name. */
export function e2eEngine(): 'sqlite' | 'postgres' {
  const named = process.env.BEBACK_E2E_ENGINE;
  if (named === 'postgres' || named === 'sqlite') return named;
  return test.info().project.name === 'postgres' ? 'postgres' : 'sqlite';
}

function serverUrl(): string {
  const url = process.env.BEBACK_E2E_PG_URL;
  if (!url) throw new Error('No PostgreSQL cluster for this run (tests/e2e/pgGlobalSetup.ts did not run).');
  return url;
}

async function admin<T = unknown>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: serverUrl(), types: numberTypes });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

const urlOf = (name: string) => serverUrl().replace(/\/postgres$/, `/${name}`);

async function demoTemplate(now: number): Promise<string> {
  const found = await admin(`SELECT 1 FROM pg_database WHERE datname = '${DEMO_TEMPLATE}'`);
  if (found.length) return DEMO_TEMPLATE;
  const building = `${DEMO_TEMPLATE}_${randomBytes(3).toString('hex')}`;
  await admin(`CREATE DATABASE ${building} TEMPLATE ${PG_TEMPLATE}`);
  const store = postgresStore(openPgPool({ connectionString: urlOf(building), max: 1 }));
  try {
    await seedDemo(store, { now });
  } finally {
    await store.close();
  }
  await admin(`ALTER DATABASE ${building} RENAME TO ${DEMO_TEMPLATE}`);
  return DEMO_TEMPLATE;
}

export interface E2eDatabase {
  url: string;
  /** A store over it for the set-up (the team), closed by the caller. */
  open(): Store;
  drop(): Promise<void>;
}

export async function freshE2eDatabase(options: { demo: boolean; now: number }): Promise<E2eDatabase> {
  const from = options.demo ? await demoTemplate(options.now) : PG_TEMPLATE;
  const name = `e2e_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${name} TEMPLATE ${from}`);
  return {
    url: urlOf(name),
    open: () => postgresStore(openPgPool({ connectionString: urlOf(name), max: 1 })),
    async drop() {
      // The app's closing backup may still be reading it for a moment after its process was told to stop.
      for (let i = 0; i < 100; i++) {
        const [row] = await admin<{ n: number }>(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = '${name}'`,
        );
        if (row.n === 0) break;
        await new Promise((wait) => setTimeout(wait, 100));
      }
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** A database the spec owns on a cluster of its own (the lost-server spec stops it); never dropped here. */
export function specDatabase(url: string): E2eDatabase {
  return {
    url,
    open: () => postgresStore(openPgPool({ connectionString: url, max: 1 })),
    drop: async () => {},
  };
}
