// A store's team made through the real router, as the first start and the Team screen make it: the first
// person is the owner, the rest are added by them, PINs hashed as in use. Shared by the e2e and
// integration set-ups.
import type { Db } from '../../electron/db/open';
import { type Store, sqliteStore } from '../../electron/db/store';
import { createServices } from '../../electron/services';

export interface TeamMember {
  name: string;
  role: 'staff' | 'manager' | 'owner';
  pin: string;
  saveProgram?: boolean;
}

export async function createTeam(
  db: Db | Store,
  team: readonly TeamMember[],
  now?: () => number,
): Promise<void> {
  const store = 'engine' in db ? db : sqliteStore(db);
  const { router } = createServices(now ? { store, now } : { store });
  const [owner, ...rest] = team;
  if (!owner) throw new Error('A team needs its owner first.');
  const first = await router.call('team-setup', 'setup.createOwner', { name: owner.name, pin: owner.pin });
  if (!first.ok) throw new Error(first.error.message);
  for (const m of rest) {
    const r = await router.call('team-setup', 'employees.create', {
      name: m.name,
      role: m.role,
      pin: m.pin,
      saveProgram: m.saveProgram ?? false,
    });
    if (!r.ok) throw new Error(r.error.message);
  }
}
