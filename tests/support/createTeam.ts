// A store's team made through the real router, as the first start and the Team screen make it: the first
// person is the owner, the rest are added by them, PINs hashed as in use. Shared by the e2e and
// integration set-ups.
import type { Db } from '../../electron/db/open';
import { type Store, sqliteStore } from '../../electron/db/store';
import { createServices } from '../../electron/services';
import { deleteSettings } from '../../electron/services/settings/settings.repo';
import type { StoreSetupInput } from '../../shared/contract/setupSchemas';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';

export interface TeamMember {
  name: string;
  role: 'staff' | 'manager' | 'owner';
  pin: string;
  saveProgram?: boolean;
}

/** The first start's store step as the fixtures answer it: the default store, a fictional number. */
const FIXTURE_STORE: StoreSetupInput = {
  storeName: DEFAULT_SETTINGS.storeName,
  storePhone: '(312) 555-0123',
  region: DEFAULT_SETTINGS.defaultRegion,
  timeZone: DEFAULT_SETTINGS.timeZone,
  storeHours: DEFAULT_SETTINGS.storeHours,
};

/**
 * `store`: what the store step answers. Without it the callback number is dropped again afterwards, so
 * the specs written before the store step asked for one keep drafting messages without a number.
 */
export async function createTeam(
  db: Db | Store,
  team: readonly TeamMember[],
  now?: () => number,
  store?: StoreSetupInput,
): Promise<void> {
  const target = 'engine' in db ? db : sqliteStore(db);
  const { router } = createServices(now ? { store: target, now } : { store: target });
  const [owner, ...rest] = team;
  if (!owner) throw new Error('A team needs its owner first.');
  const first = await router.call('team-setup', 'setup.createOwner', {
    store: store ?? FIXTURE_STORE,
    name: owner.name,
    pin: owner.pin,
  });
  if (!first.ok) throw new Error(first.error.message);
  if (!store) await deleteSettings(target.db, ['storePhone']);
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
