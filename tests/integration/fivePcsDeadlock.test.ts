// Two PCs whose transactions lock the same rows in opposite order: PostgreSQL ends one as a deadlock's victim,
// and the store runs it again, so both PCs' writes land and neither is told "something went wrong".
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgPool } from '../../electron/db/pg/pool';
import { postgresStore, type Store } from '../../electron/db/store';
import { freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';

let db: PgTestDatabase | null = null;
const stores: Store[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
  await db?.drop();
});

describe('a deadlock between two PCs', () => {
  it('is run again, and both writes land', async () => {
    db = await freshPgDatabase();
    const pc = () => {
      const s = postgresStore(openPgPool({ connectionString: db!.url }));
      stores.push(s);
      return s;
    };
    const [a, b] = [pc(), pc()];
    await sql`INSERT INTO reasons (id, text, category, created_at) VALUES (1, 'one', 'other', 0), (2, 'two', 'other', 0)`.execute(
      a.db,
    );
    // Both hold their first row before either asks for the second: a deadlock, every time.
    let held = 0;
    let bothHold: () => void = () => {};
    const barrier = new Promise<void>((resolve) => {
      bothHold = resolve;
    });
    let runs = 0;
    const write = (s: Store, first: number, second: number) =>
      s.transaction(async (tx) => {
        runs++;
        await sql`UPDATE reasons SET text = text || ${`+${first}`} WHERE id = ${first}`.execute(tx);
        if (++held === 2) bothHold();
        await barrier;
        await sql`UPDATE reasons SET text = text || ${`+${first}`} WHERE id = ${second}`.execute(tx);
      });
    await Promise.all([write(a, 1, 2), write(b, 2, 1)]);
    expect(runs).toBe(3);
    const rows = await sql<{ text: string }>`SELECT text FROM reasons ORDER BY id`.execute(a.db);
    // Each reason got both PCs' marks once: the victim's first try left nothing behind.
    expect(rows.rows.map((r) => r.text.split('+').sort())).toEqual([
      ['1', '2', 'one'],
      ['1', '2', 'two'],
    ]);
  }, 20_000);
});
