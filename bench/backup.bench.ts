// Issue 11's targets at a million walkouts: a verified backup runs in steps and never holds the counter up
// (walkouts logged during it stay p95 < 50 ms), and how long a restore takes (pre-restore backup, full
// check of the chosen copy, swap, reopen). BENCH_BACKUP_DB=<file> reuses a store built earlier (copied).
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../electron/db/open';
import { hashPin } from '../electron/services/employees/pin';
import { openStoreHost } from '../electron/services/storeHost';
import { buildBulkStore } from './bulkStore';
import { mustCall, once, report, type Timing } from './stats';

const NOW = Date.parse('2026-11-23T10:00:00-06:00');

export async function backupBench(walkouts = Number(process.env.BENCH_WALKOUTS ?? 1_000_000)): Promise<void> {
  console.log(`\n== Backup and restore (${walkouts.toLocaleString('en-US')} walkouts) ==`);
  const dir = mkdtempSync(join(tmpdir(), 'beback-bench-backup-'));
  const dbPath = join(dir, 'store.sqlite');
  try {
    const t0 = performance.now();
    if (process.env.BENCH_BACKUP_DB) copyFileSync(process.env.BENCH_BACKUP_DB, dbPath);
    else {
      const store = buildBulkStore({ walkouts, employees: 26, now: NOW, days: 3650 });
      store.db.pragma('wal_checkpoint(TRUNCATE)');
      copyFileSync(join(store.dir, 'store.sqlite'), dbPath);
      store.dispose();
    }
    // One rep who can sign in (the bulk store's PINs are placeholders).
    const db = openDatabase(dbPath);
    const rep = db
      .prepare("SELECT id FROM employees WHERE role = 'staff' ORDER BY id LIMIT 1")
      .pluck()
      .get() as number;
    db.prepare("UPDATE employees SET pin_hash = ?, role = 'owner' WHERE id = ?").run(
      await hashPin('2468'),
      rep,
    );
    db.close();
    once(`store ready (${(statSync(dbPath).size / 2 ** 20).toFixed(0)} MiB)`, performance.now() - t0);

    const host = await openStoreHost({
      dbPath,
      now: () => NOW,
      backupIntervalMs: 0,
      startupBackup: false,
      log: () => {},
    });
    const router = host.router;
    await mustCall(router, 'bench', 'auth.signIn', { employeeId: rep, pin: '2468' });
    let n = 0;
    const logOne = async () => {
      const t = performance.now();
      await mustCall(router, 'bench', 'walkouts.create', {
        prospect: {
          firstName: 'Bench',
          lastName: `During ${n}`,
          phone: `773555${String(1000 + (n++ % 9000))}`,
        },
        product: 'Zero-turn mower',
        category: 'Mowers',
        closeness: 3,
        objection: 'price',
        confirmNewProspect: true,
      });
      return performance.now() - t;
    };
    // The counter as it is used: a walkout arrives every 25 ms (far busier than any real counter).
    const arrivals = async (
      until: () => boolean,
      max = Number.POSITIVE_INFINITY,
    ): Promise<Timing & { max: number }> => {
      const samples: number[] = [];
      while (!until() && samples.length < max) {
        samples.push(await logOne());
        await new Promise((r) => setTimeout(r, 25));
      }
      samples.sort((a, b) => a - b);
      const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
      return { p50: at(0.5), p95: at(0.95), runs: samples.length, max: samples.at(-1) ?? 0 };
    };

    const quiet = await arrivals(() => false, 120);
    report('log a walkout, no backup running', quiet, 50);

    let done = false;
    const tb = performance.now();
    let copiedAt = 0;
    const watch = setInterval(() => {
      const p = host.backups.progress();
      if (p?.phase === 'checking' && !copiedAt) copiedAt = performance.now();
    }, 20);
    const backup = mustCall(router, 'bench', 'backups.create', {}).finally(() => {
      done = true;
    });
    const during = await arrivals(() => done);
    const made = await backup;
    clearInterval(watch);
    const total = performance.now() - tb;
    once(
      `backup: copy in steps (${(Number(made.sizeBytes) / 2 ** 20).toFixed(0)} MiB)`,
      (copiedAt || performance.now()) - tb,
    );
    once('backup: whole, with integrity_check in a worker', total);
    report('log a walkout while the backup runs', during, 50);
    console.log(
      `${'  slowest walkout during the backup'.padEnd(48)} ${during.max.toFixed(0).padStart(9)} ms`,
    );

    const tr = performance.now();
    const restored = await mustCall(router, 'bench', 'backups.restore', { backupId: made.id });
    once(
      `restore (pre-restore backup + check + swap + reopen), ${Number(restored.walkouts).toLocaleString('en-US')} walkouts`,
      performance.now() - tr,
    );
    await host.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
