// The store server's side of SQLite's 0018-import-source: walkouts imported from a store's own old
// spreadsheet carry source 'import'. PostgreSQL widens the CHECK in place (its default name for the
// column's check); the triggers already count only source = 'walk_in'. Frozen once landed: never edit.
export const pgImportSource = `
ALTER TABLE walkouts DROP CONSTRAINT walkouts_source_check;
ALTER TABLE walkouts ADD CONSTRAINT walkouts_source_check
  CHECK (source IN ('walk_in','referral','partner','import'));
`;
