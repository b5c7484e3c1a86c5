// Issue 3's target: a campaign over 100 000 fitting walkouts is written in under 2 s.
import { performance } from 'node:perf_hooks';
import { sqliteStore } from '../electron/db/store';
import { createServices } from '../electron/services';
import type { SignedIn } from '../electron/services/context';
import { getEmployee } from '../electron/services/employees/employees.repo';
import { buildBulkStore } from './bulkStore';
import { once } from './stats';

export async function campaignBench(): Promise<void> {
  const now = Date.parse('2026-11-23T10:00:00-06:00');
  const walkouts = 137_000; // 80% open or not-now, 8% without contact: about 100 000 eligible
  console.log(`\n== Campaign (${walkouts.toLocaleString('en-US')} walkouts, 25 calendars) ==`);
  const t0 = performance.now();
  const store = buildBulkStore({ walkouts, employees: 25, now, days: 365 });
  once('build the store', performance.now() - t0);
  try {
    const kdb = sqliteStore(store.db);
    const { router, sessions, campaigns } = createServices({ store: kdb, now: () => now });
    sessions.signIn('bench', store.employeeIds[0]);
    store.db.prepare("UPDATE employees SET role = 'owner' WHERE id = ?").run(store.employeeIds[0]);
    await router.call('bench', 'settings.update', { campaignDailyCap: 200 });
    const created = await router.call('bench', 'reasons.create', {
      text: 'Our service department now has Saturday loaner cars',
      category: 'new_capability',
    });
    if (!created.ok) throw new Error(created.error.message);
    const reasonId = (created.value as { id: number }).id;

    let t = performance.now();
    const preview = await router.call('bench', 'campaigns.preview', { reasonId });
    if (!preview.ok) throw new Error(preview.error.message);
    const eligible = (preview.value as { eligible: number }).eligible;
    once(`preview (${eligible.toLocaleString('en-US')} eligible)`, performance.now() - t);

    const actor: SignedIn = {
      sessionKey: 'bench',
      employee: (await getEmployee(kdb.db, store.employeeIds[0]))!,
    };
    t = performance.now();
    const result = await campaigns.runToEnd(actor, reasonId);
    once(
      `run the campaign (${result.created.toLocaleString('en-US')} follow-ups written)`,
      performance.now() - t,
      2000,
    );
    if (result.phase !== 'done') throw new Error(result.error ?? 'campaign failed');
  } finally {
    store.dispose();
  }
}
