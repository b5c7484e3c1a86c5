// Opens the store (lock, health check, backups, demo data on a first start) and returns the router every door uses.
import type { BootedServices, BootOptions } from './boot.types';
import { openStoreHost } from './storeHost';

export function bootServices(options: BootOptions): Promise<BootedServices> {
  return openStoreHost(options);
}
