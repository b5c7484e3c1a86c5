// The store server's schema: a fresh server database reaches the latest version, a newer or foreign one is
// refused, its tables and columns are SQLite's, its CHECKs refuse what SQLite's refuse, and its PL/pgSQL
// roll-up triggers leave exactly the cubes and walkout facts SQLite's triggers leave after the same writes.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { LATEST_VERSION, migratePg, PG_MIGRATIONS, pgSchemaVersion } from '../../electron/db/pg/migrate';
import { numberTypes } from '../../electron/db/pg/pool';
import { CUBES, REASON_CUBES } from '../../electron/db/rollups';
import { freshPgDatabase, type PgTestDatabase } from '../support/pgDatabase';
import { pgSnapshotOf, readPgSnapshot } from '../support/pgSchemaSnapshot';

const opened: { client: pg.Client; db: PgTestDatabase }[] = [];

async function connect(template: 'migrated' | 'empty' = 'migrated'): Promise<pg.Client> {
  const db = await freshPgDatabase(template);
  const client = new pg.Client({ connectionString: db.url, types: numberTypes });
  await client.connect();
  opened.push({ client, db });
  return client;
}

afterAll(async () => {
  for (const { client, db } of opened) {
    await client.end();
    await db.drop();
  }
});

describe('store server migrations', () => {
  it('the server migrations are numbered as SQLite’s and reach the same latest version', () => {
    const versions = PG_MIGRATIONS.map((m) => m.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.at(-1)).toBe(MIGRATIONS.length);
    for (const m of PG_MIGRATIONS.slice(1)) expect(m.name).toBe(MIGRATIONS[m.version - 1].name);
  });

  it('an empty database is brought to the latest version, once', async () => {
    const client = await connect('empty');
    expect(await pgSchemaVersion(client)).toBe(0);
    expect(await migratePg(client)).toBe(LATEST_VERSION);
    expect(await migratePg(client)).toBe(LATEST_VERSION);
    expect((await client.query('SELECT count(*) AS n FROM beback_schema')).rows[0].n).toBe(1);
  });

  it('a fresh server database is the committed snapshot, and no server migration text changed', async () => {
    const fresh = await freshPgDatabase('empty');
    const client = new pg.Client({ connectionString: fresh.url });
    await client.connect();
    try {
      await migratePg(client);
    } finally {
      await client.end();
    }
    try {
      expect(
        pgSnapshotOf(fresh.url),
        'A fresh store-server database differs from tests/migrations/schema.pg.snapshot.sql. If you added a ' +
          'migration on purpose, run `npm run schema:snapshot` and commit both snapshots; a landed migration never changes.',
      ).toBe(readPgSnapshot());
    } finally {
      await fresh.drop();
    }
  });

  it('a database written by a newer BeBack is refused and left as it was', async () => {
    const client = await connect();
    await client.query('UPDATE beback_schema SET version = $1', [LATEST_VERSION + 5]);
    await expect(migratePg(client)).rejects.toThrow(
      `This database was written by a newer BeBack (schema ${LATEST_VERSION + 5}; this app knows up to ${LATEST_VERSION}). Update BeBack before opening it.`,
    );
    expect(await pgSchemaVersion(client)).toBe(LATEST_VERSION + 5);
  });

  it('a database holding some other application’s tables is refused, nothing created', async () => {
    const client = await connect('empty');
    await client.query('CREATE TABLE invoices (id int)');
    await expect(migratePg(client)).rejects.toThrow(
      'This database already holds other tables (invoices) and is not a BeBack store. Use an empty database.',
    );
    const tables = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    expect(tables.rows.map((r) => r.tablename)).toEqual(['invoices']);
  });
});

describe('the server schema is the embedded one', () => {
  let sqlite: Database.Database;
  let client: pg.Client;
  beforeAll(async () => {
    sqlite = new Database(':memory:');
    migrate(sqlite);
    client = await connect();
  });
  afterAll(() => sqlite.close());

  it('has the same tables with the same columns, nullability and defaults', async () => {
    const lite = sqlite
      .prepare(
        `SELECT m.name AS t, c.name AS c, c."notnull" AS nn, c.dflt_value IS NOT NULL AS d
           FROM sqlite_master m JOIN pragma_table_info(m.name) c
          WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' ORDER BY 1, 2`,
      )
      .all() as { t: string; c: string; nn: number; d: number }[];
    const server = await client.query<{ t: string; c: string; nn: number; d: number }>(
      `SELECT table_name AS t, column_name AS c, (is_nullable = 'NO')::int AS nn,
              (column_default IS NOT NULL OR is_identity = 'YES')::int AS d
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'beback_schema'
        ORDER BY table_name COLLATE "C", column_name COLLATE "C"`,
    );
    // SQLite reports an INTEGER PRIMARY KEY as nullable without a default; it is the rowid, never null.
    const key = (r: { t: string; c: string }) => `${r.t}.${r.c}`;
    const ids = new Set(server.rows.filter((r) => r.c === 'id' && r.d === 1).map(key));
    const norm = lite.map((r) => (ids.has(key(r)) ? { ...r, nn: 1, d: 1 } : r));
    expect(server.rows.map((r) => `${key(r)} nn=${r.nn} d=${r.d}`)).toEqual(
      norm.map((r) => `${key(r)} nn=${r.nn} d=${r.d}`),
    );
  });

  it('has the same indexes by name', async () => {
    const lite = sqlite
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`)
      .pluck()
      .all();
    const server = await client.query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE '%_pkey'
         AND indexname NOT LIKE '%_key' ORDER BY indexname COLLATE "C"`,
    );
    expect(server.rows.map((r) => r.indexname)).toEqual(lite);
  });

  it('refuses what the embedded CHECKs refuse', async () => {
    await client.query(
      `INSERT INTO employees (id, name, role, pin_hash, created_at) VALUES (1, 'Ann', 'staff', 'x', 0)`,
    );
    await expect(
      client.query(`INSERT INTO employees (name, role, pin_hash, created_at) VALUES ('Bo', 'boss', 'x', 0)`),
    ).rejects.toThrow(/employees_role_check/);
    await expect(
      client.query(`INSERT INTO employees (name, role, pin_hash, created_at) VALUES ('', 'staff', 'x', 0)`),
    ).rejects.toThrow(/employees_name_check/);
    await expect(client.query(`UPDATE employees SET active = 2 WHERE id = 1`)).rejects.toThrow(
      /employees_active_check/,
    );
  });
});

// ---- The same writes on both engines leave the same roll-ups ----

type Op =
  | {
      kind: 'walkout';
      prospect: number;
      visitedDay: number;
      hour: number;
      employee: number;
      objection: string;
      category: string;
      source: string;
    }
  | {
      kind: 'attempt';
      walkout: number;
      hours: number;
      outcome: string;
      purpose: string;
      reason: number | null;
      direct: boolean;
    }
  | { kind: 'sell'; walkout: number; closer: string; hours: number; cents: number }
  | { kind: 'lose'; walkout: number }
  | { kind: 'contact'; prospect: number; phone: boolean }
  | { kind: 'reassign'; walkout: number; employee: number }
  | { kind: 'delete'; walkout: number };

const DAY = 86_400_000;
const T0 = Date.parse('2026-01-05T00:00:00Z');
const OBJECTIONS = ['price', 'financing', 'timing'];
const CATEGORIES = ['Truck', 'SUV', 'EV'];
const OUTCOMES = ['sold', 'appointment_set', 'not_now', 'voicemail_left', 'no_answer'];

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('walkout' as const),
      prospect: fc.integer({ min: 1, max: 6 }),
      visitedDay: fc.integer({ min: 0, max: 70 }),
      hour: fc.integer({ min: 9, max: 19 }),
      employee: fc.integer({ min: 1, max: 3 }),
      objection: fc.constantFrom(...OBJECTIONS),
      category: fc.constantFrom(...CATEGORIES),
      source: fc.constantFrom('walk_in', 'walk_in', 'partner', 'referral'),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('attempt' as const),
      walkout: fc.integer({ min: 1, max: 12 }),
      hours: fc.integer({ min: 0, max: 300 }),
      outcome: fc.constantFrom(...OUTCOMES),
      purpose: fc.constantFrom('first_contact', 'manager_survey', 'campaign'),
      reason: fc.option(fc.integer({ min: 1, max: 2 })),
      direct: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('sell' as const),
      walkout: fc.integer({ min: 1, max: 12 }),
      closer: fc.constantFrom('rep', 'manager_save', 'partner'),
      hours: fc.integer({ min: 0, max: 400 }),
      cents: fc.integer({ min: 0, max: 5_000_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('lose' as const), walkout: fc.integer({ min: 1, max: 12 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('contact' as const),
      prospect: fc.integer({ min: 1, max: 6 }),
      phone: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reassign' as const),
      walkout: fc.integer({ min: 1, max: 12 }),
      employee: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), walkout: fc.integer({ min: 1, max: 12 }) }),
  },
);

interface Engine {
  run(sql: string, params: unknown[]): Promise<void>;
  rows(sql: string): Promise<Record<string, unknown>[]>;
}

function sqliteEngine(db: Database.Database): Engine {
  return {
    run: async (sql, params) => void db.prepare(sql).run(...params),
    rows: async (sql) => db.prepare(sql).all() as Record<string, unknown>[],
  };
}

function pgEngine(client: pg.Client): Engine {
  return {
    run: async (sql, params) => {
      let n = 0;
      await client.query(
        sql.replace(/\?/g, () => `$${++n}`),
        params,
      );
    },
    rows: async (sql) => (await client.query(sql)).rows,
  };
}

async function seed(e: Engine) {
  for (const id of [1, 2, 3]) {
    await e.run(
      `INSERT INTO employees (id, name, role, pin_hash, created_at) VALUES (?, ?, 'staff', 'x', 0)`,
      [id, `E${id}`],
    );
  }
  for (const id of [1, 2]) {
    await e.run(`INSERT INTO reasons (id, text, category, created_at) VALUES (?, ?, 'other', 0)`, [
      id,
      `R${id}`,
    ]);
  }
  for (let id = 1; id <= 6; id++) {
    await e.run(
      `INSERT INTO prospects (id, first_name, phone, email, created_at, updated_at) VALUES (?, ?, ?, NULL, 0, 0)`,
      [id, `P${id}`, id % 3 === 0 ? null : `+1312555010${id}`],
    );
  }
}

/** Applies one op to an engine; `ids` tracks the walkouts and follow-ups made so far (the same on both). */
async function apply(
  e: Engine,
  op: Op,
  state: { walkouts: Set<number>; nextWalkout: number; nextFollowUp: number; campaignCalls: Set<string> },
) {
  const has = (w: number) => state.walkouts.has(w);
  switch (op.kind) {
    case 'walkout': {
      const id = state.nextWalkout++;
      const visitedAt = T0 + op.visitedDay * DAY + op.hour * 3_600_000 + id;
      const day = Math.floor(visitedAt / DAY);
      await e.run(
        `INSERT INTO walkouts (id, prospect_id, employee_id, visited_at, category, closeness, objection, status,
           status_changed_at, share_id, created_at, updated_at, source, visit_day, visit_day_ends_at)
         VALUES (?, ?, ?, ?, ?, 3, ?, 'open', ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          op.prospect,
          op.employee,
          visitedAt,
          op.category,
          op.objection,
          visitedAt,
          `s${id}`,
          visitedAt,
          visitedAt,
          op.source,
          day,
          (day + 1) * DAY,
        ],
      );
      state.walkouts.add(id);
      return;
    }
    case 'attempt': {
      if (!has(op.walkout)) return;
      // A campaign reaches a walkout once per reason (follow_ups_campaign_once): a second is not a write
      // the app can make, on either engine.
      if (op.purpose === 'campaign' && op.reason !== null) {
        const key = `${op.walkout}:${op.reason}`;
        if (state.campaignCalls.has(key)) return;
        state.campaignCalls.add(key);
      }
      const id = state.nextFollowUp++;
      const visited = Number(
        (await e.rows(`SELECT visited_at FROM walkouts WHERE id = ${op.walkout}`))[0].visited_at,
      );
      const at = visited + op.hours * 3_600_000;
      if (op.direct) {
        await e.run(
          `INSERT INTO follow_ups (id, walkout_id, assignee_id, due_at, channel, purpose, status, reason_id, outcome, completed_at, completed_by, created_at)
           VALUES (?, ?, 1, ?, 'call', ?, 'done', ?, ?, ?, 1, ?)`,
          [id, op.walkout, at, op.purpose, op.reason, op.outcome, at, at],
        );
      } else {
        await e.run(
          `INSERT INTO follow_ups (id, walkout_id, assignee_id, due_at, channel, purpose, reason_id, created_at)
           VALUES (?, ?, 1, ?, 'call', ?, ?, ?)`,
          [id, op.walkout, at, op.purpose, op.reason, at],
        );
        await e.run(
          `UPDATE follow_ups SET status = 'done', outcome = ?, completed_at = ?, completed_by = 1 WHERE id = ?`,
          [op.outcome, at, id],
        );
      }
      return;
    }
    case 'sell': {
      if (!has(op.walkout)) return;
      await e.run(
        `UPDATE walkouts SET status = 'sold', closer = ?, sold_at = visited_at + ?, sale_amount_cents = ?, status_changed_at = visited_at + ? WHERE id = ?`,
        [op.closer, op.hours * 3_600_000, op.cents, op.hours * 3_600_000, op.walkout],
      );
      return;
    }
    case 'lose':
      if (has(op.walkout))
        await e.run(`UPDATE walkouts SET status = 'lost', closer = NULL, sold_at = NULL WHERE id = ?`, [
          op.walkout,
        ]);
      return;
    case 'contact':
      await e.run(`UPDATE prospects SET phone = ? WHERE id = ?`, [
        op.phone ? `+1773555020${op.prospect}` : null,
        op.prospect,
      ]);
      return;
    case 'reassign':
      if (has(op.walkout))
        await e.run(`UPDATE walkouts SET employee_id = ? WHERE id = ?`, [op.employee, op.walkout]);
      return;
    case 'delete':
      if (!has(op.walkout)) return;
      await e.run(`DELETE FROM follow_ups WHERE walkout_id = ?`, [op.walkout]);
      await e.run(`DELETE FROM walkouts WHERE id = ?`, [op.walkout]);
      state.walkouts.delete(op.walkout);
      return;
  }
}

const FACTS = `SELECT id, has_contact, first_attempt_at, reached, appointment, came_back, surveys, next_visit_at FROM walkouts ORDER BY id`;
const cubeRows = (table: string) =>
  `SELECT * FROM ${table} ORDER BY 1, 2, 3${table.includes('_cat') && !table.startsWith('dash_reason') ? ', 4' : ''}`;
// A key whose contributions were all taken back stays as a row of zeros on both engines; compare only the rest.
const nonZero = (rows: Record<string, unknown>[]) =>
  rows.filter((r) =>
    Object.entries(r).some(
      ([k, v]) =>
        typeof v === 'number' && v !== 0 && !['day', 'month', 'employee_id', 'reason_id'].includes(k),
    ),
  );

describe('roll-up triggers on both engines', () => {
  it('the same writes leave the same cubes, reason roll-ups and walkout facts', async () => {
    const server = await connect();
    const pgE = pgEngine(server);
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 45 }), async (ops) => {
        const lite = new Database(':memory:');
        migrate(lite);
        const liteE = sqliteEngine(lite);
        await server.query('BEGIN');
        try {
          await seed(liteE);
          await seed(pgE);
          const a = {
            walkouts: new Set<number>(),
            nextWalkout: 1,
            nextFollowUp: 1,
            campaignCalls: new Set<string>(),
          };
          const b = {
            walkouts: new Set<number>(),
            nextWalkout: 1,
            nextFollowUp: 1,
            campaignCalls: new Set<string>(),
          };
          for (const op of ops) {
            await apply(liteE, op, a);
            await apply(pgE, op, b);
          }
          expect(await pgE.rows(FACTS)).toEqual(await liteE.rows(FACTS));
          expect(await pgE.rows('SELECT * FROM walkout_reasons ORDER BY 1, 2')).toEqual(
            await liteE.rows('SELECT * FROM walkout_reasons ORDER BY 1, 2'),
          );
          for (const table of [...CUBES.map((c) => c.table), ...REASON_CUBES.map((c) => c.table)]) {
            expect(nonZero(await pgE.rows(cubeRows(table))), table).toEqual(
              nonZero(await liteE.rows(cubeRows(table))),
            );
          }
        } finally {
          await server.query('ROLLBACK');
          lite.close();
        }
      }),
      { numRuns: 30 },
    );
    // Thirty random stores on two engines: seconds alone, far longer on a loaded CI machine.
  }, 180_000);
});
