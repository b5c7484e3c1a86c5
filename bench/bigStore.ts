// The million-walkout store the dashboard and day-calendar benchmarks share: built once per run (it takes
// minutes), on the engine the run asked for, with one owner (the first employee) to read the dashboard.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../electron/db/open';
import { LATEST_VERSION } from '../electron/db/pg/migrate';
import { type Store, sqliteStore } from '../electron/db/store';
import { type BulkStore, buildBulkStore } from './bulkStore';
import { type BenchEngine, pgBenchStore } from './engines';
import { once } from './stats';

export const BIG_NOW = Date.parse('2026-11-23T10:00:00-06:00');

export interface BigStore {
  engine: BenchEngine;
  walkouts: number;
  bulk: BulkStore;
  store: Store;
  owner: number;
  /** Runs SQL on the engine underneath, outside the services (yardsticks, counts). */
  scalar(text: string): Promise<unknown>;
}

let built: Promise<BigStore> | null = null;
let release: (() => Promise<void>) | null = null;

export function bigStore(engine: BenchEngine): Promise<BigStore> {
  built ??= build(engine);
  return built;
}

/** Frees the store if a benchmark built it. */
export async function disposeBigStore(): Promise<void> {
  await release?.();
  built = null;
  release = null;
}

async function build(engine: BenchEngine): Promise<BigStore> {
  const walkouts = Number(process.env.BENCH_WALKOUTS ?? 1_000_000);
  console.log(`\n== The big store (${walkouts.toLocaleString('en-US')} walkouts over 10 years, 25 reps) ==`);
  const bulk = cachedStore(walkouts) ?? generate(walkouts);
  const { db } = bulk;
  const owner = bulk.employeeIds[0];
  db.prepare("UPDATE employees SET role = 'owner' WHERE id = ?").run(owner);
  db.pragma('optimize');
  db.exec('ANALYZE');
  keepInCache(bulk, walkouts);
  if (engine === 'sqlite') {
    release = async () => bulk.dispose();
    return {
      engine,
      walkouts,
      bulk,
      store: sqliteStore(db),
      owner,
      scalar: async (text) => db.prepare(text).pluck().get(),
    };
  }
  const server = await pgBenchStore(db);
  release = async () => {
    await server.dispose();
    bulk.dispose();
  };
  return {
    engine,
    walkouts,
    bulk,
    store: server.store,
    owner,
    scalar: async (text) => Object.values((await server.query(text)).rows[0] ?? {})[0],
  };
}

function generate(walkouts: number): BulkStore {
  const t0 = performance.now();
  let shown = 0;
  const bulk = buildBulkStore({
    walkouts,
    employees: 26,
    now: BIG_NOW,
    days: 3650,
    onProgress: (done) => {
      if (done - shown >= walkouts / 10 || done === walkouts) {
        shown = done;
        process.stdout.write(
          `  generating… ${done.toLocaleString('en-US')} walkouts, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`,
        );
      }
    },
  });
  const followUps = bulk.db.prepare('SELECT count(*) FROM follow_ups').pluck().get() as number;
  once(
    `build: ${walkouts.toLocaleString('en-US')} walkouts, ${followUps.toLocaleString('en-US')} follow-ups`,
    performance.now() - t0,
  );
  return bulk;
}

/**
 * BENCH_STORE_CACHE=<folder> keeps the built store there (per size and schema version) and later runs start
 * from a copy of it: the build is the same seeded generator every time, and it takes minutes (the SQLite and
 * the store-server runs of one session then read the very same rows).
 */
function cacheFile(walkouts: number, version = LATEST_VERSION): string | null {
  const folder = process.env.BENCH_STORE_CACHE;
  return folder ? join(folder, `big-${walkouts}-schema${version}.sqlite`) : null;
}

/**
 * The cached store at this schema version, or else at the newest earlier one: opening it runs the migrations
 * since (an index added is seconds), where building again would take minutes.
 */
function cachedFile(walkouts: number): string | null {
  for (let version = LATEST_VERSION; version > 0; version--) {
    const file = cacheFile(walkouts, version);
    if (file && existsSync(file)) return file;
  }
  return null;
}

function cachedStore(walkouts: number): BulkStore | null {
  const file = cachedFile(walkouts);
  if (!file) return null;
  const t0 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'beback-bulk-'));
  copyFileSync(file, join(dir, 'store.sqlite'));
  const db = openDatabase(join(dir, 'store.sqlite'));
  const employeeIds = db.prepare('SELECT id FROM employees ORDER BY id').pluck().all() as number[];
  once(`copied the built store from ${file}`, performance.now() - t0);
  return {
    db,
    dir,
    employeeIds,
    dispose() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function keepInCache(bulk: BulkStore, walkouts: number): void {
  const file = cacheFile(walkouts);
  if (!file || existsSync(file)) return;
  mkdirSync(dirname(file), { recursive: true });
  // VACUUM INTO writes a consistent copy beside the open store; the rename makes it appear whole or not at all.
  bulk.db.prepare('VACUUM INTO ?').run(`${file}.partial`);
  renameSync(`${file}.partial`, file);
}
