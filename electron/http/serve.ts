// `npm run web`: the real service layer and SQLite file (or store server) behind the browser door.
// Flags: --db <file> (default data/beback.sqlite) --port <n> (default 5199; 0 = any free port)
//        --no-demo (start empty) --now <ISO instant> (a test clock that starts there and runs on)
//        --pg <postgres://user:password@host:port/database> (or env BEBACK_PG_URL; the flag wins): the store
//        on a PostgreSQL store server, its backups in data/backups-pg/<database> beside --db. Without it, a
//        move to a server from Settings → Store database switches the running door over (doorServices.ts).
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseInUseError } from '../db/writerLock';
import { describeServer, serverOf } from '../services/pgHost';
import { bootDoorServices } from './doorServices';
import { startWebDoor } from './webDoor';

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: 'data/beback.sqlite' },
      port: { type: 'string', default: '5199' },
      static: { type: 'string', default: 'out/renderer' },
      'no-demo': { type: 'boolean', default: false },
      now: { type: 'string' },
      pg: { type: 'string' },
    },
  });
  const dbPath = resolve(values.db);
  mkdirSync(dirname(dbPath), { recursive: true });
  let now: (() => number) | undefined;
  let began: number | undefined;
  if (values.now) {
    const start = Date.parse(values.now);
    if (Number.isNaN(start)) throw new Error(`--now "${values.now}" is not a date`);
    // The clock stands at --now until the door is up, so a demo seeded on first start is seeded at exactly
    // that instant, whatever the boot took (as the e2e store server's demo template is); then it runs on.
    now = () => (began === undefined ? start : start + (Date.now() - began));
  }
  const pgUrl = values.pg || process.env.BEBACK_PG_URL || undefined;
  // After Settings → Store database moves (or joins) a server, the door carries on there without a restart.
  const services = await bootDoorServices({
    dbPath,
    now,
    seedDemoIfEmpty: !values['no-demo'],
    ...(pgUrl ? { pg: { connectionString: pgUrl } } : {}),
    onSwitched: (server) => console.log(`BeBack now runs on the store server ${describeServer(server)}`),
  });
  if (values.now) began = Date.now();
  const token = process.env.BEBACK_WEB_TOKEN || randomBytes(24).toString('base64url');
  const door = await startWebDoor({
    router: services.router,
    token,
    staticDir: values.static,
    port: Number(values.port),
  });
  console.log(
    pgUrl
      ? `BeBack is running on the store server ${describeServer(serverOf(pgUrl))}`
      : `BeBack is running for ${dbPath}`,
  );
  console.log(`Open ${door.url}`);
  let stopping = false;
  // The last backup (when something changed) is made before the process ends.
  const stop = () => {
    if (stopping) return;
    stopping = true;
    door
      .close()
      .then(() => services.close())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          console.error(
            `BeBack could not close cleanly: ${err instanceof Error ? err.message : String(err)}`,
          );
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof DatabaseInUseError) {
    console.error(err.message);
    process.exit(1);
  }
  console.error(`BeBack could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
