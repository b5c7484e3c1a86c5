// SQL for employees and their save-program history.
import type { EmployeeDto } from '../../../shared/contract/dto';
import type { Role } from '../../../shared/domain/vocab';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';

interface EmployeeRow {
  id: number;
  name: string;
  role: Role;
  active: number;
  save_program: number;
  save_program_changed_at: number | null;
}

const COLS = `id, name, role, active, save_program,
  (SELECT max(c.changed_at) FROM save_program_changes c WHERE c.employee_id = employees.id) AS save_program_changed_at`;
const toDto = (r: EmployeeRow): EmployeeDto => ({
  id: r.id,
  name: r.name,
  role: r.role,
  active: r.active === 1,
  saveProgram: r.save_program === 1,
  saveProgramChangedAt: r.save_program_changed_at,
});

export function listEmployees(db: Db, onlyActive: boolean): EmployeeDto[] {
  const where = onlyActive ? 'WHERE active = 1' : '';
  const rows = prepared(db, `SELECT ${COLS} FROM employees ${where} ORDER BY name`).all() as EmployeeRow[];
  return rows.map(toDto);
}

export function getEmployee(db: Db, id: number): EmployeeDto | null {
  const row = prepared(db, `SELECT ${COLS} FROM employees WHERE id = ?`).get(id) as EmployeeRow | undefined;
  return row ? toDto(row) : null;
}

export function countEmployees(db: Db): number {
  return (prepared(db, 'SELECT count(*) AS n FROM employees').get() as { n: number }).n;
}

export function firstActiveManager(db: Db): EmployeeDto | null {
  const row = prepared(
    db,
    `SELECT ${COLS} FROM employees WHERE active = 1 AND role IN ('manager','owner')
       ORDER BY CASE role WHEN 'manager' THEN 0 ELSE 1 END, id LIMIT 1`,
  ).get() as EmployeeRow | undefined;
  return row ? toDto(row) : null;
}

export function insertEmployee(
  db: Db,
  e: { name: string; role: Role; pinHash: string; saveProgram: boolean; at: number },
): number {
  const info = prepared(
    db,
    'INSERT INTO employees (name, role, pin_hash, active, save_program, created_at) VALUES (?, ?, ?, 1, ?, ?)',
  ).run(e.name, e.role, e.pinHash, e.saveProgram ? 1 : 0, e.at);
  return Number(info.lastInsertRowid);
}

export function updateEmployee(
  db: Db,
  id: number,
  patch: { name?: string; role?: Role; active?: boolean; saveProgram?: boolean },
): void {
  prepared(
    db,
    `UPDATE employees SET name = coalesce(?, name), role = coalesce(?, role),
       active = coalesce(?, active), save_program = coalesce(?, save_program) WHERE id = ?`,
  ).run(
    patch.name ?? null,
    patch.role ?? null,
    patch.active === undefined ? null : Number(patch.active),
    patch.saveProgram === undefined ? null : Number(patch.saveProgram),
    id,
  );
}

export function recordSaveProgramChange(
  db: Db,
  employeeId: number,
  optedIn: boolean,
  at: number,
  by: number | null,
) {
  prepared(
    db,
    'INSERT INTO save_program_changes (employee_id, opted_in, changed_at, changed_by) VALUES (?, ?, ?, ?)',
  ).run(employeeId, optedIn ? 1 : 0, at, by);
}

export interface PinState {
  pinHash: string;
  failedPins: number;
  lockedUntil: number | null;
}

export function getPinState(db: Db, id: number): PinState | null {
  const row = prepared(
    db,
    'SELECT pin_hash, failed_pins, locked_until FROM employees WHERE id = ? AND active = 1',
  ).get(id) as { pin_hash: string; failed_pins: number; locked_until: number | null } | undefined;
  return row ? { pinHash: row.pin_hash, failedPins: row.failed_pins, lockedUntil: row.locked_until } : null;
}

export function setPinFailures(db: Db, id: number, failedPins: number, lockedUntil: number | null): void {
  prepared(db, 'UPDATE employees SET failed_pins = ?, locked_until = ? WHERE id = ?').run(
    failedPins,
    lockedUntil,
    id,
  );
}

export function setPinHash(db: Db, id: number, pinHash: string): void {
  prepared(db, 'UPDATE employees SET pin_hash = ?, failed_pins = 0, locked_until = NULL WHERE id = ?').run(
    pinHash,
    id,
  );
}

/** Every employee's name by id, for reports that name many rows at once. */
export function employeeNames(db: Db): Map<number, string> {
  const rows = prepared(db, 'SELECT id, name FROM employees').raw().all() as [number, string][];
  return new Map(rows);
}
