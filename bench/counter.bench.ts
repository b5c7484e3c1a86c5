// The counter's everyday actions on a demo-sized store: logging a walkout and opening My day.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../electron/db/open';
import { sqliteStore } from '../electron/db/store';
import { seedDemo } from '../electron/seed/demo';
import { createServices } from '../electron/services';
import { once, report, time } from './stats';

export async function counterBench(): Promise<void> {
  console.log('\n== Counter (demo store: 300 walkouts over 90 days) ==');
  const dir = mkdtempSync(join(tmpdir(), 'beback-bench-'));
  try {
    const db = openDatabase(join(dir, 'store.sqlite'));
    const now = Date.parse('2026-11-23T10:00:00-06:00');
    const t0 = performance.now();
    const store = sqliteStore(db);
    await seedDemo(store, { now });
    once('seed demo data (incl. 5 scrypt PIN hashes)', performance.now() - t0);

    const { router, sessions } = createServices({ store, now: () => now });
    const rep = db
      .prepare("SELECT id FROM employees WHERE role = 'staff' ORDER BY id LIMIT 1")
      .pluck()
      .get() as number;
    sessions.signIn('bench', rep);
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
    report('log a walkout (router → commit, WAL + FULL sync)', create, 50);
    const day = await time(200, async () => {
      const r = await router.call('bench', 'calendar.day', {});
      if (!r.ok) throw new Error(r.error.message);
    });
    report('open My day (one employee calendar)', day, 50);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
