// A store opened on a store server the way the doors open it (bootServices with `pg`), with the integration
// team made through the store first, a clock the test moves and a temp backups folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgPool } from '../../electron/db/pg/pool';
import { postgresStore } from '../../electron/db/store';
import type { BootOptions, Router } from '../../electron/services/boot.types';
import { openPgHost, type PgHost } from '../../electron/services/pgHost';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/channels';
import type { AppError } from '../../shared/contract/result';
import { walkoutInput } from '../integration/harness';
import { createTeam } from './createTeam';
import { HOST_NOW, HOST_TEAM, type HostTeamName } from './hostStore';

export interface PgHostStore {
  url: string;
  backupsDir: string;
  clock: { now: number };
  host: PgHost;
  logs: string[];
  as<C extends ChannelName>(who: HostTeamName, channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  failAs(who: HostTeamName, channel: ChannelName, input: unknown): Promise<AppError>;
  logWalkout(firstName: string): Promise<OutputOf<'walkouts.create'>>;
  dispose(): Promise<void>;
}

/** Makes the integration team in the (migrated, empty) store-server database at `url`. */
export async function createPgTeam(url: string): Promise<void> {
  const store = postgresStore(openPgPool({ connectionString: url, max: 1 }));
  try {
    await createTeam(store, HOST_TEAM, () => HOST_NOW);
  } finally {
    await store.close();
  }
}

export async function openPgHostStore(url: string, extra: Partial<BootOptions> = {}): Promise<PgHostStore> {
  const dir = mkdtempSync(join(tmpdir(), 'beback-pghost-'));
  const backupsDir = join(dir, 'backups');
  const clock = { now: HOST_NOW };
  const logs: string[] = [];
  const host = await openPgHost({
    dbPath: join(dir, 'unused.sqlite'),
    pg: { connectionString: url },
    backupsDir,
    now: () => clock.now,
    backupIntervalMs: 0,
    startupBackup: false,
    log: (line) => logs.push(line),
    ...extra,
  });
  const call = signedInCaller(host.router);
  let phones = 2000;
  const store: PgHostStore = {
    url,
    backupsDir,
    clock,
    host,
    logs,
    async as(who, channel, input) {
      const r = await call(who, channel, input);
      if (!r.ok) throw Object.assign(new Error(`${channel}: ${r.error.code} ${r.error.message}`), r.error);
      return r.value as never;
    },
    async failAs(who, channel, input) {
      const r = await call(who, channel, input);
      if (r.ok) throw new Error(`${channel} was expected to fail but succeeded`);
      return r.error;
    },
    logWalkout: (firstName) =>
      store.as(
        'Sam Staff',
        'walkouts.create',
        walkoutInput({ prospect: { firstName, lastName: 'Test', phone: `312555${phones++}`, email: '' } }),
      ),
    async dispose() {
      await host.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return store;
}

/** Calls as one of the team, signing them in first when their session has none. */
function signedInCaller(router: Router) {
  return async (who: HostTeamName, channel: ChannelName, input: unknown) => {
    const current = await router.call(who, 'auth.current', {});
    if (!(current.ok && current.value)) {
      const employees = await router.call(who, 'auth.employees', {});
      if (employees.ok) {
        const me = (employees.value as { id: number; name: string }[]).find((e) => e.name === who);
        const pin = HOST_TEAM.find((m) => m.name === who)?.pin;
        if (!me || !pin) throw new Error(`${who} is not in this store`);
        const r = await router.call(who, 'auth.signIn', { employeeId: me.id, pin });
        if (!r.ok) throw new Error(r.error.message);
      }
    }
    return router.call(who, channel, input);
  };
}
