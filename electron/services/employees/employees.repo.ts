// SQL for employees and their save-program history.

import { sql } from 'kysely';
import type { EmployeeDto } from '../../../shared/contract/dto';
import type { Role } from '../../../shared/domain/vocab';
import { forUpdate } from '../../db/dialect';
import { all, type Executor, insertedId, one, run } from '../../db/store';

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

export async function listEmployees(ex: Executor, onlyActive: boolean): Promise<EmployeeDto[]> {
  const where = onlyActive ? 'WHERE active = 1' : '';
  const rows = await all(
    ex,
    sql<EmployeeRow>`SELECT ${sql.raw(COLS)} FROM employees ${sql.raw(where)} ORDER BY name`,
  );
  return rows.map(toDto);
}

export async function getEmployee(ex: Executor, id: number): Promise<EmployeeDto | null> {
  const row = await one(ex, sql<EmployeeRow>`SELECT ${sql.raw(COLS)} FROM employees WHERE id = ${id}`);
  return row ? toDto(row) : null;
}

export async function countEmployees(ex: Executor): Promise<number> {
  const row = await one(ex, sql<{ n: number }>`SELECT count(*) AS n FROM employees`);
  return Number(row?.n ?? 0);
}

/** The active owner of that exact name, if any (who restored a backup stays signed in as them). */
export async function activeOwnerNamed(ex: Executor, name: string): Promise<number | null> {
  const row = await one(
    ex,
    sql<{ id: number }>`SELECT id FROM employees WHERE role = 'owner' AND active = 1 AND name = ${name}`,
  );
  return row?.id ?? null;
}

export async function insertEmployee(
  ex: Executor,
  e: { name: string; role: Role; pinHash: string; saveProgram: boolean; at: number },
): Promise<number> {
  return insertedId(
    ex,
    sql`INSERT INTO employees (name, role, pin_hash, active, save_program, created_at)
      VALUES (${e.name}, ${e.role}, ${e.pinHash}, 1, ${e.saveProgram ? 1 : 0}, ${e.at}) RETURNING id`,
  );
}

export async function updateEmployee(
  ex: Executor,
  id: number,
  patch: { name?: string; role?: Role; active?: boolean; saveProgram?: boolean },
): Promise<void> {
  const active = patch.active === undefined ? null : Number(patch.active);
  const saveProgram = patch.saveProgram === undefined ? null : Number(patch.saveProgram);
  await run(
    ex,
    sql`UPDATE employees SET name = coalesce(${patch.name ?? null}, name), role = coalesce(${patch.role ?? null}, role),
       active = coalesce(${active}, active), save_program = coalesce(${saveProgram}, save_program) WHERE id = ${id}`,
  );
}

export async function recordSaveProgramChange(
  ex: Executor,
  employeeId: number,
  optedIn: boolean,
  at: number,
  by: number | null,
): Promise<void> {
  await run(
    ex,
    sql`INSERT INTO save_program_changes (employee_id, opted_in, changed_at, changed_by)
      VALUES (${employeeId}, ${optedIn ? 1 : 0}, ${at}, ${by})`,
  );
}

export interface PinState {
  pinHash: string;
  failedPins: number;
  lockedUntil: number | null;
}

/** A sign-in's view of the PIN count, its row locked to the transaction: tries from every PC count one by one. */
export async function getPinState(ex: Executor, id: number): Promise<PinState | null> {
  const row = await one(
    ex,
    sql<{ pin_hash: string; failed_pins: number; locked_until: number | null }>`SELECT pin_hash, failed_pins,
      locked_until FROM employees WHERE id = ${id} AND active = 1${forUpdate(ex)}`,
  );
  return row ? { pinHash: row.pin_hash, failedPins: row.failed_pins, lockedUntil: row.locked_until } : null;
}

export async function setPinFailures(
  ex: Executor,
  id: number,
  failedPins: number,
  lockedUntil: number | null,
): Promise<void> {
  await run(
    ex,
    sql`UPDATE employees SET failed_pins = ${failedPins}, locked_until = ${lockedUntil} WHERE id = ${id}`,
  );
}

export async function setPinHash(ex: Executor, id: number, pinHash: string): Promise<void> {
  await run(
    ex,
    sql`UPDATE employees SET pin_hash = ${pinHash}, failed_pins = 0, locked_until = NULL WHERE id = ${id}`,
  );
}

/** Every employee's name by id, for reports that name many rows at once. */
export async function employeeNames(ex: Executor): Promise<Map<number, string>> {
  const rows = await all(ex, sql<{ id: number; name: string }>`SELECT id, name FROM employees`);
  return new Map(rows.map((r) => [r.id, r.name]));
}
