// Schema versions in PRAGMA user_version; pending migrations run in one transaction.
import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';

export class DatabaseTooNewError extends Error {
  constructor(found: number, known: number) {
    super(
      `This database was written by a newer BeBack (schema ${found}; this app knows up to ${known}). ` +
        'Update BeBack before opening it.',
    );
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Database.Database, upTo = MIGRATIONS.length): number {
  const current = schemaVersion(db);
  if (current > MIGRATIONS.length) throw new DatabaseTooNewError(current, MIGRATIONS.length);
  if (current >= upTo) return current;
  db.transaction(() => {
    for (let v = current; v < upTo; v++) {
      db.exec(MIGRATIONS[v].sql);
      MIGRATIONS[v].up?.(db);
    }
    db.pragma(`user_version = ${upTo}`);
  })();
  return upTo;
}
