// Dashboard roll-ups: per local day and per month, by employee and objection (and by category, kept
// apart because only its filter needs it), maintained by triggers in the same transaction as every
// walkout write (and, for reasons used, every attempt), so the owner's figures stay exact and read in milliseconds at a million walkouts.

import type { Migration } from './index';
import {
  backfillCubes,
  backfillReasons,
  createCubes,
  createReasonRollups,
  cubeTriggers,
  reasonTriggers,
} from './rollupSql';

export const m0005DashboardRollups: Migration = {
  name: '0005-dashboard-rollups',
  sql: [
    createCubes(),
    backfillCubes(),
    cubeTriggers({ walkInsOnly: false }),
    createReasonRollups(),
    backfillReasons(),
    reasonTriggers(),
  ].join('\n'),
};
