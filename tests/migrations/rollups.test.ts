// The read path's roll-up definitions (electron/db/rollups.ts) agree with what the frozen migrations built:
// the triggers a bulk load drops and recreates are, to the character, the migrated ones, and the cube
// tables have the columns the dashboard queries name.
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import {
  CUBES,
  cubeTriggers,
  MEASURES,
  REASON_CUBES,
  ROLLUP_TRIGGERS,
  reasonTriggers,
} from '../../electron/db/rollups';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  migrate(db);
});

const triggerSql = () =>
  Object.fromEntries(
    (
      db
        .prepare(
          "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'dash\\_%' ESCAPE '\\' OR name LIKE 'walkout\\_reasons\\_%' ESCAPE '\\') ORDER BY name",
        )
        .all() as { name: string; sql: string }[]
    ).map((r) => [r.name, r.sql]),
  );

const columnsOf = (table: string) =>
  (db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(table) as { name: string }[]).map(
    (c) => c.name,
  );

describe('roll-up definitions of the read path', () => {
  it('ROLLUP_TRIGGERS names every roll-up trigger of a migrated database', () => {
    expect(Object.keys(triggerSql()).sort()).toEqual([...ROLLUP_TRIGGERS].sort());
  });

  it('the triggers recreated at run time are the text the migrations left in sqlite_master', () => {
    const migrated = triggerSql();
    for (const t of ROLLUP_TRIGGERS) db.exec(`DROP TRIGGER ${t}`);
    db.exec(cubeTriggers());
    db.exec(reasonTriggers());
    const recreated = triggerSql();
    for (const t of ROLLUP_TRIGGERS) {
      expect(
        recreated[t],
        `${t} as electron/db/rollups.ts makes it is not the trigger the migrations made. A roll-up change ` +
          'is a new migration holding its literal SQL (then `npm run schema:snapshot`).',
      ).toBe(migrated[t]);
    }
  });

  it('every cube table ends with the measures, in order, after its keys', () => {
    const measures = MEASURES.map(([m]) => m);
    for (const c of CUBES) {
      const keys = [
        ...(c.category ? ['category'] : []),
        c.period,
        ...(c.employee ? ['employee_id'] : []),
        'objection',
      ];
      expect(columnsOf(c.table), c.table).toEqual([...keys, ...measures]);
    }
  });

  it('every reason cube is keyed by period, reason and its one dimension', () => {
    for (const c of REASON_CUBES) {
      expect(columnsOf(c.table), c.table).toEqual([c.period, 'reason_id', c.dim, 'walkouts', 'sold']);
    }
  });
});
