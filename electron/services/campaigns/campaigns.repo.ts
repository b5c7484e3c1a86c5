// SQL for campaigns: the walkouts a reason could reach, the calendars' existing campaign load, the writes.
import type { Channel, Objection, Purpose } from '../../../shared/domain/vocab';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';
import { supersededSql } from '../walkouts/walkouts.repo';

export interface CampaignCandidate {
  walkoutId: number;
  visitedAt: number;
  product: string;
  category: string;
  objection: Objection;
  ownerId: number;
  ownerActive: boolean;
  hasContact: boolean;
  phone: string | null;
  email: string | null;
  preferredChannel: Channel;
  doNotContact: boolean;
  contactOk: boolean;
  /** The owner's open next follow-up, which the campaign call replaces (rule 5: exactly one). */
  openFollowUpId: number | null;
  openPurpose: Purpose | null;
  alreadyInCampaign: boolean;
}

type CandidateRow = [
  walkoutId: number,
  visitedAt: number,
  product: string,
  category: string,
  objection: Objection,
  ownerId: number,
  ownerActive: number,
  phone: string | null,
  email: string | null,
  preferredChannel: Channel,
  doNotContact: number,
  contactOk: number,
];

/**
 * Open and not-now walkouts with what the plan needs, less the visits superseded by a newer one of the same
 * prospect: the person is called once, on their newest visit (rule 5). Flat scans read as arrays and joined
 * in memory: at 100 000 walkouts, correlated subqueries on follow-ups or row objects cost seconds where
 * these cost a few hundred ms (the superseded check is an index probe on the prospect's few visits).
 */
export function campaignCandidates(db: Db, reasonId: number): CampaignCandidate[] {
  const rows = prepared(
    db,
    `SELECT w.id, w.visited_at, w.product, w.category, w.objection, w.employee_id, e.active,
            p.phone, p.email, p.preferred_channel, p.do_not_contact, p.contact_ok
       FROM walkouts w
       JOIN prospects p ON p.id = w.prospect_id
       JOIN employees e ON e.id = w.employee_id
      WHERE +w.status IN ('open', 'not_now') AND NOT ${supersededSql('w')}`, // most are open: a table scan beats the status index
  )
    .raw()
    .all() as CandidateRow[];
  const next = new Map<number, { id: number; purpose: Purpose; dueAt: number }>();
  const open = prepared(
    db,
    `SELECT walkout_id, id, purpose, due_at FROM follow_ups WHERE status = 'open' AND purpose <> 'manager_survey'`,
  ).raw();
  for (const [walkoutId, id, purpose, dueAt] of open.iterate() as Iterable<
    [number, number, Purpose, number]
  >) {
    const seen = next.get(walkoutId);
    if (!seen || dueAt < seen.dueAt) next.set(walkoutId, { id, purpose, dueAt });
  }
  const already = new Set(
    prepared(db, "SELECT walkout_id FROM follow_ups WHERE reason_id = ? AND purpose = 'campaign'")
      .pluck()
      .all(reasonId) as number[],
  );
  const out = rows.map((r): CampaignCandidate => {
    const n = next.get(r[0]);
    return {
      walkoutId: r[0],
      visitedAt: r[1],
      product: r[2],
      category: r[3],
      objection: r[4],
      ownerId: r[5],
      ownerActive: r[6] === 1,
      hasContact: r[7] !== null || r[8] !== null,
      phone: r[7],
      email: r[8],
      preferredChannel: r[9],
      doNotContact: r[10] === 1,
      contactOk: r[11] === 1,
      openFollowUpId: n?.id ?? null,
      openPurpose: n?.purpose ?? null,
      alreadyInCampaign: already.has(r[0]),
    };
  });
  // Warmest first: when the cap spreads a calendar over days, the latest visits are called first.
  return out.sort((a, b) => b.visitedAt - a.visitedAt || b.walkoutId - a.walkoutId);
}

/** Names for the preview's sample rows: read for twenty walkouts, not for every candidate. */
export function sampleNames(db: Db, walkoutIds: number[]): Map<number, { prospect: string; owner: string }> {
  const stmt = prepared(
    db,
    `SELECT w.id, trim(p.first_name || ' ' || p.last_name) AS prospect, e.name AS owner
       FROM walkouts w JOIN prospects p ON p.id = w.prospect_id JOIN employees e ON e.id = w.employee_id
      WHERE w.id = ?`,
  );
  const out = new Map<number, { prospect: string; owner: string }>();
  for (const id of walkoutIds) {
    const r = stmt.get(id) as { id: number; prospect: string; owner: string } | undefined;
    if (r) out.set(r.id, r);
  }
  return out;
}

/** Open campaign follow-ups already due on or after `from`, per calendar: the load the cap counts. */
export function campaignLoad(db: Db, from: number): { assigneeId: number; dueAt: number }[] {
  return prepared(
    db,
    `SELECT assignee_id AS assigneeId, due_at AS dueAt FROM follow_ups
      WHERE status = 'open' AND purpose = 'campaign' AND due_at >= ?`,
  ).all(from) as { assigneeId: number; dueAt: number }[];
}

export interface PlannedCall {
  walkoutId: number;
  assigneeId: number;
  dueAt: number;
  channel: Channel;
  replaces: number | null;
}

/**
 * Writes the planned calls; returns how many were booked. Call inside a transaction. The campaign call
 * takes the place of the owner's next planned call (updated in place: one row per walkout, and rule 5's
 * "exactly one next follow-up" holds). A planned call that is no longer open (the walkout was sold or
 * lost meanwhile) is skipped, as is a walkout the reason already reached (unique index).
 */
export function writeCampaign(db: Db, reasonId: number, calls: PlannedCall[], at: number): number {
  // Set-based: the plan goes into a temporary table and one UPDATE … FROM rewrites every replaced call,
  // which SQLite does in index order far faster than a hundred thousand single-row statements.
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS campaign_plan (
    replaces INTEGER PRIMARY KEY, assignee_id INTEGER NOT NULL, due_at INTEGER NOT NULL, channel TEXT NOT NULL)`);
  db.exec('DELETE FROM temp.campaign_plan');
  const stage = prepared(
    db,
    'INSERT INTO temp.campaign_plan (replaces, assignee_id, due_at, channel) VALUES (?, ?, ?, ?)',
  );
  const insert = prepared(
    db,
    `INSERT OR IGNORE INTO follow_ups (walkout_id, assignee_id, due_at, channel, purpose, reason_id, status, created_at)
       SELECT ?, ?, ?, ?, 'campaign', ?, 'open', ?
        WHERE EXISTS (SELECT 1 FROM walkouts WHERE id = ? AND status IN ('open', 'not_now'))`,
  );
  let booked = 0;
  for (const c of calls) {
    if (c.replaces !== null) stage.run(c.replaces, c.assigneeId, c.dueAt, c.channel);
    else
      booked += insert.run(c.walkoutId, c.assigneeId, c.dueAt, c.channel, reasonId, at, c.walkoutId).changes;
  }
  booked += prepared(
    db,
    `UPDATE OR IGNORE follow_ups SET purpose = 'campaign', reason_id = ?, assignee_id = p.assignee_id,
       due_at = p.due_at, channel = p.channel
       FROM temp.campaign_plan p WHERE follow_ups.id = p.replaces AND follow_ups.status = 'open'`,
  ).run(reasonId).changes;
  db.exec('DELETE FROM temp.campaign_plan');
  return booked;
}
