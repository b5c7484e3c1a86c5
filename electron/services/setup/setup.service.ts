// First start: demo data or a clean start, and creating a clean store's settings and its first owner.
import type { EmployeeDto, SetupStatusDto } from '../../../shared/contract/dto';
import type { CreateOwnerInput, DemoTradeInput, DemoTradeName } from '../../../shared/contract/setupSchemas';
import { formatPhone, normalizePhone } from '../../../shared/domain/phone';
import type { Settings } from '../../../shared/domain/settings';
import type { Executor } from '../../db/store';
import { seedDemo } from '../../seed/demo';
import { recordAudit } from '../audit/audit.repo';
import type { Actor, ServiceDeps } from '../context';
import * as employees from '../employees/employees.repo';
import { hashPin } from '../employees/pin';
import { ConflictError, ValidationError } from '../errors';
import type { Sessions } from '../sessions';
import { deleteMeta, deleteSettings, readMeta, writeSettings } from '../settings/settings.repo';
import { wipeStore } from './setup.repo';

/** The demo's meta row: the PINs printed on the sign-in screen, and its trade when not vehicles. */
export interface DemoMeta {
  pins: { employeeId: number; pin: string }[];
  trade?: DemoTradeName;
}

/** The demo's own settings: a trade's demo writes them again, so one trade's name never stays on another's. */
const DEMO_SETTING_KEYS = ['storeName', 'storePhone'] as const;

/**
 * What the first start asks for. A clean start drops the demo's values, so no message of a real store
 * can give the demo's callback number while the owner has not yet said their own.
 */
export const STORE_SETUP_KEYS = ['storeName', 'storePhone', 'timeZone', 'storeHours'] as const;

/** Every demo row, the demo's marker and the given settings: what a clean start or another demo replaces. */
async function wipeDemo(tx: Executor, settingKeys: readonly (keyof Settings)[]): Promise<void> {
  await wipeStore(tx);
  await deleteSettings(tx, settingKeys);
  await deleteMeta(tx, 'demo');
}

export function createSetupService(deps: ServiceDeps, sessions: Sessions, reload: () => Promise<Settings>) {
  const { store, now } = deps;

  async function status(): Promise<SetupStatusDto> {
    const demo = await readMeta<DemoMeta>(store.db, 'demo');
    return {
      storeName: deps.settings().storeName,
      needsSetup: (await employees.countEmployees(store.db)) === 0,
      demoMode: demo !== undefined,
      demoPins: demo?.pins ?? [],
      demoTrade: demo ? (demo.trade ?? 'vehicles') : null,
    };
  }

  return {
    status,

    /** Only while the store holds nothing but demo data: a real store's data is never wiped from here. */
    async startClean(): Promise<SetupStatusDto> {
      if (!(await readMeta<DemoMeta>(store.db, 'demo'))) {
        throw new ConflictError('This store holds real data; a clean start is only offered over demo data.');
      }
      await store.transaction((tx) => wipeDemo(tx, STORE_SETUP_KEYS));
      sessions.clear();
      await reload();
      return status();
    },

    /** Another trade's demo in place of this one, in one transaction; only while the store holds demo data. */
    async showDemo(input: DemoTradeInput): Promise<SetupStatusDto> {
      const notDemo = 'This store holds real data; another demo is only offered over demo data.';
      if (!(await readMeta<DemoMeta>(store.db, 'demo'))) throw new ConflictError(notDemo);
      await seedDemo(store, {
        now: now(),
        trade: input.trade,
        before: async (tx) => {
          // Read again under the write: a clean start on another PC may have come first.
          if (!(await readMeta<DemoMeta>(tx, 'demo'))) throw new ConflictError(notDemo);
          await wipeDemo(tx, DEMO_SETTING_KEYS);
        },
      });
      sessions.clear();
      await reload();
      return status();
    },

    /** The store step's settings and the owner, in one transaction: both are written, or neither. */
    async createOwner(actor: Actor, input: CreateOwnerInput): Promise<EmployeeDto> {
      if ((await employees.countEmployees(store.db)) > 0)
        throw new ConflictError('This store already has its owner.');
      const { region } = input.store;
      const phone = normalizePhone(input.store.storePhone, region);
      // The contract checked it already; this keeps a bad number out should the two ever differ.
      if (!phone.ok)
        throw new ValidationError(phone.message, [{ path: 'store.storePhone', message: phone.message }]);
      const storeSettings: Partial<Settings> = {
        storeName: input.store.storeName,
        // Messages say the number as written here, so it is kept in the region's usual written form.
        storePhone: formatPhone(phone.e164, region),
        defaultRegion: region,
        timeZone: input.store.timeZone,
        storeHours: input.store.storeHours,
      };
      const pinHash = await hashPin(input.pin);
      const id = await store.transaction(async (tx) => {
        if ((await employees.countEmployees(tx)) > 0)
          throw new ConflictError('This store already has its owner.');
        const at = now();
        await writeSettings(tx, storeSettings);
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
          action: 'update',
          entity: 'settings',
          entityId: null,
          detail: { keys: Object.keys(storeSettings) },
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
      await reload();
      sessions.signIn(actor.sessionKey, id);
      return (await employees.getEmployee(store.db, id))!;
    },
  };
}
