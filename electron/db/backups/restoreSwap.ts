// Putting a backup in place of the database file, crash-safe: the copy is made and flushed beside the
// database, an intent file says what is under way, the old files move aside (-wal and -shm before the
// main file, so an old log is never replayed onto the restored file), then the copy takes the name.
// finishInterruptedRestore, run before every open, completes or undoes a swap a crash cut short.
import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { removeIfThere, syncDir, syncFile, writeFileDurably } from './backupFiles';

const SIDE_FILES = ['-wal', '-shm'] as const;
const intentSchema = z.object({ tmp: z.string(), aside: z.string(), keepAside: z.boolean() });

function intentPath(dbPath: string): string {
  return `${dbPath}.restore-intent.json`;
}

export interface SwapOptions {
  /** Where the replaced files go (`<aside>`, `<aside>-wal`, `<aside>-shm`). */
  aside: string;
  /** Keep them (a damaged file is never deleted) or remove them once the swap is done. */
  keepAside: boolean;
  /** Test hook: stop after this many steps, as a crash would. */
  crashAfterStep?: number;
}

export function swapInDatabase(dbPath: string, source: string, o: SwapOptions): void {
  const tmp = `${dbPath}.restoring`;
  let step = 0;
  const checkpoint = () => {
    step++;
    if (o.crashAfterStep !== undefined && step > o.crashAfterStep)
      throw new Error(`crash after step ${o.crashAfterStep}`);
  };
  copyFileSync(source, tmp);
  syncFile(tmp);
  checkpoint();
  writeFileDurably(intentPath(dbPath), JSON.stringify({ tmp, aside: o.aside, keepAside: o.keepAside }));
  checkpoint();
  for (const suffix of SIDE_FILES) {
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, o.aside + suffix);
    checkpoint();
  }
  if (existsSync(dbPath)) renameSync(dbPath, o.aside);
  checkpoint();
  renameSync(tmp, dbPath);
  syncDir(dirname(dbPath));
  checkpoint();
  finish(dbPath, o.aside, o.keepAside);
}

/** Returns what it did, for the start-up log; 'none' when no swap was under way. */
export function finishInterruptedRestore(dbPath: string): 'none' | 'completed' | 'rolled_back' {
  const path = intentPath(dbPath);
  if (!existsSync(path)) {
    removeIfThere(`${dbPath}.restoring`); // a copy the crash left before the swap began
    return 'none';
  }
  let intent: z.infer<typeof intentSchema>;
  try {
    intent = intentSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    // A torn intent file: written before anything moved, so nothing needs undoing.
    removeIfThere(path);
    removeIfThere(`${dbPath}.restoring`);
    return 'rolled_back';
  }
  let outcome: 'completed' | 'rolled_back';
  if (existsSync(intent.tmp) && !existsSync(dbPath)) {
    // The old file is aside (its -wal went first): the copy takes its place.
    renameSync(intent.tmp, dbPath);
    outcome = 'completed';
  } else if (existsSync(intent.tmp)) {
    // The main file never moved: bring back any side file that did, drop the copy.
    for (const suffix of SIDE_FILES) {
      if (existsSync(intent.aside + suffix) && !existsSync(dbPath + suffix))
        renameSync(intent.aside + suffix, dbPath + suffix);
    }
    removeIfThere(intent.tmp);
    outcome = 'rolled_back';
  } else {
    outcome = 'completed';
  }
  syncDir(dirname(dbPath));
  finish(dbPath, intent.aside, outcome === 'completed' ? intent.keepAside : true);
  return outcome;
}

function finish(dbPath: string, aside: string, keepAside: boolean): void {
  if (!keepAside) for (const suffix of ['', ...SIDE_FILES]) removeIfThere(aside + suffix);
  removeIfThere(intentPath(dbPath));
}
