// Changes across PCs on the store server: each write's groups go out with pg_notify (PostgreSQL delivers
// a notification only once its transaction has committed), and one dedicated connection per process
// LISTENs and feeds what the other PCs wrote into this process's change feed.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { isQueryGroup, type QueryGroup } from '../../../shared/contract/queryGroups';
import type { Store } from '../../db/store';
import { type ChangeFeed, createChangeFeed } from './changeFeed';

export const CHANGES_CHANNEL = 'beback_changes';

/** A notification's payload: which PC wrote, and what it touched. */
interface ChangeNote {
  pc: string;
  groups: QueryGroup[];
}

/** This process's name among the PCs, so its listener skips its own notifications. */
export function newPcId(): string {
  return randomUUID();
}

/** The `notify` option of createServices on the store server. */
export function pgNotifier(store: Store, pc: string): (groups: readonly QueryGroup[]) => Promise<void> {
  return async (groups) => {
    const note: ChangeNote = { pc, groups: [...groups] };
    await sql`SELECT pg_notify(${CHANGES_CHANNEL}, ${JSON.stringify(note)})`.execute(store.db);
  };
}

/** The application_name of a PC's listening connection. */
export function listenerName(pc: string): string {
  return `beback changes ${pc.slice(0, 8)}`;
}

export interface PgChangeListenerOptions {
  connectionString: string;
  feed: ChangeFeed;
  /** This process's id (the one its notifier sends): its own notifications are already in its feed. */
  pc: string;
  /** Another PC changed the settings (or one may have been missed): reread them. */
  onSettings: () => Promise<unknown>;
  log?: (message: string) => void;
  /** First wait before reconnecting; doubled on each failure up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /**
   * How often the idle connection is asked `SELECT 1`: a cable pulled or a server PC switched off sends
   * nothing back, and an unanswered heartbeat (within the same time) is how that is found out.
   */
  heartbeatMs?: number;
}

export interface PgChangeListener {
  /** Resolves once the first LISTEN is in place (or the first attempt failed and retries are under way). */
  readonly ready: Promise<void>;
  /** How many times the connection was set up again after it dropped. */
  readonly reconnects: number;
  close(): Promise<void>;
}

export function startPgChangeListener(o: PgChangeListenerOptions): PgChangeListener {
  const log = o.log ?? (() => {});
  const firstBackoff = o.backoffMs ?? 250;
  const maxBackoff = o.maxBackoffMs ?? 10_000;
  let client: pg.Client | null = null;
  let closed = false;
  let backoff = firstBackoff;
  let timer: NodeJS.Timeout | null = null;
  let reconnects = 0;
  let everConnected = false;
  /** A failed attempt or a lost connection since the last LISTEN: notifications may have gone unheard. */
  let missed = false;
  const heartbeatMs = o.heartbeatMs ?? 15_000;
  let heartbeat: NodeJS.Timeout | null = null;

  const settings = () => void o.onSettings().catch((err) => log(`Settings not reread: ${message(err)}`));

  function onNote(note: pg.Notification) {
    if (note.channel !== CHANGES_CHANNEL || !note.payload) return;
    const parsed = parseNote(note.payload);
    if (!parsed) return log('A change notification was not understood; ignored.');
    if (parsed.pc === o.pc) return;
    o.feed.publish(parsed.groups);
    if (parsed.groups.includes('settings')) settings();
  }

  async function connect(): Promise<void> {
    // Named, so the server's pg_stat_activity shows which PC's listener a connection is.
    const c = new pg.Client({
      connectionString: o.connectionString,
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
      application_name: listenerName(o.pc),
    });
    // A dropped connection is an 'error' (and an 'end'); without a handler it would end the process.
    c.on('error', (err) => lost(c, err));
    c.on('end', () => lost(c, null));
    c.on('notification', onNote);
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (err) {
      c.removeAllListeners('end');
      c.end().catch(() => {});
      c.on('error', () => {});
      if (!closed) retry(err);
      return;
    }
    if (closed) {
      await c.end().catch(() => {});
      return;
    }
    client = c;
    backoff = firstBackoff;
    heartbeat = setInterval(() => beat(c), heartbeatMs);
    if (everConnected) reconnects++;
    if (missed) {
      // Whatever the other PCs wrote while this connection was down went unheard.
      o.feed.publishEverything();
      settings();
      log('Listening for other PCs’ changes again.');
    }
    everConnected = true;
    missed = false;
  }

  function beat(c: pg.Client) {
    const silent = setTimeout(() => {
      lost(c, new Error('the server stopped answering'));
      // A connection that answers nothing is not waited for: its socket is dropped.
      (c as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    }, heartbeatMs);
    c.query('SELECT 1').then(
      () => clearTimeout(silent),
      () => clearTimeout(silent),
    );
  }

  function lost(c: pg.Client, err: Error | null) {
    if (client !== c) return;
    client = null;
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = null;
    c.removeAllListeners('notification');
    c.removeAllListeners('end');
    c.on('error', () => {});
    if (!closed) retry(err);
  }

  function retry(err: unknown) {
    missed = true;
    if (timer) return;
    log(`Not listening for other PCs’ changes (${message(err)}); trying again in ${backoff} ms.`);
    const wait = backoff;
    backoff = Math.min(backoff * 2, maxBackoff);
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, wait);
  }

  const ready = connect();
  return {
    ready,
    get reconnects() {
      return reconnects;
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      if (heartbeat) clearInterval(heartbeat);
      timer = null;
      heartbeat = null;
      const c = client;
      client = null;
      if (c) {
        c.removeAllListeners('end');
        c.on('error', () => {});
        await c.end().catch(() => {});
      }
    },
  };
}

/**
 * The store server's wiring in two steps: spread `services` into createServices' options, then
 * `listen(services.reloadSettings)` once the services exist (close the listener when the host stops).
 */
export function pgChangeSharing(store: Store, connectionString: string, log?: (message: string) => void) {
  const pc = newPcId();
  const feed = createChangeFeed();
  return {
    pc,
    services: {
      changes: feed,
      notify: pgNotifier(store, pc),
      onNotifyError: (err: unknown) => log?.(`Other PCs were not told of a change: ${message(err)}`),
    },
    listen: (
      onSettings: () => Promise<unknown>,
      backoff: Pick<PgChangeListenerOptions, 'backoffMs' | 'maxBackoffMs'> = {},
    ) => startPgChangeListener({ connectionString, feed, pc, onSettings, log, ...backoff }),
  };
}

function parseNote(payload: string): ChangeNote | null {
  try {
    const v = JSON.parse(payload) as Partial<ChangeNote>;
    if (typeof v.pc !== 'string' || !Array.isArray(v.groups)) return null;
    return { pc: v.pc, groups: v.groups.filter(isQueryGroup) };
  } catch {
    return null;
  }
}

function message(err: unknown): string {
  return err === null ? 'the connection closed' : err instanceof Error ? err.message : String(err);
}
