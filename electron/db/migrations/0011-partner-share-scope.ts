// What a partner agreement lets leave the store: how many days a walkout is worked at home before it may
// be shared ("share after"), and the territory as phone area codes (a JSON array of 3-digit NANP codes;
// empty: anywhere). A lead file sent again points at the batch it repeats (resend_of), so the history
// tells a re-send from a first send of the same leads.
// Frozen once landed: never edit, append a migration.
import type { Migration } from './index';

export const m0011PartnerShareScope: Migration = {
  name: '0011-partner-share-scope',
  sql: `
ALTER TABLE partners ADD COLUMN share_after_days INTEGER NOT NULL DEFAULT 14 CHECK (share_after_days BETWEEN 0 AND 365);
ALTER TABLE partners ADD COLUMN area_codes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE share_batches ADD COLUMN resend_of INTEGER REFERENCES share_batches(id);
`,
};
