// SQL for the lead calendar's entries: a day's sections read a page at a time and counted, and one entry
// with its whole story line (the call, its visit, the person, the attempts so far).

import { sql } from 'kysely';
import type { CalendarRowDto } from '../../../shared/contract/dto';
import type { CalendarSection, Channel, Outcome, Purpose } from '../../../shared/domain/vocab';
import { allTuples, type Executor, one } from '../../db/store';
import { FOLLOW_UP_COLS, FOLLOW_UP_JOIN, type FollowUpRow, toFollowUpDto } from '../followUps/followUps.repo';
import { PROSPECT_COLS, type ProspectRow, toProspectDto } from '../prospects/prospects.repo';
import { toWalkoutDto, WALKOUT_COLS, WALKOUT_JOIN, type WalkoutRow } from '../walkouts/walkouts.repo';

type CalendarSqlRow = FollowUpRow & WalkoutRow & ProspectRow & { attempts: number };

/** A calendar entry with its whole story line: the call, its visit, the person and the attempts so far. */
const CALENDAR_SELECT = `SELECT ${FOLLOW_UP_COLS}, ${WALKOUT_COLS}, ${PROSPECT_COLS},
    (SELECT count(*) FROM follow_ups d WHERE d.walkout_id = f.walkout_id AND d.status = 'done') AS attempts
  FROM follow_ups f ${FOLLOW_UP_JOIN}
  JOIN walkouts w ON w.id = f.walkout_id ${WALKOUT_JOIN}
  JOIN prospects p ON p.id = w.prospect_id`;

function toCalendarRow(r: CalendarSqlRow): CalendarRowDto {
  return {
    followUp: toFollowUpDto(r),
    walkout: toWalkoutDto(r),
    prospect: toProspectDto(r),
    attemptsSoFar: Number(r.attempts),
  };
}

/**
 * One calendar entry as the day's read answers it, column by column in CALENDAR_DAY_COLS's order (an array
 * rather than an object: the day reads some 1 300 rows of 45 columns, and naming each value twice cost more
 * than the query).
 */
type CalendarTuple = [
  ...[
    fId: number,
    dueAt: number,
    channel: Channel,
    purpose: Purpose,
    outcome: Outcome | null,
    notes: string,
    message: string,
    reasonId: number | null,
    reasonText: string | null,
    completedAt: number | null,
    completedByName: string | null,
  ],
  ...[
    wId: number,
    employeeId: number,
    employeeName: string,
    visitedAt: number,
    product: string,
    category: string,
    priceQuotedCents: number | null,
    closeness: number,
    objection: WalkoutRow['objection'],
    objectionText: string,
    painPoints: string,
    motivation: string,
    personalDetails: string,
    nextStepText: string,
    nextStepAt: number | null,
    contactRefused: number,
    wStatus: WalkoutRow['status'],
    soldAt: number | null,
    closer: WalkoutRow['closer'],
    saleAmountCents: number | null,
    surveyObjection: WalkoutRow['survey_objection'],
    surveyText: string,
  ],
  ...[
    pId: number,
    firstName: string,
    lastName: string,
    phone: string | null,
    email: string | null,
    preferredChannel: ProspectRow['preferred_channel'],
    bestTime: string,
    contactOk: number,
    shareOk: number,
    doNotContact: number,
    source: ProspectRow['source'],
  ],
  attempts: number,
];

/**
 * The day's columns, in CalendarTuple's order. Nothing is sent twice: the call's visit and person are the
 * joined rows' ids, its status is the `open` the read asks for, and its assignee (id and name) is the
 * calendar's owner, whom the service has already read. The visit's `source` is not read either: in the
 * object rows every other calendar read builds, the person's `source` (the later of two equal names) fills
 * it, and the day keeps answering exactly what they do.
 */
const CALENDAR_DAY_COLS = `f.id, f.due_at, f.channel, f.purpose, f.outcome, f.notes, f.message, f.reason_id,
  (SELECT text FROM reasons r WHERE r.id = f.reason_id) AS reason_text, f.completed_at,
  (SELECT name FROM employees e WHERE e.id = f.completed_by) AS completed_by_name,
  w.id AS w_id, w.employee_id, we.name AS employee_name, w.visited_at, w.product, w.category,
  w.price_quoted_cents, w.closeness, w.objection, w.objection_text, w.pain_points, w.motivation,
  w.personal_details, w.next_step_text, w.next_step_at, w.contact_refused, w.status, w.sold_at, w.closer,
  w.sale_amount_cents, w.survey_objection, w.survey_text,
  p.id AS p_id, p.first_name, p.last_name, p.phone, p.email, p.preferred_channel, p.best_time, p.contact_ok,
  p.share_ok, p.do_not_contact, p.source,
  (SELECT count(*) FROM follow_ups d WHERE d.walkout_id = f.walkout_id AND d.status = 'done') AS attempts`;

function calendarRowOfTuple(t: CalendarTuple, assignee: CalendarOwner): CalendarRowDto {
  const [
    id,
    dueAt,
    channel,
    purpose,
    outcome,
    notes,
    message,
    reasonId,
    reasonText,
    completedAt,
    completedByName,
    wId,
    employeeId,
    employeeName,
    visitedAt,
    product,
    category,
    priceQuotedCents,
    closeness,
    objection,
    objectionText,
    painPoints,
    motivation,
    personalDetails,
    nextStepText,
    nextStepAt,
    contactRefused,
    wStatus,
    soldAt,
    closer,
    saleAmountCents,
    surveyObjection,
    surveyText,
    pId,
    firstName,
    lastName,
    phone,
    email,
    preferredChannel,
    bestTime,
    contactOk,
    shareOk,
    doNotContact,
    source,
    attempts,
  ] = t;
  return {
    followUp: {
      id,
      walkoutId: wId,
      assigneeId: assignee.id,
      assigneeName: assignee.name,
      dueAt,
      channel,
      purpose,
      status: 'open',
      outcome,
      notes,
      message,
      reasonId,
      reasonText,
      completedAt,
      completedByName,
    },
    walkout: {
      id: wId,
      prospectId: pId,
      employeeId,
      employeeName,
      visitedAt,
      product,
      category,
      priceQuotedCents,
      closeness,
      objection,
      objectionText,
      painPoints,
      motivation,
      personalDetails,
      nextStepText,
      nextStepAt,
      contactRefused: contactRefused === 1,
      status: wStatus,
      soldAt,
      closer,
      saleAmountCents,
      source,
      surveyObjection,
      surveyText,
    },
    prospect: {
      id: pId,
      firstName,
      lastName,
      phone,
      email,
      preferredChannel,
      bestTime,
      contactOk: contactOk === 1,
      shareOk: shareOk === 1,
      doNotContact: doNotContact === 1,
      source,
    },
    attemptsSoFar: Number(attempts),
  };
}

/** Whose calendar the day reads: their id and name, as every entry's assignee. */
export interface CalendarOwner {
  id: number;
  name: string;
}

/**
 * Open entries of one calendar due in [from, to), oldest first, `limit` of them from the `offset`-th; the row
 * carries the whole story line.
 */
export async function calendarRows(
  ex: Executor,
  assignee: CalendarOwner,
  from: number,
  to: number,
  limit: number,
  offset = 0,
): Promise<CalendarRowDto[]> {
  // The calendar's own rows first, limited, then the story line of just those: the joins never see more
  // than `limit` rows whatever plan the server keeps, and the follow-up's names come from the small tables
  // by id rather than as joins the planner has to order (planning the seven-table join took 2–9 ms).
  const rows = await allTuples<CalendarTuple>(
    ex,
    sql`SELECT ${sql.raw(CALENDAR_DAY_COLS)}
       FROM (SELECT id, walkout_id, assignee_id, due_at, channel, purpose, status, outcome, notes, message,
               reason_id, completed_at, completed_by
             FROM follow_ups WHERE assignee_id = ${assignee.id} AND status = 'open' AND due_at >= ${from}
               AND due_at < ${to}
             ORDER BY due_at, id LIMIT ${limit} OFFSET ${offset}) f
       JOIN walkouts w ON w.id = f.walkout_id ${sql.raw(WALKOUT_JOIN)}
       JOIN prospects p ON p.id = w.prospect_id
       ORDER BY f.due_at, f.id`,
    'calendar_day_rows',
  );
  return rows.map((t) => calendarRowOfTuple(t, assignee));
}

/** How many open entries one calendar holds before `at`, from `at` to `tomorrow`, and up to `horizon`. */
export async function calendarCounts(
  ex: Executor,
  assigneeId: number,
  bounds: { at: number; tomorrow: number; horizon: number },
): Promise<Record<CalendarSection, number>> {
  const row = await one(
    ex,
    sql<{ overdue: number | null; today: number | null; upcoming: number | null }>`SELECT
       sum(CASE WHEN due_at < ${bounds.at} THEN 1 ELSE 0 END) AS overdue,
       sum(CASE WHEN due_at >= ${bounds.at} AND due_at < ${bounds.tomorrow} THEN 1 ELSE 0 END) AS today,
       sum(CASE WHEN due_at >= ${bounds.tomorrow} THEN 1 ELSE 0 END) AS upcoming
     FROM follow_ups WHERE assignee_id = ${assigneeId} AND status = 'open' AND due_at < ${bounds.horizon}`,
  );
  return {
    overdue: Number(row?.overdue ?? 0),
    today: Number(row?.today ?? 0),
    upcoming: Number(row?.upcoming ?? 0),
  };
}

/** One call as a calendar entry, whatever its status (the undo hands the reopened call back to the panel). */
export async function calendarRowOf(ex: Executor, followUpId: number): Promise<CalendarRowDto | null> {
  const row = await one(ex, sql<CalendarSqlRow>`${sql.raw(CALENDAR_SELECT)} WHERE f.id = ${followUpId}`);
  return row ? toCalendarRow(row) : null;
}
