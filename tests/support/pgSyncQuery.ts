// Test-only: a synchronous read of a store-server database through `psql`, so the integration tests'
// assertions (`store.count`, `store.db.prepare(sql).get()`) read either engine the same way. Parameters
// are inlined as SQL literals; never for anything but the tests' own fixed SQL.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensurePgBin } from './pgCluster';

const literal = (v: unknown): string => {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? '1' : '0';
  return `'${String(v).replaceAll("'", "''")}'`;
};

function inline(text: string, params: unknown[]): string {
  let i = 0;
  return text.replace(/\?/g, () => literal(params[i++]));
}

function psql(url: string, text: string): string {
  const r = spawnSync(
    join(ensurePgBin(), 'psql'),
    [url, '-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-c', text],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (r.status !== 0) throw new Error(`psql: ${r.stderr.trim()}\n${text}`);
  return r.stdout;
}

export interface SyncStatement {
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): { changes: number };
  pluck(): SyncStatement;
  /** Rows as arrays of values, in column order. */
  raw(): SyncStatement;
}

/** A better-sqlite3-shaped reader over psql. */
export function pgSyncDb(url: string) {
  const statement = (text: string, shape: 'rows' | 'pluck' | 'raw' = 'rows'): SyncStatement => {
    const rows = (params: unknown[]) => {
      const out = psql(url, `SELECT coalesce(json_agg(t), '[]') FROM (${inline(text, params)}) t`).trim();
      const parsed = JSON.parse(out) as Record<string, unknown>[];
      if (shape === 'pluck') return parsed.map((r) => Object.values(r)[0]);
      return shape === 'raw' ? parsed.map((r) => Object.values(r)) : parsed;
    };
    return {
      get: (...p) => rows(p)[0],
      all: (...p) => rows(p),
      run: (...p) => {
        const out = psql(url, inline(text, p));
        return { changes: Number(/(\d+)\s*$/.exec(out.trim())?.[1] ?? 0) };
      },
      pluck: () => statement(text, 'pluck'),
      raw: () => statement(text, 'raw'),
    };
  };
  return {
    /** Marks the reader, so a helper given "the database" can tell the engines apart (isPgReader). */
    engine: 'postgres' as const,
    prepare: (text: string) => statement(text),
    exec: (text: string) => void psql(url, text),
  };
}

/** True for a pgSyncDb reader, false for a better-sqlite3 database. */
export function isPgReader(db: unknown): boolean {
  return (db as { engine?: unknown }).engine === 'postgres';
}
