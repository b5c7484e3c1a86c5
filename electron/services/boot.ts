// Opens the database, seeds demo data on a first start, and returns the router every door uses.
import { openDatabase } from '../db/open';
import { seedDemo } from '../seed/demo';
import type { BootedServices, BootOptions } from './boot.types';
import { countEmployees } from './employees/employees.repo';
import { createServices } from './index';

export async function bootServices(options: BootOptions): Promise<BootedServices> {
  const db = openDatabase(options.dbPath, { nativeBinding: options.nativeBinding });
  const now = options.now ?? Date.now;
  try {
    if (options.seedDemoIfEmpty && countEmployees(db) === 0) {
      await seedDemo(db, { now: now() });
    }
  } catch (err) {
    db.close();
    throw err;
  }
  const { router } = createServices({
    db,
    now,
    onInternalError: (channel, err) => console.error(`[beback] ${channel} failed:`, err),
  });
  return { router, close: () => db.close() };
}
