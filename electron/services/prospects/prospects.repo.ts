// SQL for prospects: the people who walked out, found again by phone or email.

import { sql } from 'kysely';
import type { ProspectDto, ProspectFoundDto, ProspectMatchDto } from '../../../shared/contract/dto';
import type { Channel, ProspectSource } from '../../../shared/domain/vocab';
import { all, type Executor, inList, one, run } from '../../db/store';
import { fileForSearch } from './search.repo';

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

const PROSPECT_COLUMNS = [
  'id',
  'first_name',
  'last_name',
  'phone',
  'email',
  'preferred_channel',
  'best_time',
  'contact_ok',
  'share_ok',
  'do_not_contact',
  'source',
] as const;
export const PROSPECT_COLS = PROSPECT_COLUMNS.map((c) => `p.${c}`).join(', ');

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

export async function getProspect(ex: Executor, id: number): Promise<ProspectDto | null> {
  const row = await one(
    ex,
    sql<ProspectRow>`SELECT ${sql.raw(PROSPECT_COLS)} FROM prospects p WHERE p.id = ${id}`,
  );
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

export async function findProspectMatches(
  ex: Executor,
  phone: string | null,
  email: string | null,
): Promise<ProspectMatchDto[]> {
  if (!phone && !email) return [];
  const rows = await all(
    ex,
    sql<FoundRow>`SELECT ${sql.raw(PROSPECT_COLS)}, ${sql.raw(VISIT_FACTS)}
       FROM prospects p
       WHERE p.id IN (SELECT id FROM prospects WHERE phone = ${phone} UNION SELECT id FROM prospects WHERE email = ${email})
       ORDER BY last_visit_at DESC LIMIT 10`,
  );
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

/** The new prospect as stored, returned by the insert itself (no second read on the counter's path). */
export async function insertProspect(ex: Executor, p: NewProspect, at: number): Promise<ProspectDto> {
  const row = await one(
    ex,
    sql<ProspectRow>`INSERT INTO prospects (first_name, last_name, phone, email, preferred_channel, best_time, contact_ok,
         share_ok, do_not_contact, source, referred_by_prospect_id, created_at, updated_at)
       VALUES (${p.firstName}, ${p.lastName}, ${p.phone}, ${p.email}, ${p.preferredChannel}, ${p.bestTime},
         ${Number(p.contactOk)}, ${Number(p.shareOk)}, 0, ${p.source}, ${p.referredByProspectId ?? null}, ${at}, ${at})
       RETURNING ${sql.raw(PROSPECT_COLUMNS.join(', '))}`,
  );
  if (!row) throw new Error('The insert returned no prospect.');
  await fileForSearch(ex, [row.id]);
  return toProspectDto(row);
}

/** A returning be-back's merged fields (see returningProspect.ts: blanks and untouched choices kept). */
export async function updateProspect(ex: Executor, id: number, p: ProspectFields, at: number): Promise<void> {
  await run(
    ex,
    sql`UPDATE prospects SET first_name = ${p.firstName}, last_name = ${p.lastName}, phone = ${p.phone},
       email = ${p.email}, preferred_channel = ${p.preferredChannel}, best_time = ${p.bestTime},
       contact_ok = ${Number(p.contactOk)}, share_ok = ${Number(p.shareOk)}, updated_at = ${at} WHERE id = ${id}`,
  );
  await fileForSearch(ex, [id]);
}

export async function markDoNotContact(ex: Executor, id: number, at: number): Promise<void> {
  await run(
    ex,
    sql`UPDATE prospects SET do_not_contact = 1, contact_ok = 0, updated_at = ${at} WHERE id = ${id}`,
  );
}

/** A visit `w` the employee has worked: they logged it, or it has a call on their calendar. */
export const workedBy = (w: string, employeeId: number) =>
  sql`(${sql.raw(w)}.employee_id = ${employeeId}
    OR EXISTS (SELECT 1 FROM follow_ups f WHERE f.walkout_id = ${sql.raw(w)}.id AND f.assignee_id = ${employeeId}))`;

/** Which of these prospects the employee has worked (a visit of theirs, see workedBy). */
export async function prospectsWorkedBy(
  ex: Executor,
  employeeId: number,
  ids: number[],
): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await all(
    ex,
    sql<{ prospect_id: number }>`SELECT DISTINCT w.prospect_id FROM walkouts w
      WHERE w.prospect_id IN (${inList(ids)}) AND ${workedBy('w', employeeId)}`,
  );
  return new Set(rows.map((r) => r.prospect_id));
}
