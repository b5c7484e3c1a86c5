// SQL for save credits: the commission lines reps earn from manager saves, referrals and partner sales.

import { sql } from 'kysely';
import type { CreditDto } from '../../../shared/contract/dto';
import type { CreditKind } from '../../../shared/domain/vocab';
import { all, type Executor, inList, matches, one, run } from '../../db/store';

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
export async function insertCredit(ex: Executor, c: NewCredit): Promise<number | null> {
  const row = await one(
    ex,
    sql<{
      id: number;
    }>`INSERT INTO save_credits (employee_id, walkout_id, kind, amount_cents, referral_id, created_at)
       VALUES (${c.employeeId}, ${c.walkoutId}, ${c.kind}, ${c.amountCents}, ${c.referralId ?? null}, ${c.at})
       ON CONFLICT DO NOTHING RETURNING id`,
  );
  return row ? Number(row.id) : null;
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

export async function creditsInPeriod(
  ex: Executor,
  from: number,
  to: number,
  employeeId: number | null,
): Promise<CreditDto[]> {
  const rows = await all(
    ex,
    sql<CreditRow>`${sql.raw(SELECT)} WHERE c.created_at >= ${from} AND c.created_at < ${to}
       AND ${matches('c.employee_id', employeeId)}
       ORDER BY e.name, c.created_at, c.id`,
  );
  return rows.map(toDto);
}

export async function creditsOfWalkout(ex: Executor, walkoutId: number): Promise<CreditDto[]> {
  const rows = await all(
    ex,
    sql<CreditRow>`${sql.raw(SELECT)} WHERE c.walkout_id = ${walkoutId} ORDER BY c.id`,
  );
  return rows.map(toDto);
}

/** How many of these ids are save credits (each counted once). */
export async function countCredits(ex: Executor, ids: readonly number[]): Promise<number> {
  const row = await one(
    ex,
    sql<{ n: number }>`SELECT count(*) AS n FROM save_credits WHERE id IN (${inList(ids)})`,
  );
  return Number(row?.n ?? 0);
}

/** Paid lines are never deleted or re-paid: only unpaid ids are stamped. Returns how many were. */
export async function markCreditsPaid(ex: Executor, ids: readonly number[], paidAt: number): Promise<number> {
  return run(
    ex,
    sql`UPDATE save_credits SET paid_at = ${paidAt} WHERE paid_at IS NULL AND id IN (${inList(ids)})`,
  );
}
