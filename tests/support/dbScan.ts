// Reading a whole database as a test sees it: every column of every table (temp and virtual tables
// included), to prove a value is gone everywhere or that a refused call wrote nothing.
import type { Db } from '../../electron/db/open';

interface TableRef {
  schema: 'main' | 'temp';
  name: string;
}

/** Every table in the file and in this connection's temp schema (roll-ups, FTS and staging included). */
export function allTables(db: Db): TableRef[] {
  const of = (schema: TableRef['schema']) =>
    (
      db
        .prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' ORDER BY name`)
        .pluck()
        .all() as string[]
    ).map((name) => ({ schema, name }));
  return [...of('main'), ...of('temp')];
}

const quote = (id: string) => `"${id.replaceAll('"', '""')}"`;

function columnsOf(db: Db, t: TableRef): string[] {
  return (db.prepare(`PRAGMA ${t.schema}.table_info(${quote(t.name)})`).all() as { name: string }[]).map(
    (c) => c.name,
  );
}

/**
 * "table.column" for every column, whatever its declared type, whose value as text contains one of
 * `needles` (letter case ignored).
 */
export function columnsContaining(db: Db, needles: readonly string[]): string[] {
  const hits: string[] = [];
  for (const t of allTables(db)) {
    for (const column of columnsOf(db, t)) {
      for (const needle of needles) {
        const n = db
          .prepare(
            `SELECT count(*) FROM ${t.schema}.${quote(t.name)} WHERE instr(lower(CAST(${quote(column)} AS TEXT)), lower(?)) > 0`,
          )
          .pluck()
          .get(needle) as number;
        if (n > 0) hits.push(`${t.name}.${column} has "${needle}" (${n} rows)`);
      }
    }
  }
  return hits;
}

/** Every row of every table, in a stable order: two dumps are equal when nothing was written. */
export function dumpAll(db: Db): Record<string, unknown[]> {
  const dump: Record<string, unknown[]> = {};
  for (const t of allTables(db)) {
    const rows = db.prepare(`SELECT * FROM ${t.schema}.${quote(t.name)}`).all();
    dump[`${t.schema}.${t.name}`] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return dump;
}
