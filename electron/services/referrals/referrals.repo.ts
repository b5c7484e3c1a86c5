// SQL for referrals: people a sold customer sent us, each credited to the rep who made the sale.
import type { ReferralDto } from '../../../shared/contract/dto';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';

export function insertReferral(
  db: Db,
  r: { walkoutId: number; prospectId: number; employeeId: number; relationship: string },
  at: number,
): number {
  const info = prepared(
    db,
    'INSERT INTO referrals (walkout_id, prospect_id, employee_id, relationship, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(r.walkoutId, r.prospectId, r.employeeId, r.relationship, at);
  return Number(info.lastInsertRowid);
}

/** The people referred from one sold walkout, with the lead each became and its credit. */
export function referralsOfWalkout(db: Db, walkoutId: number): ReferralDto[] {
  return prepared(
    db,
    `SELECT r.id, trim(p.first_name || ' ' || p.last_name) AS prospectName, p.phone, r.relationship,
            (SELECT w.id FROM walkouts w WHERE w.prospect_id = p.id ORDER BY w.id LIMIT 1) AS walkoutId,
            c.amount_cents AS creditCents
       FROM referrals r JOIN prospects p ON p.id = r.prospect_id
       LEFT JOIN save_credits c ON c.referral_id = r.id
      WHERE r.walkout_id = ? ORDER BY r.id`,
  ).all(walkoutId) as ReferralDto[];
}

export function referrerName(db: Db, prospectId: number): string | null {
  const row = prepared(
    db,
    `SELECT trim(b.first_name || ' ' || b.last_name) AS name FROM prospects p
       JOIN prospects b ON b.id = p.referred_by_prospect_id WHERE p.id = ?`,
  ).get(prospectId) as { name: string } | undefined;
  return row?.name ?? null;
}
