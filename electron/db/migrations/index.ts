// Ordered list of migrations; index + 1 is the schema version. Never edit a landed one: append.
import { m0001Init } from './0001-init';

export interface Migration {
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [m0001Init];
