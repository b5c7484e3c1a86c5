// A throwaway PostgreSQL cluster for the tests (TOOLCHAIN.md): Debian's `postgresql` binaries, installed with
// apt-get when missing (as .ci/run's e2e step installs Chromium), a data directory in /tmp, loopback only,
// durability off (tests only), stopped and removed at the end. initdb refuses root, so as root the server
// runs as the `postgres` user the package creates.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migratePg } from '../../electron/db/pg/migrate';
import { numberTypes } from '../../electron/db/pg/pool';
import { aptCommand, isDebianLike } from '../../scripts/chromium.mjs';

/** The migrated database every test copies (made by pgGlobalSetup.ts). */
export const PG_TEMPLATE = 'beback_template';

export interface PgCluster {
  port: number;
  /** A connection URL for one database of the cluster. */
  url(database: string): string;
  /** Runs SQL as the cluster's superuser on the `postgres` database. */
  admin(sql: string): Promise<void>;
  stop(): void;
  /** The server lost (stopped as a crash would, -m immediate), its data directory kept for `resume`. */
  pause(): void;
  /** Starts the same data directory on the same port again (crash recovery replays what was committed). */
  resume(): void;
}

export interface PgClusterOptions {
  /**
   * Commits on disk before they are acknowledged (synchronous_commit on), for a test that stops the server
   * mid-write: with it off, a server stopped at once may lose commits it already acknowledged.
   */
  keepCommits?: boolean;
  /**
   * The server's own durability defaults (fsync, synchronous commit, full-page writes) instead of the tests'
   * "off": a benchmark's commit figures are only honest with them.
   */
  durable?: boolean;
  /** More server settings, `name: value` (a benchmark's shared_buffers, say). */
  settings?: Record<string, string>;
}

function sh(argv: string[], options: { asPostgres?: boolean } = {}) {
  const asRoot = process.getuid?.() === 0;
  const full = options.asPostgres && asRoot ? ['runuser', '-u', 'postgres', '--', ...argv] : argv;
  const r = spawnSync(full[0], full.slice(1), { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? r.error?.message ?? ''}`.trim() };
}

/** The newest installed PostgreSQL's bin directory, or null. */
export function findPgBin(root = '/usr/lib/postgresql'): string | null {
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

/** The bin directory, installing Debian's package first when needed; throws with what to do otherwise. */
export function ensurePgBin(): string {
  const found = process.env.BEBACK_PG_BIN ?? findPgBin();
  if (found) return found;
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  if (process.getuid?.() !== 0 || !isDebianLike(osRelease)) {
    throw new Error(
      'PostgreSQL is not installed. Install Debian\'s "postgresql" package (or set BEBACK_PG_BIN to its bin directory).',
    );
  }
  console.log("BeBack tests: no PostgreSQL found; installing Debian's (apt-get install postgresql)");
  const install = aptCommand([], ['install', '-y', '--no-install-recommends', 'postgresql']);
  let result = sh(install);
  if (!result.ok) {
    // A bare image has no package lists yet: refresh them once and try again.
    result = sh(aptCommand([], ['update']));
    if (result.ok) result = sh(install);
  }
  const bin = findPgBin();
  if (!bin) throw new Error(`could not install PostgreSQL:\n${result.out.split('\n').slice(-15).join('\n')}`);
  return bin;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

export async function startPgCluster(o: PgClusterOptions = {}): Promise<PgCluster> {
  const bin = ensurePgBin();
  const dir = mkdtempSync(join(tmpdir(), 'beback-pg-'));
  if (process.getuid?.() === 0) sh(['chown', 'postgres:postgres', dir]);
  const data = join(dir, 'data');
  const init = sh(
    [
      join(bin, 'initdb'),
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ],
    { asPostgres: true },
  );
  if (!init.ok) throw new Error(`initdb failed:\n${init.out}`);
  // Everyone is trusted on loopback except beback_pw, which must give its password (the
  // connection check's "wrong password" answer is tested with one).
  const hba = join(data, 'pg_hba.conf');
  writeFileSync(hba, `host all beback_pw 127.0.0.1/32 scram-sha-256\n${readFileSync(hba, 'utf8')}`);
  const port = await freePort();
  const settings = {
    ...(o.durable
      ? {}
      : { fsync: 'off', synchronous_commit: o.keepCommits ? 'on' : 'off', full_page_writes: 'off' }),
    max_connections: '200',
    ...o.settings,
  };
  const options = [
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir}`,
    ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`),
  ].join(' ');
  const boot = () => {
    const start = sh(
      [
        join(bin, 'pg_ctl'),
        '-D',
        data,
        '-l',
        join(dir, 'server.log'),
        '-w',
        '-t',
        '30',
        '-o',
        options,
        'start',
      ],
      { asPostgres: true },
    );
    if (!start.ok) throw new Error(`PostgreSQL did not start:\n${start.out}`);
  };
  const halt = () =>
    sh([join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop'], { asPostgres: true });
  boot();
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async admin(text) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(text);
      } finally {
        await client.end();
      }
    },
    stop() {
      halt();
      rmSync(dir, { recursive: true, force: true });
    },
    pause() {
      const stopped = halt();
      if (!stopped.ok) throw new Error(`PostgreSQL did not stop:\n${stopped.out}`);
    },
    resume: boot,
  };
}

/** A cluster for one test run with PG_TEMPLATE at the latest schema, which each test copies (pgDatabase.ts). */
export async function startMigratedCluster(o: PgClusterOptions = {}): Promise<PgCluster> {
  const cluster = await startPgCluster(o);
  await cluster.admin(`CREATE DATABASE ${PG_TEMPLATE}`);
  const client = new pg.Client({ connectionString: cluster.url(PG_TEMPLATE), types: numberTypes });
  await client.connect();
  try {
    await migratePg(client);
  } finally {
    await client.end();
  }
  return cluster;
}
