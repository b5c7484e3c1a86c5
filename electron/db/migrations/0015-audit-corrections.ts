// The audit log learns two actions: 'correct' (a walkout's details corrected after logging, with before and
// after) and 'undo' (an outcome taken back). SQLite cannot change a CHECK in place, so the table is rebuilt
// with the same columns and rows. Numbered 0015 because another branch may land 0014 first; both actions are
// allowed here so either order of landing ends with the same table. Frozen once landed: never edit.
import type { Migration } from './index';

export const m0015AuditCorrections: Migration = {
  name: '0015-audit-corrections',
  sql: `
ALTER TABLE audit_log RENAME TO audit_log_before_0015;
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  employee_id INTEGER REFERENCES employees(id),
  action TEXT NOT NULL CHECK (action IN ('create','update','delete','sign_in','sign_in_failed','correct','undo')),
  entity TEXT NOT NULL,
  entity_id INTEGER,
  detail TEXT NOT NULL DEFAULT '{}'
) STRICT;
INSERT INTO audit_log (id, at, employee_id, action, entity, entity_id, detail)
  SELECT id, at, employee_id, action, entity, entity_id, detail FROM audit_log_before_0015;
DROP TABLE audit_log_before_0015;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
`,
};
