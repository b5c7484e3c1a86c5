// An undone outcome is audited as itself: action 'undo' beside create/update/delete, so "a call logged once"
// still counts only the logging lines. SQLite cannot change a CHECK in place: the table is rebuilt with the
// same columns, ids and index. Frozen once landed: never edit, append a migration.
import type { Migration } from './index';

export const m0014AuditUndo: Migration = {
  name: '0014-audit-undo',
  sql: `
CREATE TABLE audit_log_next (
id INTEGER PRIMARY KEY,
at INTEGER NOT NULL,
employee_id INTEGER REFERENCES employees(id),
action TEXT NOT NULL CHECK (action IN ('create','update','delete','sign_in','sign_in_failed','undo')),
entity TEXT NOT NULL,
entity_id INTEGER,
detail TEXT NOT NULL DEFAULT '{}'
) STRICT;
INSERT INTO audit_log_next (id, at, employee_id, action, entity, entity_id, detail)
  SELECT id, at, employee_id, action, entity, entity_id, detail FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_next RENAME TO audit_log;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
`,
};
