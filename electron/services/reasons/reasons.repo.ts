// SQL for the reason bank and each reason's track record on completed attempts.
import type { ReasonDto } from '../../../shared/contract/dto';
import type { ReasonCategory, ReasonForRanking } from '../../../shared/domain/reasonRanking';
import type { Objection } from '../../../shared/domain/vocab';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';

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
const statsOf = (which: string) => `
  SELECT f.reason_id,
         count(*) AS attempts,
         sum(f.outcome NOT IN ('voicemail_left','no_answer','wrong_number')) AS reached,
         count(DISTINCT CASE WHEN w.status = 'sold' AND w.sold_at >= f.completed_at THEN w.id END) AS sold
    FROM follow_ups f JOIN walkouts w ON w.id = f.walkout_id
   WHERE f.status = 'done' AND ${which}
   GROUP BY f.reason_id`;

const RULE_COLUMNS =
  'r.id, r.text, r.category, r.products, r.categories, r.objections, r.active_from, r.active_until, r.retired_at, r.created_at';

const select = (which: string) => `
  SELECT ${RULE_COLUMNS}, e.name AS created_by_name, s.attempts, s.reached, s.sold
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
    stats: { attempts: r.attempts ?? 0, reached: r.reached ?? 0, sold: r.sold ?? 0 },
  };
}

/** Column values in the order both writes list them: text, category, products … active_until. */
function columns(f: ReasonFields) {
  return [
    f.text,
    f.category,
    JSON.stringify(f.products),
    JSON.stringify(f.categories),
    JSON.stringify(f.objections),
    f.activeFrom,
    f.activeUntil,
  ] as const;
}

export function listReasons(db: Db, includeRetired: boolean): ReasonDto[] {
  const where = includeRetired ? '' : 'WHERE r.retired_at IS NULL';
  const rows = prepared(
    db,
    `${select('f.reason_id IS NOT NULL')} ${where} ORDER BY r.retired_at IS NOT NULL, r.created_at DESC, r.id DESC`,
  ).all();
  return (rows as ReasonRow[]).map(toDto);
}

export function getReason(db: Db, id: number): ReasonDto | null {
  const row = prepared(db, `${select('f.reason_id = @id')} WHERE r.id = @id`).get({ id }) as
    | ReasonRow
    | undefined;
  return row ? toDto(row) : null;
}

/** A reason as the rules read it (what it fits, when it is active), without reading its track record. */
export function getReasonRule(db: Db, id: number): ReasonForRanking | null {
  const row = prepared(db, `SELECT ${RULE_COLUMNS} FROM reasons r WHERE r.id = ?`).get(id) as
    | ReasonRow
    | undefined;
  return row ? toRule(row) : null;
}

export function insertReason(db: Db, f: ReasonFields, by: number, at: number): number {
  const info = prepared(
    db,
    `INSERT INTO reasons (text, category, products, categories, objections, active_from, active_until, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...columns(f), by, at);
  return Number(info.lastInsertRowid);
}

export function updateReason(db: Db, id: number, f: ReasonFields, at: number): void {
  prepared(
    db,
    `UPDATE reasons SET text = ?, category = ?, products = ?, categories = ?, objections = ?, active_from = ?,
       active_until = ?, updated_at = ? WHERE id = ?`,
  ).run(...columns(f), at, id);
}

export function retireReason(db: Db, id: number, at: number): boolean {
  return (
    prepared(db, 'UPDATE reasons SET retired_at = ? WHERE id = ? AND retired_at IS NULL').run(at, id)
      .changes === 1
  );
}
