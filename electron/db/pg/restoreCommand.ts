// `npm run restore:pg -- --pg <address of an empty database> <backup file>`: puts a store-server backup
// (a .pgbackup file from the Backups screen) into a new, empty database, all or nothing. The store in use is
// never restored over: the owner creates an empty database, restores into it, then points every PC at it.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { describeServer, serverOf } from '../../services/pgHost';
import { checkConnection } from './connectionCheck';
import { restorePg } from './logicalBackup';
import { numberTypes } from './pool';

const USAGE =
  'Write: npm run restore:pg -- --pg postgres://user:password@host:5432/empty_database <backup file>';

export async function restoreCommand(argv: string[], env = process.env): Promise<string> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { pg: { type: 'string' } },
    allowPositionals: true,
  });
  const url = values.pg || env.BEBACK_PG_URL;
  if (!url || positionals.length !== 1)
    throw new Error(`Say which empty database and which backup file. ${USAGE}`);
  const server = serverOf(url);
  const answer = await checkConnection(server);
  if (answer.kind === 'ready' || answer.kind === 'older' || answer.kind === 'too_new')
    throw new Error(
      `The database "${server.database}" already holds a BeBack store; a backup is restored into an empty database only.`,
    );
  if (answer.kind !== 'empty') throw new Error(answer.message);
  const client = new pg.Client({ connectionString: url, types: numberTypes });
  client.on('error', () => {});
  await client.connect();
  try {
    const summary = await restorePg(client, positionals[0]);
    const walkouts = summary.tables.find((t) => t.name === 'walkouts')?.rows ?? 0;
    return `Restored ${walkouts.toLocaleString('en-US')} walkout${walkouts === 1 ? '' : 's'} into ${describeServer(server)}. Point every PC at this database.`;
  } finally {
    await client.end().catch(() => {});
  }
}

if (process.argv[1]?.endsWith('restoreCommand.ts')) {
  restoreCommand(process.argv.slice(2)).then(
    (said) => console.log(said),
    (err: unknown) => {
      const e = err as NodeJS.ErrnoException;
      console.error(
        `BeBack could not restore: ${e.code === 'ENOENT' ? 'there is no backup file there.' : (e.message ?? String(err))}`,
      );
      process.exit(1);
    },
  );
}
