// Reading a whole database as a test sees it: every column of every table (temp and virtual tables
// included on SQLite), to prove a value is gone everywhere or that a refused call wrote nothing. Works on
// the SQLite file and on a store-server database read through psql (pgSyncDb) alike.
import type { Db } from '../../electron/db/open';
import { isPgReader } from './pgSyncQuery';

interface TableRef {
  /** SQLite: the file (main) or this connection's temp schema; PostgreSQL: the public schema. */
  schema: 'main' | 'temp' | 'public';
  name: string;
}

const quote = (id: string) => `"${id.replaceAll('"', '""')}"`;

/**
 * Every table: on SQLite the file's and this connection's temp schema (roll-ups, FTS and staging included);
 * on PostgreSQL the public schema. A server session's temp tables cannot be read from another session, and
 * the app's only staging tables are emptied before their transaction ends.
 */
export function allTables(db: Db): TableRef[] {
  if (isPgReader(db)) {
    return (
      db
        .prepare(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
        )
        .pluck()
        .all() as string[]
    ).map((name) => ({ schema: 'public', name }));
  }
  const of = (schema: 'main' | 'temp') =>
    (
      db
        .prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' ORDER BY name`)
        .pluck()
        .all() as string[]
    ).map((name) => ({ schema, name }));
  return [...of('main'), ...of('temp')];
}

function columnsOf(db: Db, t: TableRef): string[] {
  if (isPgReader(db)) {
    return db
      .prepare(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position`,
      )
      .pluck()
      .all(t.name) as string[];
  }
  return (db.prepare(`PRAGMA ${t.schema}.table_info(${quote(t.name)})`).all() as { name: string }[]).map(
    (c) => c.name,
  );
}

/** The names of the triggers in force (on PostgreSQL: not disabled), sorted. */
export function triggerNames(db: Db): string[] {
  const names = isPgReader(db)
    ? db.prepare("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'").pluck().all()
    : db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all();
  return (names as string[]).sort();
}

/**
 * "table.column" for every column, whatever its declared type, whose value as text contains one of
 * `needles` (letter case ignored). One query per table, counting every column and needle at once: on the
 * server each query is a psql run.
 */
export function columnsContaining(db: Db, needles: readonly string[]): string[] {
  const pg = isPgReader(db);
  const hits: string[] = [];
  for (const t of allTables(db)) {
    const pairs = columnsOf(db, t).flatMap((column) => needles.map((needle) => ({ column, needle })));
    if (pairs.length === 0) continue;
    const found = (text: string) =>
      pg
        ? `strpos(lower(CAST(${text} AS TEXT)), lower(?)) > 0`
        : `instr(lower(CAST(${text} AS TEXT)), lower(?)) > 0`;
    const sums = pairs.map(
      (p, i) => `coalesce(sum(CASE WHEN ${found(quote(p.column))} THEN 1 ELSE 0 END), 0) AS c${i}`,
    );
    const counts = db
      .prepare(`SELECT ${sums.join(', ')} FROM ${t.schema}.${quote(t.name)}`)
      .get(...pairs.map((p) => p.needle)) as Record<string, number>;
    pairs.forEach((p, i) => {
      const n = Number(counts[`c${i}`]);
      if (n > 0) hits.push(`${t.name}.${p.column} has "${p.needle}" (${n} rows)`);
    });
  }
  return hits;
}

/** Every row of every table, in a stable order: two dumps are equal when nothing was written. */
export function dumpAll(db: Db): Record<string, unknown[]> {
  const dump: Record<string, unknown[]> = {};
  if (isPgReader(db)) {
    // One psql run for the whole database: each table's rows as JSON text, side by side.
    const tables = allTables(db);
    const rows = db
      .prepare(
        tables
          .map(
            (t) =>
              `SELECT '${t.name}' AS name, coalesce((SELECT json_agg(row_to_json(x)::text) FROM public.${quote(t.name)} x), '[]') AS rows`,
          )
          .join(' UNION ALL '),
      )
      .all() as { name: string; rows: string[] }[];
    for (const r of rows) dump[`public.${r.name}`] = [...r.rows].sort();
    return dump;
  }
  for (const t of allTables(db)) {
    const rows = db.prepare(`SELECT * FROM ${t.schema}.${quote(t.name)}`).all();
    dump[`${t.schema}.${t.name}`] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return dump;
}

/**
 * Rows whose foreign key points at nothing: SQLite's foreign_key_check; on PostgreSQL, the same question asked
 * of every foreign key constraint with an anti-join (a constraint whose triggers were switched off would let
 * such rows in).
 */
export function foreignKeyProblems(db: Db): unknown[] {
  if (!isPgReader(db)) return db.prepare('PRAGMA foreign_key_check').all();
  const keys = db
    .prepare(
      `SELECT c.conname AS name, c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
              (SELECT json_agg(a.attname ORDER BY k.i) FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS cols,
              (SELECT json_agg(a.attname ORDER BY k.i) FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS refs
         FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace ORDER BY c.conname`,
    )
    .all() as { name: string; child: string; parent: string; cols: string[]; refs: string[] }[];
  const problems: unknown[] = [];
  for (const k of keys) {
    const present = k.cols.map((c) => `x.${quote(c)} IS NOT NULL`).join(' AND ');
    const same = k.cols.map((c, i) => `y.${quote(k.refs[i]!)} = x.${quote(c)}`).join(' AND ');
    const n = Number(
      db
        .prepare(
          `SELECT count(*) FROM ${k.child} x WHERE ${present} AND NOT EXISTS (SELECT 1 FROM ${k.parent} y WHERE ${same})`,
        )
        .pluck()
        .get(),
    );
    if (n > 0) problems.push({ table: k.child, parent: k.parent, constraint: k.name, rows: n });
  }
  return problems;
}

/** Rows per table of the database itself (temp tables and SQLite's own left out), in one query. */
export function rowCounts(db: Db): Record<string, number> {
  const tables = allTables(db).filter((t) => t.schema !== 'temp' && !t.name.startsWith('sqlite_'));
  if (tables.length === 0) return {};
  const counts = db
    .prepare(
      tables
        .map((t) => `SELECT '${t.name.replaceAll("'", "''")}' AS name, count(*) AS n FROM ${quote(t.name)}`)
        .join(' UNION ALL '),
    )
    .all() as { name: string; n: number }[];
  return Object.fromEntries(counts.map((c) => [c.name, Number(c.n)]));
}
