// First start: demo data or a clean start, and creating the first owner of a clean store.
import type { EmployeeDto, SetupStatusDto } from '../../../shared/contract/dto';
import { recordAudit } from '../audit/audit.repo';
import type { Actor, ServiceDeps } from '../context';
import * as employees from '../employees/employees.repo';
import { hashPin } from '../employees/pin';
import { ConflictError } from '../errors';
import type { Sessions } from '../sessions';
import { deleteMeta, readMeta } from '../settings/settings.repo';
import { wipeStore } from './setup.repo';

export interface DemoMeta {
  pins: { employeeId: number; pin: string }[];
}

export function createSetupService(deps: ServiceDeps, sessions: Sessions) {
  const { store, now } = deps;

  async function status(): Promise<SetupStatusDto> {
    const demo = await readMeta<DemoMeta>(store.db, 'demo');
    return {
      storeName: deps.settings().storeName,
      needsSetup: (await employees.countEmployees(store.db)) === 0,
      demoMode: demo !== undefined,
      demoPins: demo?.pins ?? [],
    };
  }

  return {
    status,

    /** Only while the store holds nothing but demo data: a real store's data is never wiped from here. */
    async startClean(): Promise<SetupStatusDto> {
      if (!(await readMeta<DemoMeta>(store.db, 'demo'))) {
        throw new ConflictError('This store holds real data; a clean start is only offered over demo data.');
      }
      await store.transaction(async (tx) => {
        await wipeStore(tx);
        await deleteMeta(tx, 'demo');
      });
      sessions.clear();
      return status();
    },

    async createOwner(actor: Actor, input: { name: string; pin: string }): Promise<EmployeeDto> {
      if ((await employees.countEmployees(store.db)) > 0)
        throw new ConflictError('This store already has its owner.');
      const pinHash = await hashPin(input.pin);
      const id = await store.transaction(async (tx) => {
        if ((await employees.countEmployees(tx)) > 0)
          throw new ConflictError('This store already has its owner.');
        const at = now();
        const newId = await employees.insertEmployee(tx, {
          name: input.name,
          role: 'owner',
          pinHash,
          saveProgram: false,
          at,
        });
        await recordAudit(tx, {
          at,
          employeeId: newId,
          action: 'create',
          entity: 'employee',
          entityId: newId,
        });
        return newId;
      });
      sessions.signIn(actor.sessionKey, id);
      return (await employees.getEmployee(store.db, id))!;
    },
  };
}
