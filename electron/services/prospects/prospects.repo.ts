// SQL for prospects: the people who walked out, found again by phone or email.
import type { ProspectDto, ProspectFoundDto, ProspectMatchDto } from '../../../shared/contract/dto';
import type { Channel, ProspectSource } from '../../../shared/domain/vocab';
import type { Db } from '../../db/open';
import { prepared } from '../../db/prepared';

export interface ProspectRow {
  id: number;
  first_name: string;
  last_name: string;
  phone: string | null;
  email: string | null;
  preferred_channel: Channel;
  best_time: string;
  contact_ok: number;
  share_ok: number;
  do_not_contact: number;
  source: ProspectSource;
}

export const PROSPECT_COLS =
  'p.id, p.first_name, p.last_name, p.phone, p.email, p.preferred_channel, p.best_time, p.contact_ok, p.share_ok, p.do_not_contact, p.source';

export function toProspectDto(r: ProspectRow): ProspectDto {
  return {
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    phone: r.phone,
    email: r.email,
    preferredChannel: r.preferred_channel,
    bestTime: r.best_time,
    contactOk: r.contact_ok === 1,
    shareOk: r.share_ok === 1,
    doNotContact: r.do_not_contact === 1,
    source: r.source,
  };
}

export function getProspect(db: Db, id: number): ProspectDto | null {
  const row = prepared(db, `SELECT ${PROSPECT_COLS} FROM prospects p WHERE p.id = ?`).get(id) as
    | ProspectRow
    | undefined;
  return row ? toProspectDto(row) : null;
}

/** A found prospect's visits: how many, the last, and who served them then. */
export const VISIT_FACTS = `(SELECT count(*) FROM walkouts w WHERE w.prospect_id = p.id) AS walkout_count,
         (SELECT max(w.visited_at) FROM walkouts w WHERE w.prospect_id = p.id) AS last_visit_at,
         (SELECT e.name FROM walkouts w JOIN employees e ON e.id = w.employee_id
           WHERE w.prospect_id = p.id ORDER BY w.visited_at DESC LIMIT 1) AS last_employee_name`;
export type FoundRow = ProspectRow & {
  walkout_count: number;
  last_visit_at: number | null;
  last_employee_name: string | null;
};
export const toFound = (r: FoundRow): ProspectFoundDto => ({
  prospect: toProspectDto(r),
  walkoutCount: r.walkout_count,
  lastVisitAt: r.last_visit_at ?? 0,
  lastEmployeeName: r.last_employee_name ?? '',
});

export function findProspectMatches(db: Db, phone: string | null, email: string | null): ProspectMatchDto[] {
  if (!phone && !email) return [];
  const rows = prepared(
    db,
    `SELECT ${PROSPECT_COLS}, ${VISIT_FACTS}
       FROM prospects p
       WHERE p.id IN (SELECT id FROM prospects WHERE phone = ? UNION SELECT id FROM prospects WHERE email = ?)
       ORDER BY last_visit_at DESC LIMIT 10`,
  ).all(phone, email) as FoundRow[];
  return rows.map((r) => ({
    ...toFound(r),
    matchedOn: [
      ...(phone && r.phone === phone ? (['phone'] as const) : []),
      ...(email && r.email === email ? (['email'] as const) : []),
    ],
  }));
}

/** The fields the counter writes; a new prospect also gets where it came from. */
export interface ProspectFields {
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
  preferredChannel: Channel;
  bestTime: string;
  contactOk: boolean;
  shareOk: boolean;
}

export interface NewProspect extends ProspectFields {
  source: ProspectSource;
  referredByProspectId?: number | null;
}

export function insertProspect(db: Db, p: NewProspect, at: number): number {
  const info = prepared(
    db,
    `INSERT INTO prospects (first_name, last_name, phone, email, preferred_channel, best_time, contact_ok,
         share_ok, do_not_contact, source, referred_by_prospect_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
  ).run(
    p.firstName,
    p.lastName,
    p.phone,
    p.email,
    p.preferredChannel,
    p.bestTime,
    Number(p.contactOk),
    Number(p.shareOk),
    p.source,
    p.referredByProspectId ?? null,
    at,
    at,
  );
  return Number(info.lastInsertRowid);
}

/** A returning be-back's merged fields (see returningProspect.ts: blanks and untouched choices kept). */
export function updateProspect(db: Db, id: number, p: ProspectFields, at: number): void {
  prepared(
    db,
    `UPDATE prospects SET first_name = ?, last_name = ?, phone = ?, email = ?, preferred_channel = ?, best_time = ?,
       contact_ok = ?, share_ok = ?, updated_at = ? WHERE id = ?`,
  ).run(
    p.firstName,
    p.lastName,
    p.phone,
    p.email,
    p.preferredChannel,
    p.bestTime,
    Number(p.contactOk),
    Number(p.shareOk),
    at,
    id,
  );
}

export function markDoNotContact(db: Db, id: number, at: number): void {
  prepared(db, 'UPDATE prospects SET do_not_contact = 1, contact_ok = 0, updated_at = ? WHERE id = ?').run(
    at,
    id,
  );
}

/** Which of these prospects the employee has worked: a visit they logged, or a call on their calendar. */
export function prospectsWorkedBy(db: Db, employeeId: number, ids: number[]): Set<number> {
  if (ids.length === 0) return new Set();
  const rows = prepared(
    db,
    `SELECT DISTINCT w.prospect_id FROM walkouts w
      WHERE w.prospect_id IN (SELECT value FROM json_each(?))
        AND (w.employee_id = ? OR EXISTS (SELECT 1 FROM follow_ups f WHERE f.walkout_id = w.id AND f.assignee_id = ?))`,
  )
    .pluck()
    .all(JSON.stringify(ids), employeeId, employeeId) as number[];
  return new Set(rows);
}
