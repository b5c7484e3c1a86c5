// Dashboard roll-ups: per local day and per month, by employee and objection (and by category, kept
// apart because only its filter needs it), maintained by triggers in the same transaction as every
// walkout write (and, for reasons used, every attempt), so the owner's figures stay exact and read in milliseconds at a million walkouts.
//
// FROZEN: this migration has landed. Its SQL is the literal text it ran when it landed (commit ceac018),
// never rebuilt from the read path's roll-up definitions (electron/db/rollups.ts); never edit it. The reason
// roll-ups by category and the ifnull guards that later commits folded into its generator are migration 0008.

import { M0005_SQL } from './0005-dashboard-rollups.sql';
import type { Migration } from './index';

export const m0005DashboardRollups: Migration = {
  name: '0005-dashboard-rollups',
  sql: M0005_SQL,
};
