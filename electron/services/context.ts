// What every service receives: the database, the clock and the per-store settings reader.

import type { EmployeeDto } from '../../shared/contract/dto';
import type { Settings } from '../../shared/domain/settings';
import type { Db } from '../db/open';

export interface ServiceDeps {
  db: Db;
  now: () => number;
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
