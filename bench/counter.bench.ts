// The counter's everyday actions on a demo-sized store: logging a walkout and opening My day.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase } from '../electron/db/open';
import { one, type Store, sqliteStore } from '../electron/db/store';
import { seedDemo } from '../electron/seed/demo';
import { createServices } from '../electron/services';
import { type BenchEngine, pgBenchStore } from './engines';
import { once, report, time } from './stats';

/** A new empty store on the engine, and how to free it. */
async function emptyStore(engine: BenchEngine): Promise<{ store: Store; dispose(): Promise<void> }> {
  if (engine === 'postgres') return pgBenchStore();
  const dir = mkdtempSync(join(tmpdir(), 'beback-bench-'));
  const db = openDatabase(join(dir, 'store.sqlite'));
  return {
    store: sqliteStore(db),
    async dispose() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function counterBench(engine: BenchEngine): Promise<void> {
  console.log(`\n== Counter (demo store: 300 walkouts over 90 days, ${engine}) ==`);
  const { store, dispose } = await emptyStore(engine);
  try {
    const now = Date.parse('2026-11-23T10:00:00-06:00');
    const t0 = performance.now();
    await seedDemo(store, { now });
    once('seed demo data (incl. 5 scrypt PIN hashes)', performance.now() - t0);

    const { router, sessions } = createServices({ store, now: () => now });
    const rep = await one<{ id: number }>(
      store.db,
      sql`SELECT id FROM employees WHERE role = 'staff' ORDER BY id LIMIT 1`,
    );
    if (!rep) throw new Error('The demo store has no staff.');
    sessions.signIn('bench', Number(rep.id));
    const create = await time(200, async (i) => {
      const r = await router.call('bench', 'walkouts.create', {
        prospect: {
          firstName: 'Bench',
          lastName: `Walkout ${i}`,
          phone: `312555${String(1000 + i).padStart(4, '0')}`,
        },
        product: 'Zero-turn mower',
        category: 'Mowers',
        closeness: 3,
        objection: 'price',
      });
      if (!r.ok) throw new Error(r.error.message);
    });
    report(
      engine === 'postgres'
        ? 'log a walkout (router → commit, loopback server)'
        : 'log a walkout (router → commit, WAL + FULL sync)',
      create,
      engine === 'postgres' ? 10 : 50,
    );
    const day = await time(200, async () => {
      const r = await router.call('bench', 'calendar.day', {});
      if (!r.ok) throw new Error(r.error.message);
    });
    report('open My day (one employee calendar)', day, 50);
  } finally {
    await dispose();
  }
}
