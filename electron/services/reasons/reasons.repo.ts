// SQL for the reason bank and each reason's track record on completed attempts.

import { type RawBuilder, sql } from 'kysely';
import type { ReasonDto } from '../../../shared/contract/dto';
import type { ReasonCategory, ReasonForRanking } from '../../../shared/domain/reasonRanking';
import type { Objection } from '../../../shared/domain/vocab';
import { all, type Executor, insertedId, one, run } from '../../db/store';

interface ReasonRow {
  id: number;
  text: string;
  category: ReasonCategory;
  products: string;
  categories: string;
  objections: string;
  active_from: number | null;
  active_until: number | null;
  retired_at: number | null;
  created_at: number;
  created_by_name: string | null;
  attempts: number | null;
  reached: number | null;
  sold: number | null;
}

/** What a manager writes; the rest of a reason (id, dates kept by the app) comes from the database. */
export type ReasonFields = Omit<ReasonForRanking, 'id' | 'retiredAt' | 'createdAt'>;

// "Reached" means someone answered: the outcomes that are not voicemail / no answer / wrong number.
// "Sold" counts walkouts sold after an attempt that used the reason, once per walkout. `which` narrows the
// attempts read: one reason's are found through its index, where all reasons' mean every attempt made.
const statsOf = (which: RawBuilder<unknown>) => sql`
  SELECT f.reason_id,
         count(*) AS attempts,
         sum(CASE WHEN f.outcome NOT IN ('voicemail_left','no_answer','wrong_number') THEN 1 ELSE 0 END) AS reached,
         count(DISTINCT CASE WHEN w.status = 'sold' AND w.sold_at >= f.completed_at THEN w.id END) AS sold
    FROM follow_ups f JOIN walkouts w ON w.id = f.walkout_id
   WHERE f.status = 'done' AND ${which}
   GROUP BY f.reason_id`;

const RULE_COLUMNS =
  'r.id, r.text, r.category, r.products, r.categories, r.objections, r.active_from, r.active_until, r.retired_at, r.created_at';

const select = (which: RawBuilder<unknown>) => sql`
  SELECT ${sql.raw(RULE_COLUMNS)}, e.name AS created_by_name, s.attempts, s.reached, s.sold
    FROM reasons r LEFT JOIN employees e ON e.id = r.created_by
    LEFT JOIN (${statsOf(which)}) s ON s.reason_id = r.id`;

function toRule(r: Omit<ReasonRow, 'created_by_name' | 'attempts' | 'reached' | 'sold'>): ReasonForRanking {
  return {
    id: r.id,
    text: r.text,
    category: r.category,
    products: JSON.parse(r.products) as string[],
    categories: JSON.parse(r.categories) as string[],
    objections: JSON.parse(r.objections) as Objection[],
    activeFrom: r.active_from,
    activeUntil: r.active_until,
    retiredAt: r.retired_at,
    createdAt: r.created_at,
  };
}

function toDto(r: ReasonRow): ReasonDto {
  return {
    ...toRule(r),
    createdByName: r.created_by_name,
    stats: { attempts: Number(r.attempts ?? 0), reached: Number(r.reached ?? 0), sold: Number(r.sold ?? 0) },
  };
}

export async function listReasons(ex: Executor, includeRetired: boolean): Promise<ReasonDto[]> {
  const where = includeRetired ? '' : 'WHERE r.retired_at IS NULL';
  const rows = await all(
    ex,
    sql<ReasonRow>`${select(sql`f.reason_id IS NOT NULL`)} ${sql.raw(where)}
      ORDER BY CASE WHEN r.retired_at IS NULL THEN 0 ELSE 1 END, r.created_at DESC, r.id DESC`,
  );
  return rows.map(toDto);
}

export async function getReason(ex: Executor, id: number): Promise<ReasonDto | null> {
  const row = await one(ex, sql<ReasonRow>`${select(sql`f.reason_id = ${id}`)} WHERE r.id = ${id}`);
  return row ? toDto(row) : null;
}

/** A reason as the rules read it (what it fits, when it is active), without reading its track record. */
export async function getReasonRule(ex: Executor, id: number): Promise<ReasonForRanking | null> {
  const row = await one(
    ex,
    sql<ReasonRow>`SELECT ${sql.raw(RULE_COLUMNS)} FROM reasons r WHERE r.id = ${id}`,
  );
  return row ? toRule(row) : null;
}

export async function insertReason(ex: Executor, f: ReasonFields, by: number, at: number): Promise<number> {
  return insertedId(
    ex,
    sql`INSERT INTO reasons (text, category, products, categories, objections, active_from, active_until,
         created_by, created_at)
       VALUES (${f.text}, ${f.category}, ${JSON.stringify(f.products)}, ${JSON.stringify(f.categories)},
         ${JSON.stringify(f.objections)}, ${f.activeFrom}, ${f.activeUntil}, ${by}, ${at}) RETURNING id`,
  );
}

export async function updateReason(ex: Executor, id: number, f: ReasonFields, at: number): Promise<void> {
  await run(
    ex,
    sql`UPDATE reasons SET text = ${f.text}, category = ${f.category}, products = ${JSON.stringify(f.products)},
       categories = ${JSON.stringify(f.categories)}, objections = ${JSON.stringify(f.objections)},
       active_from = ${f.activeFrom}, active_until = ${f.activeUntil}, updated_at = ${at} WHERE id = ${id}`,
  );
}

export async function retireReason(ex: Executor, id: number, at: number): Promise<boolean> {
  return (
    (await run(ex, sql`UPDATE reasons SET retired_at = ${at} WHERE id = ${id} AND retired_at IS NULL`)) === 1
  );
}
