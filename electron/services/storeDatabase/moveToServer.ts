// The host's Settings → Store database on the built-in file: test a server, move this PC's store there (in
// the background, progress polled), check both sides count the same, then hand over to the host's switch.
import { TZDate } from '@date-fns/tz';
import pg from 'pg';
import type {
  ConnectionTestDto,
  CurrentStoreDto,
  MoveCheckDto,
  MoveProgressDto,
  StoreDatabaseDto,
} from '../../../shared/contract/dto';
import type { StoreServerInput } from '../../../shared/contract/storeDatabaseSchemas';
import type { Db } from '../../db/open';
import { checkConnection, clientConfig, type PgServer } from '../../db/pg/connectionCheck';
import { copySqliteToPg, MoveToServerError } from '../../db/pg/copyFromSqlite';
import { tablesInRestoreOrder } from '../../db/pg/logicalBackup';
import { type Store, storeInOpenTransaction } from '../../db/store';
import type { SignedIn } from '../context';
import { AppFailure, ConflictError } from '../errors';
import { createServices } from '../index';
import type { StoreDatabasePort } from './storeDatabase.port';
import { tableHeading, tableWords } from './tableWords';

/** What the host does once a store server is chosen: the app saves it and restarts onto it. */
export type SwitchToServer = (server: PgServer) => Promise<{ switched: boolean; message: string }>;

export interface StoreDatabaseDeps {
  /** The built-in file this PC uses (or used before it joined a server). */
  dbPath: string;
  /** A store-server host says which server this PC uses; by default, the built-in file at dbPath. */
  current?: CurrentStoreDto;
  /** A second connection on that file, for the copy's own read snapshot; the caller's to close. */
  openSnapshot: () => Db;
  now: () => number;
  switchToServer?: SwitchToServer;
}

/** Without a host switch (the web door) the move is made and checked, and the door says how to use it. */
export const WEB_DOOR_SWITCH: SwitchToServer = async () => ({
  switched: false,
  message:
    'The store is on the server and checked. This web door keeps using the built-in file until it is started with --pg <url> or BEBACK_PG_URL.',
});

const idle = (): MoveProgressDto => ({
  state: 'idle',
  table: null,
  rows: 0,
  totalRows: 0,
  message: null,
  tables: [],
  totals: [],
  keptFile: null,
  switched: false,
});

export function offerFor(kind: ConnectionTestDto['kind']): ConnectionTestDto['offer'] {
  return kind === 'empty' ? 'move' : kind === 'ready' || kind === 'older' ? 'join' : null;
}

export const HELD_MOVING =
  "This PC's store is being moved to the store server: saving is paused until the move is done (a minute or two).";
export const HELD_RESTARTING =
  'This store is now on the store server and BeBack is restarting onto it. Nothing was saved; try again in a moment.';
export const HELD_MOVED =
  'This store was moved to the store server, so this web door no longer saves to its built-in file (kept as the backup of the move). Start it with --pg <url> or BEBACK_PG_URL to carry on.';

export function createStoreDatabasePort(d: StoreDatabaseDeps): StoreDatabasePort {
  let progress = idle();
  let held: string | null = null;
  const switchTo = d.switchToServer ?? WEB_DOOR_SWITCH;
  const current: CurrentStoreDto = d.current ?? { kind: 'sqlite', path: d.dbPath };

  async function test(input: StoreServerInput): Promise<ConnectionTestDto> {
    const answer = await checkConnection(input);
    return { kind: answer.kind, message: answer.message, offer: offerFor(answer.kind) };
  }

  async function run(actor: SignedIn, server: PgServer, snapshot: Db): Promise<void> {
    const client = new pg.Client(clientConfig(server));
    client.on('error', () => {});
    try {
      await client.connect();
      // Both sides are counted inside the copy's transaction: a server that does not count as the file does
      // is rolled back, never left holding a store this PC does not switch to.
      await copySqliteToPg(
        snapshot,
        client,
        (p) => {
          progress = { ...progress, table: tableWords(p.table), rows: p.rows, totalRows: p.totalRows };
        },
        async (inCopy, file) => {
          progress = { ...progress, state: 'verifying', table: null };
          const tables = await tableCounts(inCopy, file);
          const totals = await dashboardTotals(actor, file, inCopy, d.now);
          progress = { ...progress, tables, totals };
          const differs = [...tables, ...totals].filter((c) => c.file !== c.server);
          if (differs.length) {
            throw new MoveToServerError(
              `The server did not count the same as this PC (${differs.map((c) => c.label).join(', ')}), so the move was undone: the server database is empty again and this PC keeps its built-in file. Nothing was lost.`,
            );
          }
        },
      );
      const outcome = await switchTo(server);
      held = outcome.switched ? HELD_RESTARTING : HELD_MOVED;
      progress = { ...progress, state: 'done', message: outcome.message, switched: outcome.switched };
    } catch (err) {
      held = null;
      const message =
        err instanceof Error ? err.message : 'The move stopped. Nothing was written to the server.';
      progress = { ...progress, state: 'failed', table: null, message };
    } finally {
      snapshot.close();
      await client.end().catch(() => {});
    }
  }

  return {
    status(): StoreDatabaseDto {
      return { current, move: progress };
    },
    test,
    async move(actor, input) {
      if (current.kind === 'server') {
        throw new ConflictError(
          'This PC already uses a store server: there is no built-in store to move. Join the other server instead.',
        );
      }
      if (progress.state === 'copying' || progress.state === 'verifying') {
        throw new ConflictError('A move is already under way.');
      }
      const answer = await test(input);
      if (answer.offer !== 'move') throw new ConflictError(answer.message);
      let snapshot: Db;
      try {
        snapshot = d.openSnapshot();
      } catch (err) {
        throw new AppFailure(
          'UNAVAILABLE',
          `This PC's store file cannot be read for the move: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      progress = { ...idle(), state: 'copying', keptFile: d.dbPath };
      held = HELD_MOVING;
      // run() never throws: whatever happens ends in the progress the screen polls.
      void run(actor, input, snapshot);
      return progress;
    },
    progress: () => progress,
    async join(_actor, input) {
      const answer = await test(input);
      if (answer.offer !== 'join') throw new ConflictError(answer.message);
      const outcome = await switchTo(input);
      if (outcome.switched) held = HELD_RESTARTING;
      return outcome;
    },
    writesHeld: () => held,
  };
}

/** Every table's rows, in the copy's transaction on the server and in the file's read snapshot. */
async function tableCounts(client: pg.ClientBase, file: Db): Promise<MoveCheckDto[]> {
  const tables: MoveCheckDto[] = [];
  for (const name of await tablesInRestoreOrder(client)) {
    const onServer = await client.query<{ n: number }>(`SELECT count(*) AS n FROM "${name}"`);
    const inFile = Number(file.prepare(`SELECT count(*) FROM "${name}"`).pluck().get());
    tables.push({ label: tableHeading(name), file: inFile, server: Number(onServer.rows[0].n) });
  }
  return tables;
}

/** All-time dashboard totals through each engine's own service layer, as the owner sees them. */
async function dashboardTotals(
  actor: SignedIn,
  file: Db,
  server: pg.ClientBase,
  now: () => number,
): Promise<MoveCheckDto[]> {
  const stores = [storeInOpenTransaction('sqlite', file), storeInOpenTransaction('postgres', server)];
  try {
    // One after the other: the server side runs on the copy's one connection.
    const onFile = await figures(stores[0], actor, now);
    const onServer = await figures(stores[1], actor, now);
    return [
      { label: 'Walkouts', file: onFile.walkouts, server: onServer.walkouts },
      { label: 'With contact', file: onFile.withContact, server: onServer.withContact },
      { label: 'Sold', file: onFile.sold, server: onServer.sold },
      { label: 'Commission owed', file: onFile.owed, server: onServer.owed, cents: true },
    ];
  } finally {
    for (const s of stores) await s.close();
  }
}

async function figures(store: Store, actor: SignedIn, now: () => number) {
  const { router, sessions, deps, loadSettings } = createServices({ store, now });
  await loadSettings();
  sessions.signIn('move-check', actor.employee.id);
  // Dashboard periods run midnight to midnight in store time: "all time" is 2001 to tomorrow, after a
  // previous period from 2 Jan 2000 (the contract takes nothing earlier than 2000 in any time zone).
  const tz = deps.settings().timeZone;
  const today = new TZDate(now(), tz);
  const midnight = (y: number, m: number, d: number) => new TZDate(y, m, d, tz).getTime();
  const from = midnight(2001, 0, 1);
  const r = await router.call('move-check', 'dashboard.figures', {
    from,
    to: midnight(today.getFullYear(), today.getMonth(), today.getDate() + 1),
    previousFrom: midnight(2000, 0, 2),
    previousTo: from,
    granularity: 'month',
  });
  if (!r.ok) throw new Error(`The dashboard could not be read to check the move: ${r.error.message}`);
  const v = r.value as {
    headline: { walkouts: number; withContact: number; sold: number };
    commissionOwedCents: number;
  };
  return { ...v.headline, owed: v.commissionOwedCents };
}
