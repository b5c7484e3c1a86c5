// The reason roll-ups by category, and reason triggers that count a sold walkout missing its sale date as
// not sold instead of failing the write. Both reached databases only through migration 0005's generator
// after 0005 had landed (commits e4e7215 and b1147a1), so a database that reached version 5 before them
// has neither, and the dashboard's category filter fails there ("no such table: dash_reason_day_cat"),
// while one created later has both. This migration brings either to the same schema: it rebuilds the two
// category cubes from walkout_reasons and recreates the four reason triggers.
//
// FROZEN once landed: its SQL is literal text, never rebuilt from electron/db/rollups.ts; never edit it.

import { M0008_SQL } from './0008-reason-rollups-by-category.sql';
import type { Migration } from './index';

export const m0008ReasonRollupsByCategory: Migration = {
  name: '0008-reason-rollups-by-category',
  sql: M0008_SQL,
};
