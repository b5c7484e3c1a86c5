// SQL for campaigns: the walkouts a reason could reach, the calendars' existing campaign load, the writes.

import { sql } from 'kysely';
import type { Channel, Objection, Purpose } from '../../../shared/domain/vocab';
import { isPostgres, unindexed, writeMark } from '../../db/dialect';
import type { Db } from '../../db/open';
import { all, allArrays, type Executor, inList, insertRows, one, run } from '../../db/store';
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
 * these cost a few hundred ms (the superseded check is an index probe on the prospect's few visits). Read
 * inside a transaction `tx`, as arrays straight from SQLite (`sqlite`, see allArrays).
 */
export async function campaignCandidates(
  tx: Executor,
  reasonId: number,
  sqlite: Db | null,
): Promise<CampaignCandidate[]> {
  const rows = await allArrays<CandidateRow>(
    tx,
    sqlite,
    sql`SELECT w.id, w.visited_at, w.product, w.category, w.objection, w.employee_id, e.active,
            p.phone, p.email, p.preferred_channel, p.do_not_contact, p.contact_ok
       FROM walkouts w
       JOIN prospects p ON p.id = w.prospect_id
       JOIN employees e ON e.id = w.employee_id
      WHERE ${unindexed(tx, 'w.status')} IN ('open', 'not_now') AND NOT ${sql.raw(supersededSql('w'))}`, // most walkouts are open: a table scan beats the status index
  );
  const next = new Map<number, { id: number; purpose: Purpose; dueAt: number }>();
  const open = await allArrays<[number, number, Purpose, number]>(
    tx,
    sqlite,
    sql`SELECT walkout_id, id, purpose, due_at FROM follow_ups WHERE status = 'open' AND purpose <> 'manager_survey'`,
  );
  for (const [walkoutId, id, purpose, dueAt] of open) {
    const seen = next.get(walkoutId);
    if (!seen || dueAt < seen.dueAt) next.set(walkoutId, { id, purpose, dueAt });
  }
  const already = new Set(
    (
      await all(
        tx,
        sql<{ walkout_id: number }>`SELECT walkout_id FROM follow_ups
          WHERE reason_id = ${reasonId} AND purpose = 'campaign'`,
      )
    ).map((r) => r.walkout_id),
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
export async function sampleNames(
  ex: Executor,
  walkoutIds: number[],
): Promise<Map<number, { prospect: string; owner: string }>> {
  const out = new Map<number, { prospect: string; owner: string }>();
  if (walkoutIds.length === 0) return out;
  const rows = await all(
    ex,
    sql<{ id: number; prospect: string; owner: string }>`SELECT w.id,
         trim(p.first_name || ' ' || p.last_name) AS prospect, e.name AS owner
       FROM walkouts w JOIN prospects p ON p.id = w.prospect_id JOIN employees e ON e.id = w.employee_id
      WHERE w.id IN (${inList(walkoutIds)})`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of walkoutIds) {
    const r = byId.get(id);
    if (r) out.set(r.id, r);
  }
  return out;
}

/** Open campaign follow-ups already due on or after `from`, per calendar: the load the cap counts. */
export async function campaignLoad(
  ex: Executor,
  from: number,
): Promise<{ assigneeId: number; dueAt: number }[]> {
  return all(
    ex,
    sql<{
      assigneeId: number;
      dueAt: number;
    }>`SELECT assignee_id AS "assigneeId", due_at AS "dueAt" FROM follow_ups
      WHERE status = 'open' AND purpose = 'campaign' AND due_at >= ${from}`,
  );
}

/** A mark that moves with every write (dialect.writeMark): unchanged means nothing was written since. */
export async function writesSoFar(ex: Executor): Promise<number> {
  const row = await one(ex, writeMark(ex));
  return Number(row?.n ?? 0);
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
 * lost meanwhile) is skipped, as is a walkout the reason already reached (unique index), and a new call for
 * a person who has a newer visit or an open call by now.
 */
export async function writeCampaign(
  ex: Executor,
  reasonId: number,
  calls: PlannedCall[],
  at: number,
): Promise<number> {
  // Set-based: the plan goes into temporary tables in statements of a few hundred rows, then one UPDATE … FROM
  // rewrites every replaced call and one INSERT … SELECT books the new ones, which SQLite does in index order
  // far faster than a hundred thousand single-row statements.
  await run(
    ex,
    sql`CREATE TEMP TABLE IF NOT EXISTS campaign_plan (replaces INTEGER PRIMARY KEY, assignee_id BIGINT NOT NULL,
      due_at BIGINT NOT NULL, channel TEXT NOT NULL)`,
  );
  await run(
    ex,
    sql`CREATE TEMP TABLE IF NOT EXISTS campaign_new (walkout_id BIGINT NOT NULL, assignee_id BIGINT NOT NULL,
      due_at BIGINT NOT NULL, channel TEXT NOT NULL)`,
  );
  await run(ex, sql`DELETE FROM campaign_plan`);
  await run(ex, sql`DELETE FROM campaign_new`);
  await insertRows(
    ex,
    sql`INSERT INTO campaign_plan (replaces, assignee_id, due_at, channel)`,
    calls.filter((c) => c.replaces !== null),
    (c) => [c.replaces, c.assigneeId, c.dueAt, c.channel],
  );
  await insertRows(
    ex,
    sql`INSERT INTO campaign_new (walkout_id, assignee_id, due_at, channel)`,
    calls.filter((c) => c.replaces === null),
    (c) => [c.walkoutId, c.assigneeId, c.dueAt, c.channel],
  );
  // The plan was read before this transaction: meanwhile another PC may have logged a return visit of one of
  // these people, whose new visit now holds their call (rule 5). On the store server the people's rows are
  // held first, in id order, as every writer of a person's calls holds them (walkouts.repo lockProspect): a
  // return visit under way finishes first and is seen below, one that starts later waits and sees this.
  if (isPostgres(ex)) {
    await run(
      ex,
      sql`SELECT count(*) FROM (SELECT p.id FROM prospects p WHERE p.id IN (SELECT w.prospect_id FROM walkouts w
        JOIN campaign_new n ON n.walkout_id = w.id) ORDER BY p.id FOR UPDATE) held`,
    );
  }
  let booked = await run(
    ex,
    sql`INSERT INTO follow_ups (walkout_id, assignee_id, due_at, channel, purpose, reason_id, status, created_at)
       SELECT n.walkout_id, n.assignee_id, n.due_at, n.channel, 'campaign', ${reasonId}, 'open', ${at}
         FROM campaign_new n
        WHERE EXISTS (SELECT 1 FROM walkouts w WHERE w.id = n.walkout_id AND w.status IN ('open', 'not_now')
          AND NOT ${sql.raw(supersededSql('w'))}
          AND NOT EXISTS (SELECT 1 FROM walkouts s JOIN follow_ups o ON o.walkout_id = s.id
            WHERE s.prospect_id = w.prospect_id AND o.status = 'open' AND o.purpose <> 'manager_survey'))
       ON CONFLICT DO NOTHING`,
  );
  // A walkout the reason already reached is skipped rather than failing on the unique index
  // (follow_ups_campaign_once), in standard SQL both engines run alike.
  booked += await run(
    ex,
    sql`UPDATE follow_ups SET purpose = 'campaign', reason_id = ${reasonId}, assignee_id = p.assignee_id,
       due_at = p.due_at, channel = p.channel
       FROM campaign_plan p WHERE follow_ups.id = p.replaces AND follow_ups.status = 'open'
        AND NOT EXISTS (SELECT 1 FROM follow_ups c WHERE c.reason_id = ${reasonId} AND c.purpose = 'campaign'
                          AND c.walkout_id = follow_ups.walkout_id)`,
  );
  await run(ex, sql`DELETE FROM campaign_plan`);
  await run(ex, sql`DELETE FROM campaign_new`);
  return booked;
}
