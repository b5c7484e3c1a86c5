// The audit log: who created, changed or deleted what, and sign-in attempts.
import { sql } from 'kysely';
import { all, type Executor, run } from '../../db/store';

/** 'undo': a logged outcome taken back (migration 0014). */
export type AuditAction = 'create' | 'update' | 'delete' | 'sign_in' | 'sign_in_failed' | 'undo';

export interface AuditEntry {
  at: number;
  employeeId: number | null;
  action: AuditAction;
  entity: string;
  entityId: number | null;
  detail?: Record<string, unknown>;
}

export async function recordAudit(ex: Executor, e: AuditEntry): Promise<void> {
  await run(
    ex,
    sql`INSERT INTO audit_log (at, employee_id, action, entity, entity_id, detail)
      VALUES (${e.at}, ${e.employeeId}, ${e.action}, ${e.entity}, ${e.entityId}, ${JSON.stringify(e.detail ?? {})})`,
  );
}

export async function auditFor(ex: Executor, entity: string, entityId: number): Promise<AuditEntry[]> {
  const rows = await all(
    ex,
    sql<{
      at: number;
      employee_id: number | null;
      action: AuditAction;
      entity: string;
      entity_id: number | null;
      detail: string;
    }>`SELECT at, employee_id, action, entity, entity_id, detail FROM audit_log
      WHERE entity = ${entity} AND entity_id = ${entityId} ORDER BY id`,
  );
  return rows.map((r) => ({
    at: r.at,
    employeeId: r.employee_id,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
  }));
}
