// Ordered list of migrations; index + 1 is the schema version. Never edit a landed one: append.
import { m0001Init } from './0001-init';
import { m0002ReasonBank } from './0002-reason-bank';
import { m0003ManagerDesk } from './0003-manager-desk';

export interface Migration {
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [m0001Init, m0002ReasonBank, m0003ManagerDesk];
