// Is this database file sound? A read-only look (so a damaged file is never written, not even by a
// checkpoint), and the one test for "this error means the file is damaged".
import Database from 'better-sqlite3';

export type FileHealth =
  | { state: 'missing' }
  | { state: 'ok'; schemaVersion: number }
  | { state: 'damaged'; message: string };

export function isCorruption(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

export function checkDatabaseFile(path: string, nativeBinding?: string): FileHealth {
  let db: Database.Database;
  try {
    db = new Database(path, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_CANTOPEN') return { state: 'missing' };
    if (isCorruption(err)) return { state: 'damaged', message: describe(err) };
    throw err;
  }
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problems.length > 0) return { state: 'damaged', message: problems.slice(0, 3).join('; ') };
    return { state: 'ok', schemaVersion: db.pragma('user_version', { simple: true }) as number };
  } catch (err) {
    if (isCorruption(err)) return { state: 'damaged', message: describe(err) };
    throw err;
  } finally {
    db.close();
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
