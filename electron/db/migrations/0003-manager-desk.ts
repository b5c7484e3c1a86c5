// Manager desk: a lead's source on the walkout itself (a referred friend or a partner's lead is not a
// visit the rep logged, and the audit counts visits), and the indexes the audit and commission reads use.
import type { Migration } from './index';

export const m0003ManagerDesk: Migration = {
  name: '0003-manager-desk',
  sql: `
ALTER TABLE walkouts ADD COLUMN source TEXT NOT NULL DEFAULT 'walk_in' CHECK (source IN ('walk_in','referral','partner'));
CREATE INDEX save_credits_created ON save_credits(created_at);
CREATE INDEX referrals_walkout ON referrals(walkout_id);
`,
};
