// The audit log: who created, changed or deleted what, and sign-in attempts.
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';

export type AuditAction = 'create' | 'update' | 'delete' | 'sign_in' | 'sign_in_failed';

export interface AuditEntry {
  at: number;
  employeeId: number | null;
  action: AuditAction;
  entity: string;
  entityId: number | null;
  detail?: Record<string, unknown>;
}

export function recordAudit(db: Db, e: AuditEntry): void {
  prepared(
    db,
    'INSERT INTO audit_log (at, employee_id, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(e.at, e.employeeId, e.action, e.entity, e.entityId, JSON.stringify(e.detail ?? {}));
}

export function auditFor(db: Db, entity: string, entityId: number): AuditEntry[] {
  const rows = prepared(
    db,
    'SELECT at, employee_id, action, entity, entity_id, detail FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id',
  ).all(entity, entityId) as {
    at: number;
    employee_id: number | null;
    action: AuditAction;
    entity: string;
    entity_id: number | null;
    detail: string;
  }[];
  return rows.map((r) => ({
    at: r.at,
    employeeId: r.employee_id,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
  }));
}
