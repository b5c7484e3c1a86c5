// The store the five-PC tests share: its team (made first, as the first start and the Team screen make it),
// a reason for the campaign two PCs run, who sits at which PC, and the dashboard period every PC reads.
import { openPgPool } from '../../electron/db/pg/pool';
import { postgresStore } from '../../electron/db/store';
import { createServices } from '../../electron/services';
import { createTeam } from './createTeam';
import type { PcRefusal } from './fivePcMessages';
import type { PcSpec } from './fivePcRun';

/** Monday 23 Nov 2026, 10:00 in America/Chicago (the store's default zone): the store is open. */
export const START = Date.parse('2026-11-23T10:00:00-06:00');
export const TZ = 'America/Chicago';
const DAY = 86_400_000;

const TEAM = [
  { name: 'Olive Owner', role: 'owner', pin: '1111' },
  { name: 'Max Manager', role: 'manager', pin: '2222' },
  { name: 'Mia Manager', role: 'manager', pin: '5555' },
  { name: 'Sam Staff', role: 'staff', pin: '3333', saveProgram: true },
  { name: 'Tia Staff', role: 'staff', pin: '4444', saveProgram: true },
] as const;

/** One PC each; the two managers start the same campaign halfway through the run. */
export const FIVE_PCS: PcSpec[] = [
  { employee: 'Olive Owner', pin: '1111' },
  { employee: 'Max Manager', pin: '2222', campaignAfterMs: 7_000 },
  { employee: 'Mia Manager', pin: '5555', campaignAfterMs: 7_000 },
  { employee: 'Sam Staff', pin: '3333' },
  { employee: 'Tia Staff', pin: '4444' },
];

/** The team and the campaign's reason (one that fits every walkout); answers the reason's id. */
export async function prepareStore(url: string): Promise<number> {
  const store = postgresStore(openPgPool({ connectionString: url }));
  try {
    await createTeam(store, TEAM, () => START - DAY);
    const { router } = createServices({ store, now: () => START - DAY });
    const owner = await router.call('prepare', 'auth.employees', {});
    if (!owner.ok) throw new Error(owner.error.message);
    const olive = (owner.value as { id: number; name: string }[]).find((e) => e.name === 'Olive Owner');
    const signedIn = await router.call('prepare', 'auth.signIn', { employeeId: olive!.id, pin: '1111' });
    if (!signedIn.ok) throw new Error(signedIn.error.message);
    const reason = await router.call('prepare', 'reasons.create', {
      text: 'Zero percent financing for 48 months on every tractor and mower',
      category: 'new_policy',
    });
    if (!reason.ok) throw new Error(reason.error.message);
    return (reason.value as { id: number }).id;
  } finally {
    await store.close();
  }
}

/** The day before and the day of the run, as every PC's dashboard reads them. */
export function figuresInput() {
  // Store midnights (the dashboard's periods run midnight to midnight): Sunday 22 to Tuesday 24 November.
  const midnight = (day: number) => Date.parse(`2026-11-${day}T00:00:00-06:00`);
  return {
    from: midnight(22),
    to: midnight(24),
    previousFrom: midnight(20),
    previousTo: midnight(22),
    granularity: 'week' as const,
  };
}

/** Refusals counted by code and by what they said, names and times left out ("CONFLICT: Someone … (…)"). */
export function refusalsByKind(refusals: PcRefusal[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of refusals) {
    const key = `${r.code} ${r.op}: ${r.message.replace(/\([^)]*\)/g, '(…)').slice(0, 90)}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
