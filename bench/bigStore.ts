// The million-walkout store the dashboard and day-calendar benchmarks share: built once per run (it takes
// minutes), on the engine the run asked for, with one owner (the first employee) to read the dashboard.
import { performance } from 'node:perf_hooks';
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
  const { db } = bulk;
  const followUps = db.prepare('SELECT count(*) FROM follow_ups').pluck().get() as number;
  once(
    `build: ${walkouts.toLocaleString('en-US')} walkouts, ${followUps.toLocaleString('en-US')} follow-ups`,
    performance.now() - t0,
  );
  const owner = bulk.employeeIds[0];
  db.prepare("UPDATE employees SET role = 'owner' WHERE id = ?").run(owner);
  db.pragma('optimize');
  db.exec('ANALYZE');
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
