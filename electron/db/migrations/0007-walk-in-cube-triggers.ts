// The dashboard's cube triggers skip walkouts that are not walk-ins before doing anything, instead of
// running every cube's statement to add nothing: importing a partner's leads no longer sets them aside.
import type { Migration } from './index';
import { CUBE_TRIGGERS, cubeTriggers } from './rollupSql';

export const m0007WalkInCubeTriggers: Migration = {
  name: '0007-walk-in-cube-triggers',
  sql: [...CUBE_TRIGGERS.map((t) => `DROP TRIGGER ${t};`), cubeTriggers()].join('\n'),
};
