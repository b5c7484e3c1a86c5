// Reading and changing store settings; every value is validated as a whole before it is written.
import { type Settings, settingsSchema } from '../../../shared/domain/settings';
import { recordAudit } from '../audit/audit.repo';
import type { ServiceDeps, SignedIn } from '../context';
import { ValidationError } from '../errors';
import { readSettings, writeSettings } from './settings.repo';

export function createSettingsService(deps: ServiceDeps, reload: () => Promise<Settings>) {
  const { store, now } = deps;
  return {
    get(): Settings {
      return deps.settings();
    },
    async update(actor: SignedIn, patch: Partial<Settings>): Promise<Settings> {
      const merged = settingsSchema.safeParse({ ...(await readSettings(store.db)), ...patch });
      if (!merged.success) {
        const issues = merged.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        throw new ValidationError(issues[0]?.message ?? 'Those settings are not valid.', issues);
      }
      await store.transaction(async (tx) => {
        await writeSettings(tx, patch);
        await recordAudit(tx, {
          at: now(),
          employeeId: actor.employee.id,
          action: 'update',
          entity: 'settings',
          entityId: null,
          detail: { keys: Object.keys(patch) },
        });
      });
      return reload();
    },
  };
}
