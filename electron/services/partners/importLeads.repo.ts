// SQL for importing a partner's leads in bulk. The file's leads are staged in a temp table once; matching
// and writing are then a handful of set-based statements, because a hundred thousand single-row inserts
// each carrying the walkout triggers take ten times as long as the same rows in one statement.

import { sql } from 'kysely';
import { localDay } from '../../../shared/domain/storeClock';
import type { Channel } from '../../../shared/domain/vocab';
import { idsTaken, lockForIds } from '../../db/dialect';
import { all, type Executor, insertRows, one, run } from '../../db/store';
import { PROSPECT_COLS, type ProspectRow } from '../prospects/prospects.repo';
import { fileForSearch } from '../prospects/search.repo';
import type { SharedLead } from './formats/types';

// BIGINT for times and ids: the same integers in SQLite, and wider than PostgreSQL's 32-bit INTEGER.
const STAGED = `CREATE TEMP TABLE import_leads (
  seq INTEGER PRIMARY KEY,
  -- The lead's place in the file (0-based): seq follows the visit dates instead, see stageLeads.
  pos INTEGER NOT NULL,
  share_id TEXT NOT NULL,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  phone TEXT,
  email TEXT,
  visited_at BIGINT NOT NULL,
  visit_day INTEGER NOT NULL,
  visit_day_ends_at BIGINT NOT NULL,
  product TEXT NOT NULL,
  category TEXT NOT NULL,
  price_quoted_cents BIGINT,
  objection TEXT NOT NULL,
  objection_text TEXT NOT NULL,
  pain_points TEXT NOT NULL,
  motivation TEXT NOT NULL,
  personal_details TEXT NOT NULL,
  origin_rep TEXT NOT NULL,
  already INTEGER NOT NULL DEFAULT 0,
  -- Set when the owner chose to merge the lead into a prospect already here.
  prospect_id BIGINT,
  -- The first call's channel and due time; null channel means no call (the prospect asked not to be contacted).
  channel TEXT,
  due_at BIGINT
)`;

/**
 * When a new prospect's first call is due (by phone when the lead has one, else by e-mail): one time per
 * channel for the whole file, or per lead (by its place in the file) when the calls are spread over days.
 */
export type FirstCalls =
  | { call: number; email: number }
  | ((pos: number, channel: 'call' | 'email') => number);

/**
 * Puts the file's leads in the temp table and marks (and counts) those whose share id is already here. They are staged
 * oldest visit first (seq), and the walkouts get ids in that order: the four indexes that start with or end
 * on the visit time then grow at their end, which makes writing 100 000 walkouts a quarter faster than in
 * a file's newest-first order. With firstCalls, new prospects' calls are planned as they are staged.
 * Everything staged is gone again after clearStagedLeads.
 */
export async function stageLeads(
  ex: Executor,
  leads: readonly SharedLead[],
  timeZone: string,
  firstCalls?: FirstCalls,
): Promise<{ already: number }> {
  await clearStagedLeads(ex);
  await run(ex, sql.raw(STAGED));
  const order = leads.map((_, i) => i).sort((x, y) => leads[x]!.visitedAt - leads[y]!.visitedAt || x - y);
  await insertRows(
    ex,
    sql`INSERT INTO import_leads (seq, pos, share_id, first_name, last_name, phone, email, visited_at, visit_day,
       visit_day_ends_at, product, category, price_quoted_cents, objection, objection_text, pain_points, motivation,
       personal_details, origin_rep, channel, due_at)`,
    order,
    (pos, i) => {
      const lead = leads[pos]!;
      const day = localDay(lead.visitedAt, timeZone);
      const channel = firstCalls ? (lead.phone ? 'call' : 'email') : null;
      const dueAt =
        channel === null
          ? null
          : typeof firstCalls === 'function'
            ? firstCalls(pos, channel)
            : firstCalls![channel];
      return [
        i + 1,
        pos,
        lead.shareId,
        lead.firstName,
        lead.lastName,
        lead.phone,
        lead.email,
        lead.visitedAt,
        day.day,
        day.endsAt,
        lead.product,
        lead.category,
        lead.priceQuotedCents ?? null,
        lead.objection,
        lead.objectionText,
        lead.painPoints ?? '',
        lead.notes ?? '',
        lead.personalDetails ?? '',
        lead.originRep,
        channel,
        dueAt,
      ];
    },
  );
  const already = await run(
    ex,
    sql`UPDATE import_leads SET already = 1
      WHERE EXISTS (SELECT 1 FROM walkouts w WHERE w.share_id = import_leads.share_id)`,
  );
  return { already };
}

/** Dropped rather than emptied: deleting a hundred thousand rows one by one is the slower way to free them. */
export async function clearStagedLeads(ex: Executor): Promise<void> {
  await run(ex, sql`DROP TABLE IF EXISTS import_leads`);
}

export interface StagedMatch {
  seq: number;
  /** The lead's place in the file. */
  pos: number;
  prospect: ProspectRow;
  lastVisitAt: number;
  onPhone: boolean;
  onEmail: boolean;
}

/**
 * For each new staged lead, the prospects here with the same phone or e-mail (the rule of
 * findProspectMatches), with their latest visit so the caller can offer the most recent one.
 */
export async function stagedMatches(ex: Executor): Promise<StagedMatch[]> {
  const rows = await all(
    ex,
    sql<
      ProspectRow & {
        seq: number;
        pos: number;
        lead_phone: string | null;
        lead_email: string | null;
        last_visit_at: number | null;
      }
    >`WITH pairs AS (
       SELECT s.seq, p.id FROM import_leads s JOIN prospects p ON p.phone = s.phone
        WHERE s.already = 0 AND s.phone IS NOT NULL
       UNION
       SELECT s.seq, p.id FROM import_leads s JOIN prospects p ON p.email = s.email
        WHERE s.already = 0 AND s.email IS NOT NULL)
     SELECT pairs.seq, s.pos, ${sql.raw(PROSPECT_COLS)}, s.phone AS lead_phone, s.email AS lead_email,
            (SELECT max(w.visited_at) FROM walkouts w WHERE w.prospect_id = p.id) AS last_visit_at
       FROM pairs JOIN prospects p ON p.id = pairs.id JOIN import_leads s ON s.seq = pairs.seq
      ORDER BY pairs.seq`,
  );
  return rows.map(({ seq, pos, lead_phone, lead_email, last_visit_at, ...prospect }) => ({
    seq,
    pos,
    prospect,
    lastVisitAt: last_visit_at ?? 0,
    onPhone: lead_phone !== null && prospect.phone === lead_phone,
    onEmail: lead_email !== null && prospect.email === lead_email,
  }));
}

/** The owner chose to merge this lead into a prospect already here; its first call goes so (channel null: no call). */
export async function mergeStaged(
  ex: Executor,
  seq: number,
  merge: { prospectId: number; channel: Channel | null; dueAt: number | null },
): Promise<void> {
  await run(
    ex,
    sql`UPDATE import_leads SET prospect_id = ${merge.prospectId}, channel = ${merge.channel},
      due_at = ${merge.dueAt} WHERE seq = ${seq}`,
  );
}

/** Where the staged leads came from: a partner's file (recorded in a share batch) or the store's own sheet. */
export type StagedOrigin =
  | { source: 'partner'; partnerId: number; partnerName: string; batchId: number }
  | { source: 'import'; fileName: string };

export type StagedWrite = StagedOrigin & { employeeId: number; at: number };

/**
 * Writes every staged lead not already here: a prospect (unless merged), a walkout of the origin's source,
 * its first call where it has a channel, and for a partner's lead its place in the share batch.
 * Returns how many walkouts.
 */
export async function insertStagedLeads(ex: Executor, w: StagedWrite): Promise<number> {
  // Ids are handed out past the current highest, exactly as SQLite would, so each statement can refer to
  // the rows the one before it wrote without reading them back.
  const maxId = async (table: string) =>
    Number(
      (await one(ex, sql<{ n: number }>`SELECT coalesce(max(id), 0) AS n FROM ${sql.raw(table)}`))?.n ?? 0,
    );
  const partner = w.source === 'partner' ? w : null;
  // A person from the store's own spreadsheet walked in here once: a walk-in prospect, on an imported visit.
  const prospectSource = partner ? 'partner' : 'walk_in';
  const nextStep = partner
    ? sql`'Lead from ' || ${partner.partnerName} || ' (' || origin_rep || ')'`
    : sql`'Imported from ' || ${(w as { fileName: string }).fileName} || CASE WHEN origin_rep <> '' THEN ' (' || origin_rep || ')' ELSE '' END`;
  await lockForIds(ex, 'prospects');
  await lockForIds(ex, 'walkouts');
  const prospectBase = await maxId('prospects');
  const walkoutBase = await maxId('walkouts');
  await run(
    ex,
    sql`INSERT INTO prospects (id, first_name, last_name, phone, email, preferred_channel, best_time, contact_ok,
         share_ok, do_not_contact, source, created_at, updated_at)
       SELECT ${prospectBase} + seq, first_name, last_name, phone, email,
              CASE WHEN phone IS NOT NULL THEN 'call' ELSE 'email' END, '', 1,
              0, 0, ${prospectSource}, ${w.at}, ${w.at}
         FROM import_leads WHERE already = 0 AND prospect_id IS NULL ORDER BY seq`,
  );
  const newProspects = await all(
    ex,
    sql<{ id: number }>`SELECT id FROM prospects WHERE id > ${prospectBase} ORDER BY id`,
  );
  await fileForSearch(
    ex,
    newProspects.map((r) => Number(r.id)),
  );
  // share_ok 0 above: they agreed to be shared with us, not onwards.
  const written = await run(
    ex,
    sql`INSERT INTO walkouts (id, prospect_id, employee_id, visited_at, product, category, price_quoted_cents, closeness,
         objection, objection_text, pain_points, motivation, personal_details, next_step_text, next_step_at,
         contact_refused, status, status_changed_at, share_id, created_at, updated_at, source, visit_day,
         visit_day_ends_at, origin_partner_id, origin_rep_name)
       SELECT ${walkoutBase} + seq, coalesce(prospect_id, ${prospectBase} + seq), ${w.employeeId}, visited_at, product,
              category, price_quoted_cents, 3, objection, objection_text, pain_points, motivation, personal_details,
              ${nextStep}, NULL, 0, 'open', ${w.at}, share_id,
              ${w.at}, ${w.at}, ${w.source}, visit_day, visit_day_ends_at, ${partner?.partnerId ?? null},
              ${partner ? sql`origin_rep` : null}
         FROM import_leads WHERE already = 0 ORDER BY seq`,
  );
  await run(
    ex,
    sql`INSERT INTO follow_ups (walkout_id, assignee_id, due_at, channel, purpose, status, created_at)
       SELECT ${walkoutBase} + seq, ${w.employeeId}, due_at, channel, 'first_contact', 'open', ${w.at}
         FROM import_leads WHERE already = 0 AND channel IS NOT NULL ORDER BY seq`,
  );
  if (partner) {
    await run(
      ex,
      sql`INSERT INTO share_batch_walkouts (batch_id, walkout_id)
       SELECT ${partner.batchId}, ${walkoutBase} + seq FROM import_leads WHERE already = 0 ORDER BY seq`,
    );
  }
  await idsTaken(ex, 'prospects');
  await idsTaken(ex, 'walkouts');
  return written;
}
