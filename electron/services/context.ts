// What every service receives: the store (the async data layer), the clock and the per-store settings reader.

import type { EmployeeDto } from '../../shared/contract/dto';
import type { Settings } from '../../shared/domain/settings';
import type { Store } from '../db/store';

export interface ServiceDeps {
  store: Store;
  now: () => number;
  /** The settings in force, from memory: createServices reads them before the first routed call. */
  settings: () => Settings;
  newShareId: () => string;
}

/** The signed-in employee a handler acts for; resolved by the router, never taken from input. */
export interface Actor {
  sessionKey: string;
  employee: EmployeeDto | null;
}

export interface SignedIn extends Actor {
  employee: EmployeeDto;
}
