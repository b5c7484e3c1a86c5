// The dashboard's cube triggers skip walkouts that are not walk-ins before doing anything, instead of
// running every cube's statement to add nothing: importing a partner's leads no longer sets them aside.
//
// FROZEN: this migration has landed. Its SQL is the literal text it ran when it landed (commit 0920f07),
// never rebuilt from the read path's roll-up definitions (electron/db/rollups.ts); never edit it.

import { M0007_SQL } from './0007-walk-in-cube-triggers.sql';
import type { Migration } from './index';

export const m0007WalkInCubeTriggers: Migration = {
  name: '0007-walk-in-cube-triggers',
  sql: M0007_SQL,
};
