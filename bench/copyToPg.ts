// Bench-only loader: every table of a built SQLite store copied into a migrated, empty store-server database
// through COPY, in one transaction, with the roll-up triggers paused (the roll-up tables are copied as SQLite
// computed them), then the id sequences moved past the copied ids. Far faster than a million INSERTs.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../electron/db/open';
import { tablesInRestoreOrder } from '../electron/db/pg/logicalBackup';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** One value in COPY's text format: \N for NULL, backslash escapes for the characters COPY gives meaning. */
function copyText(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v !== 'string') throw new Error(`The bench loader cannot copy a ${typeof v} value.`);
  return v.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? c);
}

/** Rows of one SQLite table as COPY lines, a few thousand per chunk (a write per row is most of the time). */
function* copyLines(db: Db, table: string, columns: string[]): Generator<string> {
  const select = db.prepare(`SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)}`).raw(true);
  let chunk: string[] = [];
  for (const row of select.iterate() as Iterable<unknown[]>) {
    chunk.push(`${row.map(copyText).join('\t')}\n`);
    if (chunk.length === 5_000) {
      yield chunk.join('');
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk.join('');
}

/** Copies `db` into the database `client` is connected to (migrated, no rows); answers rows per table. */
export async function copySqliteToPg(
  db: Db,
  client: pg.ClientBase,
  onProgress?: (table: string, rows: number) => void,
): Promise<Record<string, number>> {
  const copied: Record<string, number> = {};
  await client.query('BEGIN');
  try {
    for (const table of await tablesInRestoreOrder(client)) {
      const pgColumns = (
        await client.query<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
          [table],
        )
      ).rows.map((r) => r.column_name);
      const sqliteColumns = new Set(
        (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]) ?? [],
      );
      if (sqliteColumns.size === 0) continue;
      const columns = pgColumns.filter((c) => sqliteColumns.has(c));
      await client.query(`ALTER TABLE ${quote(table)} DISABLE TRIGGER USER`);
      const copy = client.query(
        copyFrom(`COPY ${quote(table)} (${columns.map(quote).join(', ')}) FROM STDIN`),
      );
      await pipeline(Readable.from(copyLines(db, table, columns)), copy);
      await client.query(`ALTER TABLE ${quote(table)} ENABLE TRIGGER USER`);
      copied[table] = copy.rowCount;
      onProgress?.(table, copy.rowCount);
    }
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
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
  return copied;
}
