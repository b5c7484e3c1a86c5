// Employee administration: managers add staff, change roles, opt reps in or out of the save program.
import type { EmployeeDto } from '../../../shared/contract/dto';
import type { Role } from '../../../shared/domain/vocab';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { NotAllowedError, NotFoundError, ValidationError } from '../errors';
import * as repo from './employees.repo';
import { hashPin } from './pin';

export function createEmployeesService(deps: ServiceDeps) {
  const { db, now } = deps;

  /** Only an owner may create or promote to manager/owner; a manager runs the floor staff. */
  function assertMayGrant(actor: SignedIn, role: Role) {
    if (role !== 'staff' && actor.employee.role !== 'owner') {
      throw new NotAllowedError('Only an owner can add or promote managers and owners.');
    }
  }

  function mustGet(id: number): EmployeeDto {
    const e = repo.getEmployee(db, id);
    if (!e) throw new NotFoundError('That employee');
    return e;
  }

  return {
    list(actor: SignedIn): EmployeeDto[] {
      const all = repo.listEmployees(db, false);
      return actor.employee.role === 'staff' ? all.filter((e) => e.active) : all;
    },

    async create(
      actor: SignedIn,
      input: { name: string; role: Role; pin: string; saveProgram: boolean },
    ): Promise<EmployeeDto> {
      assertMayGrant(actor, input.role);
      const pinHash = await hashPin(input.pin);
      const id = db.transaction(() => {
        const at = now();
        const newId = repo.insertEmployee(db, { ...input, pinHash, at });
        if (input.saveProgram) repo.recordSaveProgramChange(db, newId, true, at, actor.employee.id);
        recordAudit(db, {
          at,
          employeeId: actor.employee.id,
          action: 'create',
          entity: 'employee',
          entityId: newId,
          detail: { name: input.name, role: input.role },
        });
        return newId;
      })();
      return mustGet(id);
    },

    update(
      actor: SignedIn,
      input: { id: number; name?: string; role?: Role; active?: boolean; saveProgram?: boolean },
    ): EmployeeDto {
      const before = mustGet(input.id);
      if (before.role !== 'staff' || (input.role && input.role !== 'staff')) {
        assertMayGrant(actor, input.role ?? before.role);
      }
      if (
        input.id === actor.employee.id &&
        (input.active === false || (input.role && input.role !== before.role))
      ) {
        throw new ValidationError('You cannot deactivate yourself or change your own role.');
      }
      db.transaction(() => {
        const at = now();
        repo.updateEmployee(db, input.id, input);
        if (input.saveProgram !== undefined && input.saveProgram !== before.saveProgram) {
          repo.recordSaveProgramChange(db, input.id, input.saveProgram, at, actor.employee.id);
        }
        const { id: _id, ...changes } = input;
        recordAudit(db, {
          at,
          employeeId: actor.employee.id,
          action: 'update',
          entity: 'employee',
          entityId: input.id,
          detail: changes,
        });
      })();
      return mustGet(input.id);
    },

    async resetPin(actor: SignedIn, input: { id: number; pin: string }): Promise<null> {
      const target = mustGet(input.id);
      if (target.role !== 'staff') assertMayGrant(actor, target.role);
      const pinHash = await hashPin(input.pin);
      db.transaction(() => {
        repo.setPinHash(db, input.id, pinHash);
        recordAudit(db, {
          at: now(),
          employeeId: actor.employee.id,
          action: 'update',
          entity: 'employee',
          entityId: input.id,
          detail: { pin: 'reset' },
        });
      })();
      return null;
    },
  };
}
