// One writer per database file: a lock file beside it naming the process that holds it. A lock left by
// a process that no longer runs (a crash, a power cut) is taken over; a live holder is refused in words.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

export class DatabaseInUseError extends Error {
  constructor(readonly holder: LockHolder) {
    super('BeBack is already open on this database. Close the other BeBack window (or `npm run web`) first.');
  }
}

export interface LockHolder {
  pid: number;
  host: string;
  since: number;
}

export interface WriterLock {
  path: string;
  release(): void;
}

export interface LockOptions {
  now?: () => number;
  /** Whether a process with this id runs on this machine; injectable for tests. */
  isRunning?: (pid: number) => boolean;
  pid?: number;
}

export function lockPathFor(dbPath: string): string {
  return `${dbPath}.lock`;
}

export function acquireWriterLock(dbPath: string, options: LockOptions = {}): WriterLock {
  const path = lockPathFor(dbPath);
  const me: LockHolder = {
    pid: options.pid ?? process.pid,
    host: hostname(),
    since: (options.now ?? Date.now)(),
  };
  const isRunning = options.isRunning ?? processRuns;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, JSON.stringify(me));
      } finally {
        closeSync(fd);
      }
      return { path, release: () => releaseIfMine(path, me) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(path);
    // Another machine's lock (a database on a share) cannot be probed: only its own host may clear it.
    if (holder && (holder.host !== me.host || isRunning(holder.pid))) throw new DatabaseInUseError(holder);
    removeQuietly(path); // stale: its process is gone, or the file is unreadable half-written junk
  }
  throw new Error(`Could not take the database lock ${path}.`);
}

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, since: Number(parsed.since) || 0 };
    }
  } catch {
    // unreadable: treated as stale below
  }
  return null;
}

function releaseIfMine(path: string, me: LockHolder): void {
  const holder = readHolder(path);
  if (holder && holder.pid === me.pid && holder.host === me.host && holder.since === me.since)
    removeQuietly(path);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function processRuns(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
