// Partner exchange: what each partner reported back about the leads we shared with them, the file a
// batch came from, and the lookups "already shared with this partner" and "shared with X" need.
import type { Migration } from './index';

export const m0006PartnerExchange: Migration = {
  name: '0006-partner-exchange',
  sql: `
ALTER TABLE share_batches ADD COLUMN file_name TEXT NOT NULL DEFAULT '';
ALTER TABLE share_batch_walkouts ADD COLUMN outcome TEXT CHECK (outcome IN ('sold','not_interested','unreachable','still_working'));
ALTER TABLE share_batch_walkouts ADD COLUMN outcome_at INTEGER;
ALTER TABLE partners ADD COLUMN updated_at INTEGER;
CREATE INDEX share_batches_partner ON share_batches(partner_id, kind);
CREATE INDEX walkouts_origin_partner ON walkouts(origin_partner_id) WHERE origin_partner_id IS NOT NULL;
`,
};
