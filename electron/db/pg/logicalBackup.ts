// Verified logical backups of a store server: every table through COPY, from one consistent snapshot, into
// one file, with the schema version and each table's row count; restored into an empty database in one
// transaction. File: a first line `BEBACK-PG-BACKUP 1 <schema version>`, then per table `#table <name>`,
// its rows in COPY text format (one line per row: COPY escapes newlines) and the `\.` line COPY itself
// uses to end data, which no row can be (a backslash in a value is written `\\`).
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { DatabaseTooNewError } from '../migrate';
import { LATEST_VERSION, migrateWithin, pgSchemaVersion } from './migrate';

const MAGIC = 'BEBACK-PG-BACKUP 1';

export interface PgBackupSummary {
  schemaVersion: number;
  /** Rows per table, in restore order. */
  tables: { name: string; rows: number }[];
  bytes: number;
  sha256: string;
}

export class PgBackupError extends Error {}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** BeBack's tables, parents before children (foreign keys), so a restore never points at a missing row. */
export async function tablesInRestoreOrder(client: pg.ClientBase): Promise<string[]> {
  const tables = (
    await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'beback_schema' ORDER BY tablename`,
    )
  ).rows.map((r) => r.tablename);
  const edges = (
    await client.query<{ child: string; parent: string }>(
      `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
         FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
    )
  ).rows;
  const done = new Set<string>();
  const order: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (done.has(t) || path.has(t)) return;
    path.add(t);
    for (const e of edges) if (e.child === t && e.parent !== t) visit(e.parent, path);
    done.add(t);
    order.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return order;
}

/** Writes a backup of the database `client` is connected to at `path` (temp file, fsync, rename). */
export async function backUpPg(client: pg.ClientBase, path: string): Promise<PgBackupSummary> {
  const temp = `${path}.partial`;
  const out = createWriteStream(temp);
  const hash = createHash('sha256');
  let bytes = 0;
  const write = async (chunk: Buffer | string) => {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    hash.update(b);
    bytes += b.length;
    if (!out.write(b)) await once(out, 'drain');
  };
  const tables: PgBackupSummary['tables'] = [];
  let schemaVersion = 0;
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    schemaVersion = await pgSchemaVersion(client);
    if (schemaVersion === 0) throw new PgBackupError('This database holds no BeBack store to back up.');
    await write(`${MAGIC} ${schemaVersion}\n`);
    for (const name of await tablesInRestoreOrder(client)) {
      await write(`#table ${name}\n`);
      const stream = client.query(copyTo(`COPY ${quote(name)} TO STDOUT`));
      for await (const chunk of stream) await write(chunk as Buffer);
      await write('\\.\n');
      tables.push({ name, rows: stream.rowCount });
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    out.destroy();
    rmSync(temp, { force: true });
    throw err;
  }
  out.end();
  await once(out, 'finish');
  const fd = openSync(temp, 'r');
  fsyncSync(fd);
  closeSync(fd);
  const summary = { schemaVersion, tables, bytes, sha256: hash.digest('hex') };
  const read = await readBackup(temp);
  if (read.sha256 !== summary.sha256 || JSON.stringify(read.tables) !== JSON.stringify(tables)) {
    rmSync(temp, { force: true });
    throw new PgBackupError('The backup file did not read back as it was written; nothing was kept.');
  }
  renameSync(temp, path);
  return summary;
}

/** Reads a backup file through (no database), checking its shape: what a restore would put back. */
export async function readBackup(
  path: string,
  onTable?: (name: string, rows: AsyncIterable<string>) => Promise<void>,
) {
  const hash = createHash('sha256');
  const input = createReadStream(path);
  input.on('data', (chunk) => hash.update(chunk));
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();
  const next = async () => {
    const r = await lines.next();
    return r.done ? null : r.value;
  };
  const first = await next();
  const head = /^BEBACK-PG-BACKUP 1 (\d+)$/.exec(first ?? '');
  if (!head) throw new PgBackupError('This file is not a BeBack store-server backup.');
  const tables: PgBackupSummary['tables'] = [];
  for (let line = await next(); line !== null; line = await next()) {
    const t = /^#table ([a-z_][a-z0-9_]*)$/.exec(line);
    if (!t) throw new PgBackupError(`The backup file is damaged near table ${tables.at(-1)?.name ?? 'one'}.`);
    let rows = 0;
    let ended = false;
    const body: AsyncIterable<string> = {
      async *[Symbol.asyncIterator]() {
        for (let row = await next(); row !== null; row = await next()) {
          if (row === '\\.') {
            ended = true;
            return;
          }
          rows++;
          yield `${row}\n`;
        }
      },
    };
    if (onTable) await onTable(t[1], body);
    else for await (const _ of body);
    if (!ended) throw new PgBackupError(`The backup file ends in the middle of table ${t[1]}.`);
    tables.push({ name: t[1], rows });
  }
  // readline ends at the stream's 'end', so every chunk has been hashed by now.
  input.destroy();
  return { schemaVersion: Number(head[1]), tables, sha256: hash.digest('hex') };
}

/**
 * Restores a backup into an EMPTY database in one transaction: the schema at the backup's version, every
 * table's rows as they were (roll-up triggers paused, since the roll-up tables are restored too), the id
 * sequences moved past the restored ids, then the migrations since — all or nothing.
 */
export async function restorePg(client: pg.ClientBase, path: string): Promise<PgBackupSummary> {
  const check = await readBackup(path);
  await client.query('BEGIN');
  try {
    if ((await pgSchemaVersion(client)) !== 0) {
      throw new PgBackupError(
        'A backup is restored into an empty database only; this one already holds a store.',
      );
    }
    if (check.schemaVersion > LATEST_VERSION)
      throw new DatabaseTooNewError(check.schemaVersion, LATEST_VERSION);
    await migrateWithin(client, check.schemaVersion);
    await readBackup(path, async (name, rows) => {
      await client.query(`ALTER TABLE ${quote(name)} DISABLE TRIGGER USER`);
      await pipeline(rows, client.query(copyFrom(`COPY ${quote(name)} FROM STDIN`)));
      await client.query(`ALTER TABLE ${quote(name)} ENABLE TRIGGER USER`);
    });
    await moveSequencesPastIds(client);
    await migrateWithin(client);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
  return { ...check, bytes: statSync(path).size };
}

/** After rows were copied in with their own ids: every id sequence moves past the highest id its table holds. */
export async function moveSequencesPastIds(client: pg.ClientBase): Promise<void> {
  const identities = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'id' AND is_identity = 'YES'`,
  );
  for (const { table_name } of identities.rows) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce((SELECT max(id) FROM ${quote(table_name)}), 0) + 1, false)`,
      [table_name],
    );
  }
}
