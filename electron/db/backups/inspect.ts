// Checks a backup file in a worker thread: a full integrity check of a million-walkout store takes about
// 20 s, which must never hold the counter up. The check is one JavaScript source, run by the worker or,
// where a worker cannot start, on this thread (slower for the counter, never less careful).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export const MAIN_TABLES = ['walkouts', 'prospects', 'follow_ups', 'employees'] as const;
export type TableCounts = Record<(typeof MAIN_TABLES)[number], number>;

export type Inspection =
  | { ok: true; schemaVersion: number; counts: TableCounts }
  | { ok: false; message: string };

export interface InspectOptions {
  /** better-sqlite3 binding built for the running ABI (Electron); undefined under Node. */
  nativeBinding?: string;
  /** integrity_check (every index against its table) rather than quick_check. */
  full: boolean;
}

// Plain JavaScript on purpose: it runs as the worker's whole program, outside any bundler or loader.
const INSPECT_SOURCE = `
const Database = require(workerData.modulePath);
let db;
try {
  const opts = { readonly: true, fileMustExist: true };
  if (workerData.nativeBinding) opts.nativeBinding = workerData.nativeBinding;
  db = new Database(workerData.file, opts);
  const rows = db.pragma(workerData.full ? 'integrity_check' : 'quick_check');
  const problems = rows.map((r) => Object.values(r)[0]).filter((v) => v !== 'ok');
  if (problems.length > 0) {
    reply({ ok: false, message: 'The copy failed its integrity check: ' + problems.slice(0, 3).join('; ') });
  } else {
    const counts = {};
    for (const t of workerData.tables) counts[t] = db.prepare('SELECT count(*) FROM ' + t).pluck().get();
    reply({ ok: true, schemaVersion: db.pragma('user_version', { simple: true }), counts });
  }
} catch (err) {
  reply({ ok: false, message: 'The copy cannot be read: ' + (err && err.message ? err.message : String(err)) });
} finally {
  if (db) db.close();
}
`;

// `require` exists under tsx, vitest, Playwright and the CommonJS main bundle; an ES-module build would
// resolve from the working folder. No `import.meta` in this file: Node re-reads a CommonJS file that holds it as an ES module, which
// fails under Playwright's loader (and with it every e2e spec, through startApp's createTeam).
const nodeRequire = (): NodeJS.Require =>
  typeof require === 'function' ? require : createRequire(`${process.cwd()}/`);

function betterSqlitePath(): string {
  const resolved = nodeRequire().resolve('better-sqlite3');
  // Packaged, the package sits outside the asar (asarUnpack): a worker may not read inside the archive.
  const unpacked = resolved.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
  return unpacked !== resolved && existsSync(unpacked) ? unpacked : resolved;
}

export function inspectBackupFile(file: string, options: InspectOptions): Promise<Inspection> {
  const workerData = {
    file,
    full: options.full,
    nativeBinding: options.nativeBinding,
    modulePath: betterSqlitePath(),
    tables: MAIN_TABLES,
  };
  return new Promise((resolve) => {
    let settled = false;
    const settle = (r: Inspection) => {
      if (!settled) {
        settled = true;
        resolve(r);
      }
    };
    let worker: Worker;
    try {
      worker = new Worker(
        `const { parentPort, workerData } = require('node:worker_threads');
const reply = (m) => parentPort.postMessage(m);${INSPECT_SOURCE}`,
        { eval: true, workerData },
      );
    } catch {
      settle(inspectHere(workerData));
      return;
    }
    worker.once('message', (m: Inspection) => settle(m));
    worker.once('error', () => settle(inspectHere(workerData)));
    worker.once('exit', () => settle({ ok: false, message: 'The check of the copy stopped unexpectedly.' }));
  });
}

function inspectHere(workerData: Record<string, unknown>): Inspection {
  let result: Inspection = { ok: false, message: 'The check of the copy did not answer.' };
  const run = new Function('require', 'workerData', 'reply', INSPECT_SOURCE);
  run(nodeRequire(), workerData, (m: Inspection) => {
    result = m;
  });
  return result;
}
