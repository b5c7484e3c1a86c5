// The data layer's query helpers inside and outside a transaction, on both engines. On SQLite a transaction's
// queries run straight on its connection (store.ts); these pin what must stay the same as through Kysely:
// rows, counts and ids, a rollback that undoes them, other queries kept out until the commit, and a
// transaction that has ended refusing further queries.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { all, insertedId, one, run } from '../../electron/db/store';
import { openStore, type Store } from './harness';

let s: Store;
beforeEach(async () => {
  s = await openStore();
});
afterEach(() => s.close());

const reasonsCount = sql<{ n: number }>`SELECT count(*) AS n FROM reasons`;
const insertReason = (text: string) =>
  sql<{
    id: number;
  }>`INSERT INTO reasons (text, category, created_at) VALUES (${text}, 'other', 1) RETURNING id`;

describe('query helpers in a transaction', () => {
  it('answer rows, ids and counts of changed rows as outside one', async () => {
    const before = Number((await one(s.data.db, reasonsCount))?.n);
    const answer = await s.data.transaction(async (tx) => {
      const first = await insertedId(tx, insertReason('bench_a'));
      const second = await insertedId(tx, insertReason('bench_b'));
      const renamed = await run(
        tx,
        sql`UPDATE reasons SET category = 'new_idea' WHERE text IN ('bench_a', 'bench_b')`,
      );
      const none = await run(tx, sql`UPDATE reasons SET category = 'new_idea' WHERE text = 'no such text'`);
      const rows = await all<{ text: string; category: string }>(
        tx,
        sql`SELECT text, category FROM reasons WHERE id IN (${first}, ${second}) ORDER BY id`,
      );
      const missing = await one(tx, sql`SELECT id FROM reasons WHERE text = 'no such text'`);
      return { ids: second - first, renamed, none, rows, missing };
    });
    expect(answer).toEqual({
      ids: 1,
      renamed: 2,
      none: 0,
      rows: [
        { text: 'bench_a', category: 'new_idea' },
        { text: 'bench_b', category: 'new_idea' },
      ],
      missing: undefined,
    });
    expect(Number((await one(s.data.db, reasonsCount))?.n)).toBe(before + 2);
  });

  it('answer row objects of the same keys, order and values', async () => {
    const query = sql<
      Record<string, unknown>
    >`SELECT 1 AS b, 'x' AS a, NULL AS c, 2 AS b, 3 AS "__proto__x" UNION ALL SELECT 4, 'y', 5.5, 6, 7`;
    const inside = await s.data.transaction((tx) => all(tx, query));
    const outside = await all(s.data.db, query);
    expect(inside).toEqual(outside);
    expect(inside.map((r) => Object.keys(r))).toEqual([
      ['b', 'a', 'c', '__proto__x'],
      ['b', 'a', 'c', '__proto__x'],
    ]);
    expect(inside).toEqual([
      { b: 2, a: 'x', c: null, __proto__x: 3 },
      { b: 6, a: 'y', c: 5.5, __proto__x: 7 },
    ]);
    expect(Object.getPrototypeOf(inside[0])).toBe(Object.prototype);
  });

  it('are undone with the transaction when its body throws', async () => {
    const before = Number((await one(s.data.db, reasonsCount))?.n);
    await expect(
      s.data.transaction(async (tx) => {
        await insertedId(tx, insertReason('bench_rolled_back'));
        expect(Number((await one(tx, reasonsCount))?.n)).toBe(before + 1);
        throw new Error('the body failed');
      }),
    ).rejects.toThrow('the body failed');
    expect(Number((await one(s.data.db, reasonsCount))?.n)).toBe(before);
  });

  it('keep a query outside the transaction waiting until it commits', async () => {
    const before = Number((await one(s.data.db, reasonsCount))?.n);
    let seenOutside: number | undefined;
    let outside: Promise<void> | undefined;
    await s.data.transaction(async (tx) => {
      await insertedId(tx, insertReason('bench_first'));
      // Started inside the transaction's body, answered only after the commit (SQLite: Kysely's connection
      // lock; PostgreSQL: another connection, which sees committed rows only).
      outside = one(s.data.db, reasonsCount).then((r) => {
        seenOutside = Number(r?.n);
      });
      await insertedId(tx, insertReason('bench_second'));
      if (s.data.engine === 'sqlite') expect(seenOutside).toBeUndefined();
    });
    await outside;
    // SQLite answers it after the commit; PostgreSQL may answer it from before the commit.
    expect(seenOutside === before + 2 || (s.data.engine === 'postgres' && seenOutside === before)).toBe(true);
  });

  it('are refused once the transaction has ended', async () => {
    let kept: Parameters<Parameters<typeof s.data.transaction>[0]>[0] | undefined;
    await s.data.transaction(async (tx) => {
      kept = tx;
    });
    if (!kept) throw new Error('no transaction');
    await expect(insertedId(kept, insertReason('bench_late'))).rejects.toThrow(
      'Transaction is already committed',
    );
    expect((await one(s.data.db, sql`SELECT id FROM reasons WHERE text = 'bench_late'`)) ?? null).toBeNull();
  });
});
