// The store server's side of SQLite's 0015-audit-corrections: the audit log accepts 'correct' and 'undo'.
// PostgreSQL changes the CHECK in place. Frozen once landed: never edit.
export const pgAuditCorrections = `
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
  CHECK (action IN ('create','update','delete','sign_in','sign_in_failed','correct','undo'));
`;
