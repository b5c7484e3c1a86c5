// The store server's side of SQLite's 0011-partner-share-scope: a partner's "share after" days and
// territory area codes, and the batch a re-sent lead file repeats. Frozen once landed: never edit.
export const pgPartnerShareScope = `
ALTER TABLE partners ADD COLUMN share_after_days BIGINT NOT NULL DEFAULT 14 CHECK (share_after_days BETWEEN 0 AND 365);
ALTER TABLE partners ADD COLUMN area_codes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE share_batches ADD COLUMN resend_of BIGINT REFERENCES share_batches(id);
`;
