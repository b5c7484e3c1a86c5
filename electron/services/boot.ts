// Opens the store (lock, health check, backups, demo data on a first start) and returns the router every door
// uses: the SQLite file on this PC (storeHost.ts), or a PostgreSQL store server when `pg` is given (pgHost.ts).
import type { BootedServices, BootOptions } from './boot.types';
import { openPgHost } from './pgHost';
import { openStoreHost } from './storeHost';

export function bootServices(options: BootOptions): Promise<BootedServices> {
  return options.pg ? openPgHost({ ...options, pg: options.pg }) : openStoreHost(options);
}
