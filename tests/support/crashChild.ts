// A BeBack process for the kill -9 tests: opens the store as a door does and works until it is killed,
// printing "ACK <walkoutId>" only after each walkout's transaction committed.
// Usage: node --import tsx tests/support/crashChild.ts <dbPath> <walkouts|backup|restore> [backupIdA backupIdB]
import { openStoreHost } from '../../electron/services/storeHost';

const [dbPath, mode, ...backupIds] = process.argv.slice(2);

async function main() {
  // A fixed start for the clock (CRASH_NOW), so the rotation keeps the same backups on any day the test runs.
  const start = Number(process.env.CRASH_NOW) || Date.now();
  const began = Date.now();
  const now = () => start + (Date.now() - began);
  const host = await openStoreHost({ dbPath, now, backupIntervalMs: 0, startupBackup: false, log: () => {} });
  const call = async (channel: string, input: unknown) => {
    const r = await host.router.call('crash', channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };
  const employees = (await call('auth.employees', {})) as unknown as { id: number; name: string }[];
  const owner = employees.find((e) => e.name === 'Olive Owner');
  await call('auth.signIn', { employeeId: owner?.id, pin: '1111' });
  process.stdout.write('READY\n');
  if (mode === 'restore') {
    for (let i = 0; ; i++) {
      await call('backups.restore', { backupId: backupIds[i % 2] });
      process.stdout.write(`RESTORED ${backupIds[i % 2]}\n`);
    }
  }
  if (mode === 'backup') {
    void (async () => {
      for (;;) await call('backups.create', {}).catch(() => undefined);
    })();
  }
  for (let i = 0; ; i++) {
    const created = await call('walkouts.create', {
      prospect: { firstName: 'Crash', lastName: `${process.pid}-${i}`, phone: '', email: '' },
      contactRefused: true,
      product: 'Mower',
      category: 'Mowers',
      closeness: 3,
      objection: 'price',
    });
    process.stdout.write(`ACK ${created.walkoutId}\n`);
    // Requests reach a door through I/O: yield as they would, so the backup's steps get their turn.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
