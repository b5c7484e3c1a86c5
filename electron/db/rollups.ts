// The dashboard roll-ups as the read path sees them: one list of measures and cubes that the metrics
// queries read, and the triggers and backfills that bulk loads (bench, tests) drop, refill and recreate.
// Migrations never import this file: each holds the literal SQL it ran (migrations 0005, 0007, 0008), and
// tests/migrations check that the tables have these columns and that the triggers made here are, to the
// character, the ones a migrated database holds (0017 last rewrote them). A change here that changes a trigger or a cube is a new
// migration with its own literal text.

const DAY = 86_400_000;

/**
 * Speed-to-first-contact bucket of a walkout row R (NEW or OLD); "same day" is the local visit day. A walkout
 * that left no phone or email is in none of the buckets ('no_contact', counted apart). 'never' here is every
 * walkout with contact and no completed attempt: which of them are "not yet due" depends on the time of
 * reading, so the read path splits it (dashboard.metrics notYetDue), never a roll-up.
 */
export const speedOf = (r: string) => `CASE
  WHEN ${r}.has_contact = 0 THEN 'no_contact'
  WHEN ${r}.first_attempt_at IS NULL THEN 'never'
  WHEN ${r}.first_attempt_at < ${r}.visit_day_ends_at THEN 'same_day'
  WHEN ${r}.first_attempt_at - ${r}.visited_at < ${DAY} THEN 'lt_24h'
  WHEN ${r}.first_attempt_at - ${r}.visited_at < ${3 * DAY} THEN 'd1_3'
  WHEN ${r}.first_attempt_at - ${r}.visited_at < ${7 * DAY} THEN 'd3_7'
  ELSE 'gt_7d' END`;

/** The buckets the cubes keep, in their column order ('no_contact' came later, with migration 0017). */
export const SPEEDS = ['same_day', 'lt_24h', 'd1_3', 'd3_7', 'gt_7d', 'never'] as const;
const ROLLED_SPEEDS = [...SPEEDS, 'no_contact'] as const;

/**
 * The funnel's stages, nested (PRODUCT.md): a walkout counts at a stage when it reached it or any later one,
 * so a walkout sold without an appointment still counts as reached. One condition per stage over a walkouts
 * row R, written to run on both engines (the drill-down lists read them on PostgreSQL too).
 */
const SOLD_STAGE = (r: string) => `${r}.status = 'sold'`;
const APPT_STAGE = (r: string) => `(${r}.appointment = 1 OR ${r}.came_back = 1 OR ${SOLD_STAGE(r)})`;
const REACHED_STAGE = (r: string) => `(${r}.reached = 1 OR ${APPT_STAGE(r)})`;
const CONTACT_STAGE = (r: string) => `(${r}.has_contact = 1 OR ${REACHED_STAGE(r)})`;
export const FUNNEL_STAGES = {
  walkouts: () => '1 = 1',
  withContact: CONTACT_STAGE,
  reached: REACHED_STAGE,
  appointmentOrBack: APPT_STAGE,
  sold: SOLD_STAGE,
} as const;

/** [column, contribution of one walkout row R]. */
export const MEASURES: [string, (r: string) => string][] = [
  ['walkouts', () => '1'],
  ['with_contact', (r) => `${r}.has_contact`],
  [
    'compliant',
    (r) =>
      `(${r}.has_contact AND ${r}.first_attempt_at IS NOT NULL AND ${r}.first_attempt_at <= ${r}.visited_at + ${DAY})`,
  ],
  ['sold', (r) => `(${r}.status = 'sold')`],
  ['sold_rep', (r) => `(${r}.status = 'sold' AND ${r}.closer = 'rep')`],
  ['sold_manager_save', (r) => `(${r}.status = 'sold' AND ${r}.closer = 'manager_save')`],
  ['sold_partner', (r) => `(${r}.status = 'sold' AND ${r}.closer = 'partner')`],
  [
    'value_cents',
    (r) => `CASE WHEN ${r}.status = 'sold' THEN coalesce(${r}.sale_amount_cents, 0) ELSE 0 END`,
  ],
  ['reached', (r) => `${r}.reached`],
  ['appt_or_back', (r) => `(${r}.appointment OR ${r}.came_back)`],
  ['surveys', (r) => `${r}.surveys`],
  ...SPEEDS.map((b): [string, (r: string) => string] => [`speed_${b}`, (r) => `(${speedOf(r)} = '${b}')`]),
  ...SPEEDS.map((b): [string, (r: string) => string] => [
    `sold_${b}`,
    (r) => `(${speedOf(r)} = '${b}' AND ${r}.status = 'sold')`,
  ]),
  // Migration 0017: the measures appended to every cube.
  ...ROLLED_SPEEDS.slice(SPEEDS.length).flatMap((b): [string, (r: string) => string][] => [
    [`speed_${b}`, (r) => `(${speedOf(r)} = '${b}')`],
    [`sold_${b}`, (r) => `(${speedOf(r)} = '${b}' AND ${r}.status = 'sold')`],
  ]),
  ['funnel_contact', CONTACT_STAGE],
  ['funnel_reached', REACHED_STAGE],
  ['funnel_appt', APPT_STAGE],
];

const monthOf = (r: string) =>
  `(CAST(strftime('%Y', ${r}.visit_day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', ${r}.visit_day * 86400, 'unixepoch') AS INTEGER) - 1)`;

/**
 * The cubes, by local day or month: by employee and objection; by objection only (a tenth of the rows,
 * for figures that need no employee); and with the category, only needed to filter by it.
 */
export const CUBES = [
  { table: 'dash_day', period: 'day', key: (r: string) => `${r}.visit_day`, category: false, employee: true },
  {
    table: 'dash_day_obj',
    period: 'day',
    key: (r: string) => `${r}.visit_day`,
    category: false,
    employee: false,
  },
  {
    table: 'dash_day_cat',
    period: 'day',
    key: (r: string) => `${r}.visit_day`,
    category: true,
    employee: true,
  },
  { table: 'dash_month', period: 'month', key: monthOf, category: false, employee: true },
  { table: 'dash_month_obj', period: 'month', key: monthOf, category: false, employee: false },
  { table: 'dash_month_cat', period: 'month', key: monthOf, category: true, employee: true },
] as const;

function keysOf(cube: (typeof CUBES)[number]): string[] {
  return [
    ...(cube.category ? ['category'] : []),
    cube.period,
    ...(cube.employee ? ['employee_id'] : []),
    'objection',
  ];
}

/** The cube triggers on walkouts, by name. */
export const CUBE_TRIGGERS = ['dash_on_insert', 'dash_on_update', 'dash_on_delete'] as const;

/** Every trigger that keeps the roll-ups, so bulk loads can switch them off and backfill instead. */
export const ROLLUP_TRIGGERS = [
  ...CUBE_TRIGGERS,
  'walkout_reasons_on_attempt',
  'walkout_reasons_on_done_insert',
  'dash_reason_on_pair',
  'dash_reason_on_first_use',
  'dash_reason_on_walkout',
  'dash_reason_on_walkout_delete',
] as const;

/** Adds (sign 1) or removes (sign -1) one walkout row's contribution to every cube. */
function apply(r: string, sign: 1 | -1): string {
  return CUBES.map((c) => {
    const keys = keysOf(c);
    const keyValues = keys.map((k) => (k === c.period ? c.key(r) : `${r}.${k}`));
    // ifnull: a sold walkout missing its closer or date must count as 0, not break the NOT NULL cube.
    const values = MEASURES.map(([, expr]) => `${sign} * ifnull(${expr(r)}, 0)`);
    const set = MEASURES.map(([m]) => `${m} = ${m} + excluded.${m}`).join(', ');
    return `INSERT INTO ${c.table} (${[...keys, ...MEASURES.map(([m]) => m)].join(', ')})
      SELECT ${[...keyValues, ...values].join(', ')} WHERE ${r}.source = 'walk_in'
      ON CONFLICT DO UPDATE SET ${set};`;
  }).join('\n');
}

/** The columns whose change moves a walkout's contribution. */
const WATCHED = [
  'source',
  'visit_day',
  'visit_day_ends_at',
  'visited_at',
  'employee_id',
  'category',
  'objection',
  'status',
  'closer',
  'sale_amount_cents',
  'has_contact',
  'first_attempt_at',
  'reached',
  'appointment',
  'came_back',
  'surveys',
];

/**
 * The cube triggers, as migration 0007 made them. Only walk-ins count, so a trigger skips other walkouts
 * at once (its WHEN) rather than running every cube's statement to add nothing: a partner's 100 000
 * leads cost no roll-up work.
 */
export function cubeTriggers(): string {
  return `
CREATE TRIGGER dash_on_insert AFTER INSERT ON walkouts
  WHEN NEW.source = 'walk_in' BEGIN
${apply('NEW', 1)}
END;
CREATE TRIGGER dash_on_update AFTER UPDATE OF ${WATCHED.join(', ')} ON walkouts
  WHEN OLD.source = 'walk_in' OR NEW.source = 'walk_in' BEGIN
${apply('OLD', -1)}
${apply('NEW', 1)}
END;
CREATE TRIGGER dash_on_delete AFTER DELETE ON walkouts
  WHEN OLD.source = 'walk_in' BEGIN
${apply('OLD', -1)}
END;`;
}

/** Fills the cubes from the walkouts already in the database (one pass, on upgrade). */
export function backfillCubes(): string {
  return CUBES.map((c) => {
    const keys = keysOf(c);
    const keyValues = keys.map((k) => (k === c.period ? c.key('w') : `w.${k}`));
    const sums = MEASURES.map(([, expr]) => `sum(ifnull(${expr('w')}, 0))`);
    return `INSERT INTO ${c.table} (${[...keys, ...MEASURES.map(([m]) => m)].join(', ')})
      SELECT ${[...keyValues, ...sums].join(', ')} FROM walkouts w WHERE w.source = 'walk_in'
      GROUP BY ${keyValues.join(', ')};`;
  }).join('\n');
}

// ---- Reasons used: one row per (walkout, reason) with its first use, rolled up per day and month ----
// Kept by employee, by objection and by category separately (two filters together are read live):
// a reason × employee × objection × category cube would hold as many rows as there are walkouts.

export const REASON_CUBES = [
  { table: 'dash_reason_day_emp', period: 'day', dim: 'employee_id' },
  { table: 'dash_reason_day_obj', period: 'day', dim: 'objection' },
  { table: 'dash_reason_day_cat', period: 'day', dim: 'category' },
  { table: 'dash_reason_month_emp', period: 'month', dim: 'employee_id' },
  { table: 'dash_reason_month_obj', period: 'month', dim: 'objection' },
  { table: 'dash_reason_month_cat', period: 'month', dim: 'category' },
] as const;

const periodKey = (period: 'day' | 'month', r: string) => (period === 'day' ? `${r}.visit_day` : monthOf(r));

/** Adds or removes the contribution of pairs P (rows of walkout_reasons) of walkout row W. */
function applyPairs(from: string, w: string, p: string, sign: 1 | -1): string {
  return REASON_CUBES.map(
    (c) => `INSERT INTO ${c.table} (${c.period}, reason_id, ${c.dim}, walkouts, sold)
      SELECT ${periodKey(c.period, w)}, ${p}.reason_id, ${w}.${c.dim}, ${sign},
             ${sign} * ifnull(${w}.status = 'sold' AND ${w}.sold_at >= ${p}.first_used_at, 0)
        ${from}
      ON CONFLICT DO UPDATE SET walkouts = walkouts + excluded.walkouts, sold = sold + excluded.sold;`,
  ).join('\n');
}

const PAIR_FROM_FOLLOW_UP = `INSERT INTO walkout_reasons (walkout_id, reason_id, first_used_at)
    VALUES (NEW.walkout_id, NEW.reason_id, NEW.completed_at)
    ON CONFLICT DO UPDATE SET first_used_at = min(first_used_at, excluded.first_used_at);`;

/** The reason-use triggers, as migrations 0005 (pairs) and 0008 (roll-ups) made them. */
export function reasonTriggers(): string {
  const oneWalkout = (p: string) => `FROM walkouts w WHERE w.id = ${p}.walkout_id AND w.source = 'walk_in'`;
  const pairsOf = (w: string) =>
    `FROM walkout_reasons p WHERE p.walkout_id = ${w}.id AND ${w}.source = 'walk_in'`;
  return `
CREATE TRIGGER walkout_reasons_on_attempt AFTER UPDATE OF status ON follow_ups
  WHEN NEW.status = 'done' AND OLD.status <> 'done' AND NEW.reason_id IS NOT NULL BEGIN
  ${PAIR_FROM_FOLLOW_UP}
END;
CREATE TRIGGER walkout_reasons_on_done_insert AFTER INSERT ON follow_ups
  WHEN NEW.status = 'done' AND NEW.reason_id IS NOT NULL BEGIN
  ${PAIR_FROM_FOLLOW_UP}
END;
CREATE TRIGGER dash_reason_on_pair AFTER INSERT ON walkout_reasons BEGIN
${applyPairs(oneWalkout('NEW'), 'w', 'NEW', 1)}
END;
CREATE TRIGGER dash_reason_on_first_use AFTER UPDATE OF first_used_at ON walkout_reasons BEGIN
${applyPairs(oneWalkout('OLD'), 'w', 'OLD', -1)}
${applyPairs(oneWalkout('NEW'), 'w', 'NEW', 1)}
END;
CREATE TRIGGER dash_reason_on_walkout AFTER UPDATE OF source, visit_day, employee_id, objection, category, status, sold_at
  ON walkouts BEGIN
${applyPairs(pairsOf('OLD'), 'OLD', 'p', -1)}
${applyPairs(pairsOf('NEW'), 'NEW', 'p', 1)}
END;
CREATE TRIGGER dash_reason_on_walkout_delete AFTER DELETE ON walkouts BEGIN
${applyPairs(pairsOf('OLD'), 'OLD', 'p', -1)}
DELETE FROM walkout_reasons WHERE walkout_id = OLD.id;
END;`;
}

/** Pairs and reason roll-ups from the follow-ups already in the database. */
export function backfillReasons(): string {
  const cubes = REASON_CUBES.map(
    (c) => `INSERT INTO ${c.table} (${c.period}, reason_id, ${c.dim}, walkouts, sold)
      SELECT ${periodKey(c.period, 'w')}, p.reason_id, w.${c.dim}, count(*),
             sum(ifnull(w.status = 'sold' AND w.sold_at >= p.first_used_at, 0))
        FROM walkout_reasons p JOIN walkouts w ON w.id = p.walkout_id WHERE w.source = 'walk_in'
       GROUP BY 1, 2, 3;`,
  ).join('\n');
  return `INSERT INTO walkout_reasons (walkout_id, reason_id, first_used_at)
  SELECT walkout_id, reason_id, min(completed_at) FROM follow_ups
   WHERE status = 'done' AND reason_id IS NOT NULL GROUP BY walkout_id, reason_id;
${cubes}`;
}
