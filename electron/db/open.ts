// Opens the store database with the durability pragmas the product needs (see CONVENTIONS "db/open.ts").
import Database from 'better-sqlite3';
import { migrate } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  /** better-sqlite3 binding built for the running ABI (Electron); undefined under Node. */
  nativeBinding?: string;
  /** false: open at the file's own schema version (a backup is taken before migrating). */
  migrate?: boolean;
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    // WAL's default NORMAL can lose the last commits on a power cut; a committed entry must survive.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 64 MB of page cache (the default is 2 MB): a big store's indexes stay in memory for bulk work.
    db.pragma('cache_size = -65536');
    // Temp tables, sorts and statement journals in memory rather than in temp files: bulk imports stage a
    // file's rows in a temp table, and every multi-row statement journals the pages it changes.
    db.pragma('temp_store = MEMORY');
    if (options.migrate !== false) migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
