// SQL for save credits: the commission lines reps earn from manager saves, referrals and partner sales.
import type { CreditDto } from '../../../shared/contract/dto';
import type { CreditKind } from '../../../shared/domain/vocab';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';

export interface NewCredit {
  employeeId: number;
  walkoutId: number;
  kind: CreditKind;
  amountCents: number;
  referralId?: number | null;
  at: number;
}

/**
 * Once per (walkout, kind, referral): the unique index makes a re-sold walkout or a re-imported outcome
 * a no-op. The amount is the setting in force now, written into the row, so a later change never
 * rewrites it. Returns the new credit's id, or null when the walkout was already credited.
 */
export function insertCredit(db: Db, c: NewCredit): number | null {
  const info = prepared(
    db,
    `INSERT OR IGNORE INTO save_credits (employee_id, walkout_id, kind, amount_cents, referral_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(c.employeeId, c.walkoutId, c.kind, c.amountCents, c.referralId ?? null, c.at);
  return info.changes === 1 ? Number(info.lastInsertRowid) : null;
}

interface CreditRow {
  id: number;
  employee_id: number;
  employee_name: string;
  walkout_id: number;
  kind: CreditKind;
  amount_cents: number;
  created_at: number;
  paid_at: number | null;
  prospect_name: string;
  product: string;
  sold_at: number | null;
  sale_amount_cents: number | null;
  referred_name: string | null;
}

const SELECT = `
  SELECT c.id, c.employee_id, e.name AS employee_name, c.walkout_id, c.kind, c.amount_cents, c.created_at, c.paid_at,
         trim(p.first_name || ' ' || p.last_name) AS prospect_name, w.product, w.sold_at, w.sale_amount_cents,
         trim(rp.first_name || ' ' || rp.last_name) AS referred_name
    FROM save_credits c
    JOIN employees e ON e.id = c.employee_id
    JOIN walkouts w ON w.id = c.walkout_id
    JOIN prospects p ON p.id = w.prospect_id
    LEFT JOIN referrals r ON r.id = c.referral_id
    LEFT JOIN prospects rp ON rp.id = r.prospect_id`;

const toDto = (r: CreditRow): CreditDto => ({
  id: r.id,
  employeeId: r.employee_id,
  employeeName: r.employee_name,
  walkoutId: r.walkout_id,
  kind: r.kind,
  amountCents: r.amount_cents,
  createdAt: r.created_at,
  paidAt: r.paid_at,
  prospectName: r.prospect_name,
  product: r.product,
  soldAt: r.sold_at,
  saleAmountCents: r.sale_amount_cents,
  referredName: r.referred_name,
});

export function creditsInPeriod(db: Db, from: number, to: number, employeeId: number | null): CreditDto[] {
  const rows = prepared(
    db,
    `${SELECT} WHERE c.created_at >= ? AND c.created_at < ? AND (? IS NULL OR c.employee_id = ?)
       ORDER BY e.name, c.created_at, c.id`,
  ).all(from, to, employeeId, employeeId) as CreditRow[];
  return rows.map(toDto);
}

export function creditsOfWalkout(db: Db, walkoutId: number): CreditDto[] {
  return (prepared(db, `${SELECT} WHERE c.walkout_id = ? ORDER BY c.id`).all(walkoutId) as CreditRow[]).map(
    toDto,
  );
}

/** Paid lines are never deleted or re-paid: only unpaid ids are stamped. Returns how many were. */
/** How many of these ids are save credits (each counted once). */
export function countCredits(db: Db, ids: readonly number[]): number {
  return prepared(db, 'SELECT count(*) FROM save_credits WHERE id IN (SELECT value FROM json_each(?))')
    .pluck()
    .get(JSON.stringify(ids)) as number;
}

export function markCreditsPaid(db: Db, ids: readonly number[], paidAt: number): number {
  return prepared(
    db,
    'UPDATE save_credits SET paid_at = ? WHERE paid_at IS NULL AND id IN (SELECT value FROM json_each(?))',
  ).run(paidAt, JSON.stringify(ids)).changes;
}
