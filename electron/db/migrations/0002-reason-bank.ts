// Reason bank and campaigns. Reasons fit product categories as well as products. A campaign books at
// most one follow-up per (reason, walkout), which the unique index makes a database guarantee; it leads
// with reason_id so "who has this reason reached" is a range read. The reason-stats index holds only
// completed attempts, and the unused open-by-due index goes, so a 100 000-lead campaign rewrites fewer
// index entries.
import type { Migration } from './index';

export const m0002ReasonBank: Migration = {
  name: '0002-reason-bank',
  sql: `
ALTER TABLE reasons ADD COLUMN categories TEXT NOT NULL DEFAULT '[]';
ALTER TABLE reasons ADD COLUMN updated_at INTEGER;
CREATE UNIQUE INDEX follow_ups_campaign_once ON follow_ups(reason_id, walkout_id) WHERE purpose = 'campaign';
CREATE INDEX follow_ups_reason_done ON follow_ups(reason_id) WHERE status = 'done' AND reason_id IS NOT NULL;
DROP INDEX follow_ups_open_due;
`,
};
