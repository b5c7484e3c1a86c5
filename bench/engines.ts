// The engine a benchmark runs on (`npm run bench -- dashboard --db pg`): the embedded SQLite file, or a store
// server — a throwaway PostgreSQL cluster the run starts itself on loopback, with the server's durability
// defaults (fsync on), since "log a walkout" is a commit and its figure is only honest when commits are.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Db } from '../electron/db/open';
import { copySqliteToPg } from '../electron/db/pg/copyFromSqlite';
import { migratePg, pgSchemaVersion } from '../electron/db/pg/migrate';
import { numberTypes, openPgPool } from '../electron/db/pg/pool';
import { postgresStore, type Store } from '../electron/db/store';
import { type PgCluster, startPgCluster } from '../tests/support/pgCluster';
import { once } from './stats';

export type BenchEngine = 'sqlite' | 'postgres';

/** `--db pg` (or `postgres`, `sqlite`) from the command line; SQLite when absent. */
export function engineFromArgs(args: string[]): { engine: BenchEngine; rest: string[] } {
  const at = args.indexOf('--db');
  if (at === -1) return { engine: 'sqlite', rest: args };
  const value = args[at + 1];
  const engine = value === 'pg' || value === 'postgres' ? 'postgres' : value === 'sqlite' ? 'sqlite' : null;
  if (!engine) throw new Error(`--db takes pg or sqlite, not ${value ?? 'nothing'}.`);
  return { engine, rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}

let cluster: Promise<PgCluster> | null = null;
let databases = 0;

/**
 * The run's cluster, started on first use. BENCH_PG_FSYNC=off runs it with the tests' settings instead, to
 * show what durability costs; shared_buffers is raised from the 128 MB default so a million walkouts'
 * indexes stay in memory as they would on a store server.
 */
function benchCluster(): Promise<PgCluster> {
  cluster ??= (async () => {
    const durable = process.env.BENCH_PG_FSYNC !== 'off';
    const c = await startPgCluster({ durable, settings: { shared_buffers: '1GB' } });
    console.log(
      `  store server: PostgreSQL on 127.0.0.1:${c.port}, ${durable ? 'fsync on (server defaults)' : 'fsync, synchronous_commit and full_page_writes off'}, shared_buffers 1GB`,
    );
    return c;
  })();
  return cluster;
}

/** Stops the cluster if the run started one. */
export async function stopBenchCluster(): Promise<void> {
  if (cluster) (await cluster).stop();
  cluster = null;
}

export interface PgBenchStore {
  store: Store;
  /** Runs SQL on the bench database outside the store (EXPLAIN, counts). */
  query(text: string, values?: unknown[]): Promise<pg.QueryResult>;
  dispose(): Promise<void>;
}

/**
 * A new migrated database on the run's cluster; with `from`, every row of that SQLite store copied in and
 * the tables analyzed, as a store server would be after its first import.
 */
export async function pgBenchStore(from?: Db): Promise<PgBenchStore> {
  const loaded = process.env.BENCH_PG_URL;
  if (from && loaded) return existingStore(loaded, from);
  const c = await benchCluster();
  const name = `bench_${++databases}`;
  await c.admin(`CREATE DATABASE ${name}`);
  const url = c.url(name);
  const client = new pg.Client({ connectionString: url, types: numberTypes });
  await client.connect();
  try {
    if (!from) await migratePg(client);
    else await loadFrom(from, client);
  } catch (err) {
    await client.end();
    throw err;
  }
  const pool = openPgPool({ connectionString: url });
  const store = postgresStore(pool);
  return {
    store,
    query: (text, values) => client.query(text, values),
    async dispose() {
      await store.close();
      await client.end();
      await c.admin(`DROP DATABASE ${name} WITH (FORCE)`);
    },
  };
}

/**
 * BENCH_PG_URL=<url>: the big store's benchmarks read a server database an earlier run loaded from the same
 * generated store (a cluster kept running), instead of a load that takes minutes; nothing is dropped after.
 * An empty database there is loaded from `from` first, so the first run fills it and later runs reuse it
 * (migrated to this code's schema when an earlier run loaded it at an older one).
 */
async function existingStore(url: string, from: Db): Promise<PgBenchStore> {
  const client = new pg.Client({ connectionString: url, types: numberTypes });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'");
    if (Number(rows[0].n) === 0) {
      console.log(`  store server: loading the empty database at ${url} (later runs reuse it)`);
      await loadFrom(from, client);
    } else {
      console.log(`  store server: the database already loaded at ${url}`);
      // Loaded by an earlier run at its schema: brought up to this code's (an index added since, say).
      const before = await pgSchemaVersion(client);
      const after = await migratePg(client);
      if (after !== before) console.log(`  store server: migrated from schema ${before} to ${after}`);
    }
  } catch (err) {
    await client.end();
    throw err;
  }
  const store = postgresStore(openPgPool({ connectionString: url }));
  return {
    store,
    query: (text, values) => client.query(text, values),
    async dispose() {
      await store.close();
      await client.end();
    },
  };
}

/** The same move a store makes to its server (copyFromSqlite.ts): schema, COPY per table, one transaction. */
async function loadFrom(from: Db, client: pg.Client): Promise<void> {
  const t0 = performance.now();
  const summary = await copySqliteToPg(from, client);
  const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
  once(`load into PostgreSQL (copySqliteToPg): ${rows.toLocaleString('en-US')} rows`, performance.now() - t0);
  const t1 = performance.now();
  await client.query('VACUUM (ANALYZE)');
  once('VACUUM (ANALYZE) after the load', performance.now() - t1);
}
