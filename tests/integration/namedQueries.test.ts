// A hot read given a name (store.ts `all(ex, query, name)`): on a store server a prepared statement on each
// pooled connection, planned once; on SQLite the statement every query already is. Either way it answers
// what the same query answers unnamed, run after run (PostgreSQL moves to one generic plan after five).
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { all, allTuples, insertedId } from '../../electron/db/store';
import { openStore, type Store } from './harness';

let s: Store;
beforeEach(async () => {
  s = await openStore();
  for (const [text, category] of [
    ['too dear', 'new_product'],
    ['not today', 'new_product'],
    ['came back', 'other'],
  ]) {
    await insertedId(
      s.data.db,
      sql<{ id: number }>`INSERT INTO reasons (text, category, created_at) VALUES (${text}, ${category}, 1)
        RETURNING id`,
    );
  }
});
afterEach(() => s.close());

const byCategory = (category: string) =>
  sql<{ text: string; n: number }>`SELECT text, (SELECT count(*) FROM reasons) AS n FROM reasons
    WHERE category = ${category} ORDER BY text`;

describe('a named read', () => {
  it('answers as the same query unnamed, for each value, ten times over', async () => {
    for (let i = 0; i < 10; i++) {
      for (const category of ['new_product', 'other', 'no such category']) {
        const named = await all(s.data.db, byCategory(category), 'test_reasons_by_category');
        expect(named).toEqual(await all(s.data.db, byCategory(category)));
      }
    }
    const none = await all(s.data.db, byCategory('no such category'), 'test_reasons_by_category');
    expect(none).toEqual([]);
    const total = Number((await all(s.data.db, sql<{ n: number }>`SELECT count(*) AS n FROM reasons`))[0].n);
    // count(*) is a bigint on PostgreSQL: the pool's type parser turns it into a number on this path too.
    expect(await all(s.data.db, byCategory('new_product'), 'test_reasons_by_category')).toEqual([
      { text: 'not today', n: total },
      { text: 'too dear', n: total },
    ]);
  });

  it('is a prepared statement on the server connection it ran on', async () => {
    if (s.data.engine !== 'postgres') return; // SQLite prepares every statement; nothing more to see
    await all(s.data.db, byCategory('other'), 'test_reasons_by_category');
    // Queries one after another take the pool's one idle connection, where the statement now lives.
    const prepared = await all<{ name: string }>(
      s.data.db,
      sql`SELECT name FROM pg_prepared_statements ORDER BY name`,
      'test_prepared_names',
    );
    expect(prepared.map((r) => r.name)).toEqual(['test_prepared_names', 'test_reasons_by_category']);
  });

  it("runs on a transaction's own connection, seeing what it wrote before the commit", async () => {
    const seen = await s.data.transaction(async (tx) => {
      await insertedId(
        tx,
        sql<{ id: number }>`INSERT INTO reasons (text, category, created_at)
          VALUES ('named read inside', 'new_idea', 1) RETURNING id`,
      );
      return all(tx, byCategory('new_idea'), 'test_reasons_by_category');
    });
    expect(seen.map((r) => r.text)).toContain('named read inside');
  });
});

describe('a named read as arrays (allTuples)', () => {
  const figures = (category: string) =>
    sql`SELECT text, category, (SELECT count(*) FROM reasons) AS n FROM reasons
      WHERE category = ${category} ORDER BY text`;
  const expected = [
    ['not today', 'new_product', 3],
    ['too dear', 'new_product', 3],
  ];

  it("answers each row's values in the SELECT's order, on the store and inside a transaction", async () => {
    for (let i = 0; i < 7; i++) {
      expect(await allTuples(s.data.db, figures('new_product'), 'test_reason_figures')).toEqual(expected);
    }
    expect(await allTuples(s.data.db, figures('none'), 'test_reason_figures')).toEqual([]);
    // SQLite's transaction runs it on the connection in raw mode; PostgreSQL's through Kysely as objects.
    const inside = await s.data.transaction((tx) =>
      allTuples(tx, figures('new_product'), 'test_reason_figures'),
    );
    expect(inside).toEqual(expected);
  });

  it('is a prepared statement on the server, beside the object rows of the same connection', async () => {
    if (s.data.engine !== 'postgres') return;
    await allTuples(s.data.db, figures('other'), 'test_reason_figures');
    const prepared = await all<{ name: string }>(
      s.data.db,
      sql`SELECT name FROM pg_prepared_statements ORDER BY name`,
      'test_prepared_names',
    );
    expect(prepared.map((r) => r.name)).toEqual(['test_prepared_names', 'test_reason_figures']);
  });
});
