// The store server's side of SQLite's 0014-audit-undo: the audit log takes action 'undo'. Frozen once landed.
export const pgAuditUndo = `
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
  CHECK (action IN ('create','update','delete','sign_in','sign_in_failed','undo'));
`;
