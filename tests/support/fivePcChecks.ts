// What the five-PC tests check in the store-server database once the PCs stop: the four invariants (and that
// no write was done twice or half-done) as SQL that must return no rows, every acknowledged write present,
// and the roll-ups the triggers kept equal to a rebuild from the walkouts (in a transaction rolled back).
import type pg from 'pg';
import { CUBES, REASON_CUBES } from '../../electron/db/rollups';
import { supersededSql } from '../../electron/services/walkouts/walkouts.repo';
import type { PcAck } from './fivePcMessages';

/** Each check names a rule and the SQL of the rows that break it. */
export const INVARIANTS: Record<string, string> = {
  'one open next follow-up per walkout': `SELECT walkout_id FROM follow_ups
    WHERE status = 'open' AND purpose <> 'manager_survey' GROUP BY walkout_id HAVING count(*) > 1`,
  'every open walkout of a reachable person has its next follow-up': `SELECT w.id FROM walkouts w
    JOIN prospects p ON p.id = w.prospect_id
    WHERE w.status = 'open' AND p.do_not_contact = 0 AND p.contact_ok = 1
      AND (p.phone IS NOT NULL OR p.email IS NOT NULL) AND NOT ${supersededSql('w')}
      AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.walkout_id = w.id AND f.status = 'open'
        AND f.purpose <> 'manager_survey')`,
  'one open call per person': `SELECT w.prospect_id FROM follow_ups f JOIN walkouts w ON w.id = f.walkout_id
    WHERE f.status = 'open' AND f.purpose <> 'manager_survey' GROUP BY w.prospect_id HAVING count(*) > 1`,
  'one open manager survey per person': `SELECT w.prospect_id FROM follow_ups f JOIN walkouts w ON w.id = f.walkout_id
    WHERE f.status = 'open' AND f.purpose = 'manager_survey' GROUP BY w.prospect_id HAVING count(*) > 1`,
  'a walkout credited once': `SELECT walkout_id, kind FROM save_credits
    GROUP BY walkout_id, kind, coalesce(referral_id, 0) HAVING count(*) > 1`,
  'every manager save of a save-program rep is credited': `SELECT w.id FROM walkouts w
    JOIN employees e ON e.id = w.employee_id
    WHERE w.status = 'sold' AND w.closer = 'manager_save' AND e.save_program = 1
      AND NOT EXISTS (SELECT 1 FROM save_credits c WHERE c.walkout_id = w.id AND c.kind = 'manager_save')`,
  'a campaign never books twice': `SELECT reason_id, walkout_id FROM follow_ups WHERE purpose = 'campaign'
    GROUP BY reason_id, walkout_id HAVING count(*) > 1`,
  'a call logged once': `SELECT entity_id FROM audit_log WHERE entity = 'follow_up' AND action = 'update'
    GROUP BY entity_id HAVING count(*) > 1`,
  'every walkout whole (its first call and its audit line)': `SELECT w.id FROM walkouts w
    WHERE (NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.walkout_id = w.id
                        AND (f.purpose = 'first_contact'
                             -- a campaign books onto the open call it replaces: the first call, renamed
                             OR (f.purpose = 'campaign' AND f.created_at <= w.created_at + 1000)))
           -- a visit logged behind a later one already there (an earlier id: the person lock orders them) leaves
           -- the calls where they are (rule 5); each PC has its own clock, so created_at cannot say which came first
           AND NOT EXISTS (SELECT 1 FROM walkouts l WHERE l.prospect_id = w.prospect_id AND l.id < w.id
                             AND l.visited_at >= w.visited_at))
       OR NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'walkout' AND a.action = 'create'
                        AND a.entity_id = w.id)`,
  'every logged call whole (its audit line)': `SELECT f.id FROM follow_ups f WHERE f.status = 'done'
    AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'follow_up' AND a.entity_id = f.id)`,
};

/** The rules broken, each with the first rows that break it; empty when every invariant holds. */
export async function brokenInvariants(client: pg.ClientBase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [rule, text] of Object.entries(INVARIANTS)) {
    const rows = (await client.query(`${text} LIMIT 5`)).rows;
    if (rows.length) out[rule] = rows;
  }
  return out;
}

/** Acknowledged writes the database does not hold (should be none). */
export async function missingAcks(client: pg.ClientBase, acks: PcAck[]): Promise<string[]> {
  const ids = async (text: string) => new Set((await client.query(text)).rows.map((r) => Number(r.id)));
  const walkouts = await ids('SELECT id FROM walkouts');
  const followUps = await ids('SELECT id FROM follow_ups');
  const done = await ids(`SELECT id FROM follow_ups WHERE status = 'done'`);
  const sold = await ids(`SELECT id FROM walkouts WHERE status = 'sold'`);
  const missing: string[] = [];
  for (const a of acks) {
    if ((a.op === 'walkout' || a.op === 'return') && !walkouts.has(a.walkoutId))
      missing.push(`walkout ${a.walkoutId}`);
    if ((a.op === 'walkout' || a.op === 'return') && a.followUpId !== null && !followUps.has(a.followUpId))
      missing.push(`first call ${a.followUpId}`);
    if (a.op === 'call' && !done.has(a.followUpId)) missing.push(`logged call ${a.followUpId}`);
    if (a.op === 'call' && a.nextFollowUpId !== null && !followUps.has(a.nextFollowUpId))
      missing.push(`next call ${a.nextFollowUpId}`);
    if (a.op === 'sale' && !sold.has(a.walkoutId)) missing.push(`sale of walkout ${a.walkoutId}`);
  }
  return missing;
}

const ROLLUP_TABLES = [...CUBES.map((c) => c.table), ...REASON_CUBES.map((c) => c.table)];
const KEYS = new Set(['day', 'month', 'employee_id', 'reason_id', 'objection', 'category']);

/** A table's rows with any measure other than zero (a key whose contributions were taken back stays as zeros). */
async function rollupRows(client: pg.ClientBase, table: string): Promise<string[]> {
  const rows = (await client.query(`SELECT * FROM ${table}`)).rows as Record<string, unknown>[];
  return rows
    .filter((r) => Object.entries(r).some(([k, v]) => !KEYS.has(k) && v !== 0))
    .map((r) => JSON.stringify(r))
    .sort();
}

/**
 * The roll-up tables whose contents differ from a rebuild: every cube emptied and refilled from the walkouts
 * and reason pairs by the same dash_apply the triggers call, inside a transaction that is rolled back; the
 * reason pairs themselves are compared with the logged calls they come from.
 */
export async function rollupsUnlikeRebuild(client: pg.ClientBase): Promise<string[]> {
  const differ: string[] = [];
  await client.query('BEGIN');
  try {
    const kept = new Map<string, string[]>();
    for (const t of ROLLUP_TABLES) kept.set(t, await rollupRows(client, t));
    const pairs = await client.query(`SELECT count(*) AS n FROM (
        SELECT walkout_id, reason_id, first_used_at FROM walkout_reasons
        EXCEPT SELECT walkout_id, reason_id, min(completed_at) FROM follow_ups
          WHERE status = 'done' AND reason_id IS NOT NULL GROUP BY walkout_id, reason_id) d`);
    if (Number(pairs.rows[0].n) !== 0) differ.push('walkout_reasons');
    await client.query(`TRUNCATE ${ROLLUP_TABLES.join(', ')}`);
    await client.query(`SELECT dash_apply(w, 1) FROM walkouts w WHERE w.source = 'walk_in'`);
    await client.query(`SELECT dash_reason_apply(w, p.reason_id, p.first_used_at, 1)
      FROM walkout_reasons p JOIN walkouts w ON w.id = p.walkout_id`);
    for (const t of ROLLUP_TABLES) {
      const rebuilt = await rollupRows(client, t);
      if (JSON.stringify(rebuilt) !== JSON.stringify(kept.get(t))) differ.push(t);
    }
  } finally {
    await client.query('ROLLBACK');
  }
  return differ;
}
