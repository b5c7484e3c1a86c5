// A small store written straight into a database at any schema version from 1 on (only the columns that
// version has), and the roll-up contents compared before and after an upgrade or a rebuild.
import type Database from 'better-sqlite3';
import {
  backfillCubes,
  backfillReasons,
  CUBES,
  cubeTriggers,
  REASON_CUBES,
  ROLLUP_TRIGGERS,
  reasonTriggers,
} from '../../electron/db/rollups';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { localDay } from '../../shared/domain/storeClock';

const DAY = 86_400_000;
const OCT_5 = Date.parse('2026-10-05T15:00:00Z');

interface WalkoutRow {
  prospect: number;
  employee: number;
  at: number;
  category: string;
  objection: string;
  sold?: { closer: 'rep' | 'manager_save'; cents: number };
  status?: 'open' | 'lost';
  source?: 'walk_in' | 'partner';
}

const WALKOUTS: WalkoutRow[] = [
  {
    prospect: 1,
    employee: 2,
    at: OCT_5,
    category: 'Mowers',
    objection: 'price',
    sold: { closer: 'rep', cents: 129_900 },
  },
  { prospect: 2, employee: 3, at: OCT_5 + 2 * DAY, category: 'Tractors', objection: 'financing' },
  { prospect: 3, employee: 2, at: OCT_5 + 30 * DAY, category: 'Mowers', objection: 'timing', status: 'lost' },
  {
    prospect: 1,
    employee: 3,
    at: OCT_5 + 40 * DAY,
    category: 'Mowers',
    objection: 'price',
    sold: { closer: 'manager_save', cents: 99_900 },
  },
  {
    prospect: 4,
    employee: 3,
    at: OCT_5 + 41 * DAY,
    category: 'Tractors',
    objection: 'comparing',
    source: 'partner',
  },
];

/** [walkout, purpose, outcome or null (open), reason, hours after the visit]. */
const FOLLOW_UPS: [number, string, string | null, number | null, number][] = [
  [1, 'first_contact', 'sold', 1, 5],
  [2, 'first_contact', 'no_answer', 2, 30],
  [2, 'check_in', null, null, 72],
  [3, 'first_contact', 'not_interested', 2, 100],
  [4, 'manager_survey', 'sold', 1, 20],
  [5, 'first_contact', 'appointment_set', 1, 2],
];

/** Writes a team, prospects, reasons, walkouts (sold, open, lost, a partner's lead) and their attempts. */
export function insertStoreAt(db: Database.Database, version: number): void {
  const tz = DEFAULT_SETTINGS.timeZone;
  db.exec(`
INSERT INTO employees (id, name, role, pin_hash, created_at) VALUES
  (1, 'Olive Owner', 'owner', 'x', ${OCT_5}), (2, 'Sam Staff', 'staff', 'x', ${OCT_5}), (3, 'Tia Staff', 'staff', 'x', ${OCT_5});
INSERT INTO prospects (id, first_name, phone, email, created_at, updated_at) VALUES
  (1, 'Ann', '+13125550101', NULL, ${OCT_5}, ${OCT_5}), (2, 'Bob', NULL, 'bob@example.com', ${OCT_5}, ${OCT_5}),
  (3, 'Cy', NULL, NULL, ${OCT_5}, ${OCT_5}), (4, 'Dee', '+13125550104', NULL, ${OCT_5}, ${OCT_5});
INSERT INTO reasons (id, text, category, created_at) VALUES
  (1, 'The new mulching deck is in', 'new_product', ${OCT_5}), (2, 'Zero-interest financing this month', 'new_policy', ${OCT_5});`);
  const extra = [
    ...(version >= 3 ? ['source'] : []),
    ...(version >= 4 ? ['visit_day', 'visit_day_ends_at'] : []),
  ];
  const walkout = db.prepare(
    `INSERT INTO walkouts (id, prospect_id, employee_id, visited_at, category, closeness, objection, status,
       status_changed_at, sold_at, closer, closed_by_employee_id, sale_amount_cents, share_id, created_at, updated_at
       ${extra.map((c) => `, ${c}`).join('')})
     VALUES (${Array.from({ length: 16 + extra.length }, () => '?').join(', ')})`,
  );
  WALKOUTS.forEach((w, i) => {
    const soldAt = w.sold ? w.at + 2 * DAY : null;
    const day = localDay(w.at, tz);
    const values = [
      ...(version >= 3 ? [w.source ?? 'walk_in'] : []),
      ...(version >= 4 ? [day.day, day.endsAt] : []),
    ];
    walkout.run(
      i + 1,
      w.prospect,
      w.employee,
      w.at,
      w.category,
      3,
      w.objection,
      w.sold ? 'sold' : (w.status ?? 'open'),
      soldAt ?? w.at,
      soldAt,
      w.sold?.closer ?? null,
      w.sold ? w.employee : null,
      w.sold?.cents ?? null,
      `share-${i + 1}`,
      w.at,
      w.at,
      ...values,
    );
  });
  const followUp = db.prepare(
    `INSERT INTO follow_ups (walkout_id, assignee_id, due_at, channel, purpose, status, reason_id, outcome,
       completed_at, completed_by, created_at) VALUES (?, ?, ?, 'call', ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const [id, purpose, outcome, reason, hours] of FOLLOW_UPS) {
    const w = WALKOUTS[id - 1];
    const at = w.at + hours * 3_600_000;
    const done = outcome !== null;
    followUp.run(
      id,
      w.employee,
      at,
      purpose,
      done ? 'done' : 'open',
      reason,
      outcome,
      done ? at : null,
      done ? w.employee : null,
      w.at,
    );
  }
  db.exec(`INSERT INTO save_credits (employee_id, walkout_id, kind, amount_cents, created_at)
    VALUES (1, 4, 'manager_save', 2500, ${OCT_5 + 42 * DAY})`);
}

const ROLLUP_TABLES = [...CUBES, ...REASON_CUBES].map((c) => c.table);

/** Every roll-up table's rows that count something, in key order, by table. */
export function rollupContents(db: Database.Database): Record<string, unknown[]> {
  return Object.fromEntries(
    ROLLUP_TABLES.map((t) => [
      t,
      db.prepare(`SELECT * FROM ${t} WHERE walkouts <> 0 ORDER BY 1, 2, 3, 4`).all(),
    ]),
  );
}

/** Empties the roll-ups and fills them again the way a bulk load does: triggers off, backfill, triggers on. */
export function rebuildRollups(db: Database.Database): void {
  db.transaction(() => {
    for (const t of ROLLUP_TRIGGERS) db.exec(`DROP TRIGGER ${t}`);
    for (const t of [...ROLLUP_TABLES, 'walkout_reasons']) db.exec(`DELETE FROM ${t}`);
    db.exec(backfillCubes());
    db.exec(backfillReasons());
    db.exec(cubeTriggers());
    db.exec(reasonTriggers());
  })();
}
