// SQL for the outcome round-trip: the leads a partner sent us as they stand now, and what the partner told
// us of the leads we sent them.
import { sql } from 'kysely';
import type { Outcome } from '../../../shared/domain/vocab';
import { all, type Executor, one, run } from '../../db/store';
import type { PartnerOutcome } from './formats/types';

export interface ReceivedRow {
  id: number;
  share_id: string;
  status: string;
  sold_at: number | null;
  sale_amount_cents: number | null;
  last_outcome: Outcome | null;
}

/** The walkouts that came from the partner, with the last outcome of their calls. */
export async function receivedLeads(ex: Executor, partnerId: number): Promise<ReceivedRow[]> {
  return all(
    ex,
    sql<ReceivedRow>`SELECT w.id, w.share_id, w.status, w.sold_at, w.sale_amount_cents,
            (SELECT f.outcome FROM follow_ups f WHERE f.walkout_id = w.id AND f.status = 'done'
              ORDER BY f.completed_at DESC, f.id DESC LIMIT 1) AS last_outcome
       FROM walkouts w WHERE w.origin_partner_id = ${partnerId} ORDER BY w.id`,
  );
}

/** Our walkout of that share id as last sent to the partner, with the outcome they last told us. */
export async function sharedWalkout(
  ex: Executor,
  shareId: string,
  partnerId: number,
): Promise<{ id: number; outcome: PartnerOutcome | null } | undefined> {
  return one(
    ex,
    sql<{ id: number; outcome: PartnerOutcome | null }>`SELECT w.id, sw.outcome FROM walkouts w
       JOIN share_batch_walkouts sw ON sw.walkout_id = w.id JOIN share_batches b ON b.id = sw.batch_id
      WHERE w.share_id = ${shareId} AND b.partner_id = ${partnerId} AND b.kind = 'lead_export'
      ORDER BY b.id DESC LIMIT 1`,
  );
}

/** What the partner says became of a lead we sent them, on every export that carried it. */
export async function setSharedOutcome(
  ex: Executor,
  walkoutId: number,
  partnerId: number,
  outcome: PartnerOutcome,
  at: number,
): Promise<void> {
  await run(
    ex,
    sql`UPDATE share_batch_walkouts SET outcome = ${outcome}, outcome_at = ${at}
      WHERE walkout_id = ${walkoutId}
        AND batch_id IN (SELECT id FROM share_batches WHERE partner_id = ${partnerId} AND kind = 'lead_export')`,
  );
}
