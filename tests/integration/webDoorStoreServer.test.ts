// `npm run web --pg <url>` (or BEBACK_PG_URL): the browser door on a store server says where it runs without
// the password, the flag wins over the environment, and an address it cannot use is refused in words.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';

const ROOT = resolve(__dirname, '../..');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Starts serve.ts; answers everything it printed once it printed its URL or exited. */
function serve(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ out: string; code: number | null }> {
  const dir = mkdtempSync(join(tmpdir(), 'beback-webpg-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/http/serve.ts',
      '--db',
      join(dir, 'x.sqlite'),
      '--port',
      '0',
      '--no-demo',
      ...args,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  const exited = new Promise<number | null>((ok) => child.once('exit', ok));
  cleanups.push(async () => {
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  });
  return new Promise((ok) => {
    let out = '';
    const onData = (c: Buffer) => {
      out += c.toString();
      if (out.includes('Open http://127.0.0.1:')) ok({ out, code: null });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => ok({ out, code }));
  });
}

async function database(): Promise<PgTestDatabase> {
  const db = await freshPgDatabase('migrated');
  cleanups.push(() => db.drop());
  return db;
}

const withPassword = (url: string) => url.replace('postgres://postgres@', 'postgres://postgres:s3cret-pw@');

describe('the web door on a store server', () => {
  it('says which server it runs on, never the password; --pg wins over BEBACK_PG_URL', async () => {
    const flag = await database();
    const { out } = await serve(['--pg', withPassword(flag.url)], {
      BEBACK_PG_URL: 'postgres://postgres@127.0.0.1:1/elsewhere',
    });
    const where = new URL(flag.url);
    expect(out).toContain(`BeBack is running on the store server 127.0.0.1:${where.port}/${flag.name}\n`);
    expect(out).not.toContain('s3cret-pw');
  }, 60_000);

  it('takes the server from BEBACK_PG_URL without the flag', async () => {
    const env = await database();
    const { out } = await serve([], { BEBACK_PG_URL: env.url });
    expect(out).toContain(`/${env.name}\n`);
    expect(out).toContain('BeBack is running on the store server 127.0.0.1:');
  }, 60_000);

  it('refuses an address that is not a PostgreSQL one, in words, without repeating it', async () => {
    const { out, code } = await serve(['--pg', 'mysql://root:hunter2@db/store']);
    expect(code).toBe(1);
    expect(out.trim()).toBe(
      'BeBack could not start: The store server address is not a PostgreSQL address: write it as postgres://user:password@host:5432/database.',
    );
  }, 60_000);
});
