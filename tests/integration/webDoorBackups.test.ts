// The web door's side of backups: a backup downloaded as a file (owner only), and a second
// `npm run web` on the same database refused in words.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_HEADER, startWebDoor, TOKEN_HEADER } from '../../electron/http/webDoor';
import { type HostStore, openHostStore } from '../support/hostStore';

let store: HostStore;
afterEach(async () => store?.dispose());

const ROOT = join(__dirname, '..', '..');

describe('web door', () => {
  it('streams a backup to the owner as a download, and to nobody else', async () => {
    store = await openHostStore();
    const door = await startWebDoor({
      router: store.host.router,
      token: 't'.repeat(32),
      staticDir: store.dir,
      port: 0,
    });
    try {
      const post = (path: string, session: string, body: unknown) =>
        fetch(`http://127.0.0.1:${door.port}${path}`, {
          method: 'POST',
          headers: {
            [TOKEN_HEADER]: 't'.repeat(32),
            [SESSION_HEADER]: session,
            'content-type': 'application/json',
          },
          body: JSON.stringify(body),
        });
      const made = await store.as('Olive Owner', 'backups.create', {});
      // Sign the owner and the manager in on their own web sessions.
      const employees = (await (await post('/rpc/auth.employees', 'owner-session-1234', {})).json())
        .value as {
        id: number;
        name: string;
      }[];
      const idOf = (name: string) => employees.find((e) => e.name === name)?.id;
      await post('/rpc/auth.signIn', 'owner-session-1234', { employeeId: idOf('Olive Owner'), pin: '1111' });
      await post('/rpc/auth.signIn', 'manager-session-123', { employeeId: idOf('Max Manager'), pin: '2222' });

      const file = await post('/download/backups.file', 'owner-session-1234', { backupId: made.id });
      expect(file.status).toBe(200);
      expect(file.headers.get('content-disposition')).toBe(
        `attachment; filename="BeBack backup ${made.id}.sqlite"`,
      );
      const bytes = Buffer.from(await file.arrayBuffer());
      expect(bytes.equals(readFileSync(join(store.backupsDir, `beback-${made.id}.sqlite`)))).toBe(true);

      const manager = await post('/download/backups.file', 'manager-session-123', { backupId: made.id });
      expect(await manager.json()).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
      const notAFile = await post('/download/auth.current', 'owner-session-1234', {});
      expect(notAFile.status).toBe(404);
    } finally {
      await door.close();
    }
  });

  it('a second `npm run web` on the same database says so and exits', async () => {
    store = await openHostStore();
    await store.host.close();
    const serve = (db: string) =>
      spawn(
        process.execPath,
        ['--import', 'tsx', 'electron/http/serve.ts', '--db', db, '--port', '0', '--no-demo'],
        {
          cwd: ROOT,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
    const first = serve(store.dbPath);
    const firstExited = new Promise((ok) => first.once('exit', ok));
    try {
      await new Promise<void>((ok, fail) => {
        let out = '';
        first.stdout?.on('data', (c: Buffer) => {
          out += c.toString();
          if (out.includes('Open http://127.0.0.1:')) ok();
        });
        first.once('exit', (code) => fail(new Error(`first web door exited ${code}: ${out}`)));
      });
      const second = serve(store.dbPath);
      let said = '';
      second.stderr?.on('data', (c: Buffer) => {
        said += c.toString();
      });
      const code = await new Promise((ok) => second.once('exit', ok));
      expect(code).toBe(1);
      expect(said.trim()).toBe(
        'BeBack is already open on this database. Close the other BeBack window (or `npm run web`) first.',
      );
    } finally {
      first.kill('SIGTERM');
      await firstExited;
    }
  }, 60_000);
});
