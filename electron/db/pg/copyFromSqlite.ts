// "Move this PC's store to the server": copies a SQLite store file into an EMPTY server database in one
// transaction — the server schema at the file's version, every table's rows through COPY (roll-up triggers
// paused, since the roll-up tables are copied too), the id sequences moved past the copied ids, then the
// migrations since, then the caller's check of what the server now holds, still inside the transaction. All
// or nothing: a failure anywhere, or a check that finds the two sides differ, leaves the server database as
// empty as it was.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DatabaseTooNewError, schemaVersion } from '../migrate';
import type { Db } from '../open';
import { moveSequencesPastIds, tablesInRestoreOrder } from './logicalBackup';
import { LATEST_VERSION, migrateWithin, pgSchemaVersion } from './migrate';
import { PG_BASELINE_VERSION } from './migrations/0010-baseline.sql';

export class MoveToServerError extends Error {}

export interface CopyProgress {
  /** The table being copied. */
  table: string;
  /** Rows copied so far, all tables together. */
  rows: number;
  /** Rows in the whole store file. */
  totalRows: number;
}

export interface CopySummary {
  /** Rows copied per table, in copy order. */
  tables: { name: string; rows: number }[];
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Rows per progress report and per chunk handed to COPY: big enough that the stream's overhead is small. */
const ROWS_PER_CHUNK = 2_000;

/**
 * Copies the store file `db` holds into the empty database `client` is connected to. `db` should be a
 * connection of its own (not the one the app serves requests on): the rows are read inside one read
 * transaction on it, so every table comes from the same moment even while the counter keeps writing.
 */
/**
 * Runs on the copy's own client and the file's read snapshot before COMMIT: throwing rolls the whole copy
 * back, so a server that does not count as the file does is never left holding half a store.
 */
export type VerifyCopy = (client: pg.ClientBase, db: Db) => Promise<void>;

export async function copySqliteToPg(
  db: Db,
  client: pg.ClientBase,
  onProgress?: (p: CopyProgress) => void,
  verify?: VerifyCopy,
): Promise<CopySummary> {
  const version = schemaVersion(db);
  if (version > LATEST_VERSION) throw new DatabaseTooNewError(version, LATEST_VERSION);
  if (version < PG_BASELINE_VERSION) {
    throw new MoveToServerError(
      `This store file is at schema ${version}, older than any store server (${PG_BASELINE_VERSION}). ` +
        'Open it once in this BeBack so it is brought up to date, then move it.',
    );
  }
  db.exec('BEGIN');
  try {
    // The read snapshot starts at the first read, so everything below (counts included) is one moment.
    const sourceTables = new Set(
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[],
    );
    await client.query('BEGIN');
    try {
      const summary = await copyWithin(db, client, version, sourceTables, onProgress);
      await verify?.(client, db);
      await client.query('COMMIT');
      return summary;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    }
  } finally {
    db.exec('COMMIT');
  }
}

async function copyWithin(
  db: Db,
  client: pg.ClientBase,
  version: number,
  sourceTables: Set<string>,
  onProgress?: (p: CopyProgress) => void,
): Promise<CopySummary> {
  const found = await pgSchemaVersion(client);
  if (found !== 0) {
    throw new MoveToServerError(
      `This server database already holds a BeBack store (schema ${found}). ` +
        'A store is moved into an empty database only; join this one instead, or choose an empty database.',
    );
  }
  // Refuses a database holding other tables too (NotBebackDatabaseError), in words.
  await migrateWithin(client, version);
  const order = await tablesInRestoreOrder(client);
  const plans = [];
  for (const name of order) {
    if (!sourceTables.has(name)) {
      throw new MoveToServerError(`This store file has no ${name} table; it cannot be moved as it is.`);
    }
    plans.push(await planTable(db, client, name));
  }
  const missing = [...sourceTables].filter((t) => !t.startsWith('sqlite_') && !order.includes(t));
  if (missing.length) {
    throw new MoveToServerError(
      `The server has no place for this store file's ${missing.join(', ')}; nothing was moved.`,
    );
  }
  const totalRows = plans.reduce((sum, p) => sum + p.rows, 0);
  let copied = 0;
  const tables: CopySummary['tables'] = [];
  for (const plan of plans) {
    onProgress?.({ table: plan.name, rows: copied, totalRows });
    const before = copied;
    await client.query(`ALTER TABLE ${quote(plan.name)} DISABLE TRIGGER USER`);
    try {
      await pipeline(
        Readable.from(
          copyText(db, plan, (n) => {
            copied += n;
            onProgress?.({ table: plan.name, rows: copied, totalRows });
          }),
        ),
        client.query(copyFrom(`COPY ${quote(plan.name)} (${plan.columnList}) FROM STDIN`)),
      );
    } catch (err) {
      throw new MoveToServerError(
        `The copy stopped at table ${plan.name}: ${(err as Error).message}. Nothing was written to the server.`,
      );
    }
    await client.query(`ALTER TABLE ${quote(plan.name)} ENABLE TRIGGER USER`);
    tables.push({ name: plan.name, rows: copied - before });
  }
  await moveSequencesPastIds(client);
  await migrateWithin(client);
  return { tables };
}

interface TablePlan {
  name: string;
  columnList: string;
  /** Per column: how a SQLite value is written in COPY's text format for the server column's type. */
  encoders: ((v: unknown) => string)[];
  select: string;
  rows: number;
}

async function planTable(db: Db, client: pg.ClientBase, name: string): Promise<TablePlan> {
  const columns = (
    await client.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
      [name],
    )
  ).rows;
  const sourceColumns = new Set(
    (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(name) as string[]).map(String),
  );
  const absent = columns.filter((c) => !sourceColumns.has(c.column_name)).map((c) => c.column_name);
  const extra = [...sourceColumns].filter((c) => !columns.some((p) => p.column_name === c));
  if (absent.length || extra.length) {
    throw new MoveToServerError(
      `Table ${name} differs between this store file and the server (${[...absent, ...extra].join(', ')}); nothing was moved.`,
    );
  }
  const list = columns.map((c) => quote(c.column_name)).join(', ');
  return {
    name,
    columnList: list,
    encoders: columns.map((c) => encoderFor(c.data_type)),
    select: `SELECT ${list} FROM ${quote(name)}`,
    rows: Number(
      db
        .prepare(`SELECT count(*) FROM ${quote(name)}`)
        .pluck()
        .get(),
    ),
  };
}

/** COPY text format: backslash, newline, carriage return and tab escaped; NULL is \N. */
function escapeText(s: string): string {
  return /[\\\n\r\t]/.test(s)
    ? s.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('\r', '\\r').replaceAll('\t', '\\t')
    : s;
}

function encoderFor(dataType: string): (v: unknown) => string {
  if (dataType === 'boolean') {
    // SQLite keeps booleans as integers 0/1.
    return (v) => (v === null ? '\\N' : v ? 't' : 'f');
  }
  if (dataType === 'bytea') {
    return (v) => (v === null ? '\\N' : `\\\\x${Buffer.from(v as Uint8Array).toString('hex')}`);
  }
  return (v) => (v === null ? '\\N' : typeof v === 'string' ? escapeText(v) : String(v));
}

/** The table's rows as COPY text, a chunk of rows at a time, straight from a cursor over the file. */
function* copyText(db: Db, plan: TablePlan, onRows: (n: number) => void): Generator<string> {
  const { encoders } = plan;
  const width = encoders.length;
  const statement = db.prepare(plan.select).raw(true);
  let chunk = '';
  let inChunk = 0;
  for (const row of statement.iterate() as IterableIterator<unknown[]>) {
    let line = encoders[0](row[0]);
    for (let i = 1; i < width; i++) line += `\t${encoders[i](row[i])}`;
    chunk += `${line}\n`;
    if (++inChunk === ROWS_PER_CHUNK) {
      yield chunk;
      onRows(inChunk);
      chunk = '';
      inChunk = 0;
    }
  }
  if (inChunk) {
    yield chunk;
    onRows(inChunk);
  }
}
