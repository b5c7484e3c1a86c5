// Employee administration: managers add staff, change roles, opt reps in or out of the save program.
import type { EmployeeDto } from '../../../shared/contract/dto';
import type { Role } from '../../../shared/domain/vocab';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { NotAllowedError, NotFoundError, ValidationError } from '../errors';
import * as repo from './employees.repo';
import { hashPin } from './pin';

export function createEmployeesService(deps: ServiceDeps) {
  const { store, now } = deps;

  /** Only an owner may create or promote to manager/owner; a manager runs the floor staff. */
  function assertMayGrant(actor: SignedIn, role: Role) {
    if (role !== 'staff' && actor.employee.role !== 'owner') {
      throw new NotAllowedError('Only an owner can add or promote managers and owners.');
    }
  }

  async function mustGet(id: number): Promise<EmployeeDto> {
    const e = await repo.getEmployee(store.db, id);
    if (!e) throw new NotFoundError('That employee');
    return e;
  }

  return {
    async list(actor: SignedIn): Promise<EmployeeDto[]> {
      const all = await repo.listEmployees(store.db, false);
      return actor.employee.role === 'staff' ? all.filter((e) => e.active) : all;
    },

    async create(
      actor: SignedIn,
      input: { name: string; role: Role; pin: string; saveProgram: boolean },
    ): Promise<EmployeeDto> {
      assertMayGrant(actor, input.role);
      const pinHash = await hashPin(input.pin);
      const id = await store.transaction(async (tx) => {
        const at = now();
        const newId = await repo.insertEmployee(tx, { ...input, pinHash, at });
        if (input.saveProgram) await repo.recordSaveProgramChange(tx, newId, true, at, actor.employee.id);
        await recordAudit(tx, {
          at,
          employeeId: actor.employee.id,
          action: 'create',
          entity: 'employee',
          entityId: newId,
          detail: { name: input.name, role: input.role },
        });
        return newId;
      });
      return mustGet(id);
    },

    async update(
      actor: SignedIn,
      input: { id: number; name?: string; role?: Role; active?: boolean; saveProgram?: boolean },
    ): Promise<EmployeeDto> {
      const before = await mustGet(input.id);
      if (before.role !== 'staff' || (input.role && input.role !== 'staff')) {
        assertMayGrant(actor, input.role ?? before.role);
      }
      if (
        input.id === actor.employee.id &&
        (input.active === false || (input.role && input.role !== before.role))
      ) {
        throw new ValidationError('You cannot deactivate yourself or change your own role.');
      }
      await store.transaction(async (tx) => {
        const at = now();
        await repo.updateEmployee(tx, input.id, input);
        if (input.saveProgram !== undefined && input.saveProgram !== before.saveProgram) {
          await repo.recordSaveProgramChange(tx, input.id, input.saveProgram, at, actor.employee.id);
        }
        const { id: _id, ...changes } = input;
        await recordAudit(tx, {
          at,
          employeeId: actor.employee.id,
          action: 'update',
          entity: 'employee',
          entityId: input.id,
          detail: changes,
        });
      });
      return mustGet(input.id);
    },

    async resetPin(actor: SignedIn, input: { id: number; pin: string }): Promise<null> {
      const target = await mustGet(input.id);
      if (target.role !== 'staff') assertMayGrant(actor, target.role);
      const pinHash = await hashPin(input.pin);
      await store.transaction(async (tx) => {
        await repo.setPinHash(tx, input.id, pinHash);
        await recordAudit(tx, {
          at: now(),
          employeeId: actor.employee.id,
          action: 'update',
          entity: 'employee',
          entityId: input.id,
          detail: { pin: 'reset' },
        });
      });
      return null;
    },
  };
}
