// SQL for referrals: people a sold customer sent us, each credited to the rep who made the sale.

import { sql } from 'kysely';
import type { ReferralDto } from '../../../shared/contract/dto';
import { all, type Executor, insertedId, one } from '../../db/store';

export async function insertReferral(
  ex: Executor,
  r: { walkoutId: number; prospectId: number; employeeId: number; relationship: string },
  at: number,
): Promise<number> {
  return insertedId(
    ex,
    sql`INSERT INTO referrals (walkout_id, prospect_id, employee_id, relationship, created_at)
      VALUES (${r.walkoutId}, ${r.prospectId}, ${r.employeeId}, ${r.relationship}, ${at}) RETURNING id`,
  );
}

/** The people referred from one sold walkout, with the lead each became and its credit. */
export async function referralsOfWalkout(ex: Executor, walkoutId: number): Promise<ReferralDto[]> {
  return all(
    ex,
    sql<ReferralDto>`SELECT r.id, trim(p.first_name || ' ' || p.last_name) AS "prospectName", p.phone, r.relationship,
            (SELECT w.id FROM walkouts w WHERE w.prospect_id = p.id ORDER BY w.id LIMIT 1) AS "walkoutId",
            c.amount_cents AS "creditCents"
       FROM referrals r JOIN prospects p ON p.id = r.prospect_id
       LEFT JOIN save_credits c ON c.referral_id = r.id
      WHERE r.walkout_id = ${walkoutId} ORDER BY r.id`,
  );
}

export async function referrerName(ex: Executor, prospectId: number): Promise<string | null> {
  const row = await one(
    ex,
    sql<{ name: string }>`SELECT trim(b.first_name || ' ' || b.last_name) AS name FROM prospects p
       JOIN prospects b ON b.id = p.referred_by_prospect_id WHERE p.id = ${prospectId}`,
  );
  return row?.name ?? null;
}
