// A fresh store-server database for one test: a copy of the migrated template (about 20–30 ms).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { numberTypes } from '../../electron/db/pg/pool';
import { PG_TEMPLATE } from './pgCluster';

export interface PgTestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Runs SQL as the cluster's superuser (creating and dropping test databases, roles). */
export async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('pgServerUrl'), types: numberTypes });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * `template`: a copy of the migrated template (default), 'empty' for a database with no schema at all, or
 * the name of a database made a template with pgTemplateFrom.
 */
export async function freshPgDatabase(
  template: 'migrated' | 'empty' | string = 'migrated',
): Promise<PgTestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const from = template === 'migrated' ? PG_TEMPLATE : template === 'empty' ? 'template0' : template;
  await admin(`CREATE DATABASE ${name} TEMPLATE ${from}`);
  const url = inject('pgServerUrl').replace(/\/postgres$/, `/${name}`);
  return {
    name,
    url,
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Marks a test database as a template for others (its connections must be closed); answers its name. */
export async function pgTemplateFrom(db: PgTestDatabase): Promise<string> {
  await admin(`ALTER DATABASE ${db.name} WITH IS_TEMPLATE true`);
  return db.name;
}
