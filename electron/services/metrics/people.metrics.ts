// The dashboard by unique prospect (PRODUCT.md "Metric definitions"): every figure of the walkout dashboard
// counted in people. Within each group (the headline, a bar, a speed bucket, a funnel stage) a person counts
// once if any of their walkouts of the filtered period falls in it, and is sold there if any of those
// walkouts was sold. So a person with visits under two objections is in both bars, and the funnel stays
// nested (a person reaches a stage if any of their visits did). The roll-ups sum walkouts and cannot count
// distinct people: each figure here is the walkout figure less the repeat visits of its people (`repeats`).
import { type RawBuilder, sql } from 'kysely';
import type { DashboardDto, HeadlineDto } from '../../../shared/contract/dto';
import type { DashboardFilters, DashboardInput } from '../../../shared/contract/schemas';
import { indexedBy } from '../../db/dialect';
import { FUNNEL_STAGES } from '../../db/rollups';
import { all, type Executor } from '../../db/store';
import { foldTrend } from '../dashboard/trendBuckets';
import { calledWithin24h, dueForFirstCall } from './compliance';
import { inFilter, speedBucketAt } from './dashboard.metrics';

type Flags = Record<string, RawBuilder<unknown>>;
/** Per group (keyed by its value as text): the repeat visits to take off, for all walkouts and per flag. */
type Repeats = Map<string, Record<string, number>>;

const SOLD = sql`w.status = 'sold'`;
const soldBy = (closer: string) => sql`w.status = 'sold' AND w.closer = ${closer}`;
const stage = (s: keyof typeof FUNNEL_STAGES) => sql.raw(FUNNEL_STAGES[s]('w'));

/**
 * People = walkouts − repeats: a person with m walkouts in a group is m − 1 repeats there. A repeat is a
 * walkout of the period whose person walks out again later in it (in (time, id) order, as next_visit_at
 * keeps them) in the same group, the flag holding for both. Only the returning visits can be repeats: a few
 * percent of the walkouts, found by walkouts_returning, each joined once to its person's later visits
 * (walkouts_person_visits). The walkout figures come from the roll-ups; a COUNT(DISTINCT prospect_id) over
 * every walkout of the period took 22 s for all time at a million walkouts (bench/dashboard.bench.ts).
 * `key` and the flags are conditions over a walkouts row w (and p, when `from` joins walkout_reasons p).
 */
async function repeats(
  ex: Executor,
  f: DashboardFilters,
  key: RawBuilder<unknown>,
  flags: Flags,
  /** Walkout–reason pairs p rather than walkouts: the group is a reason, the later visit used it too. */
  pairs = false,
): Promise<Repeats> {
  // SQLite's planner otherwise walks every walkout of the period by visit time, for the returning ones and
  // for their later visits alike; the person's visits are one seek on walkouts_person_visits.
  const from = pairs
    ? sql`walkout_reasons p JOIN walkouts w ON w.id = p.walkout_id`
    : sql`walkouts w${indexedBy(ex, 'walkouts_returning')}`;
  const later = (on: RawBuilder<unknown>) =>
    pairs
      ? sql`JOIN walkout_reasons p ON p.reason_id = r.k JOIN walkouts w ON w.id = p.walkout_id AND ${on}`
      : sql`JOIN walkouts w${indexedBy(ex, 'walkouts_person_visits')} ON ${on}`;
  const names = Object.keys(flags);
  const list = (parts: RawBuilder<unknown>[]) =>
    sql.join(
      parts.map((x) => sql`, ${x}`),
      sql``,
    );
  const held = names.map((n) => sql`CASE WHEN ${flags[n]} THEN 1 ELSE 0 END AS ${sql.ref(n)}`);
  const again = names.map(
    (n) =>
      sql`max(CASE WHEN r.${sql.ref(n)} = 1 AND ${key} = r.k AND ${flags[n]} THEN 1 ELSE 0 END) AS ${sql.ref(n)}`,
  );
  const sums = names.map((n) => sql`sum(o.${sql.ref(n)}) AS ${sql.ref(n)}`);
  const rows = await all(
    ex,
    sql<
      { k: number | string } & Record<string, number>
    >`SELECT o.k AS k, sum(o.walkouts) AS walkouts${list(sums)}
       FROM (SELECT r.id, r.k, max(CASE WHEN ${key} = r.k THEN 1 ELSE 0 END) AS walkouts${list(again)}
               FROM (SELECT w.id AS id, w.prospect_id AS p, w.visited_at AS t, ${key} AS k${list(held)}
                       FROM ${from}
                      WHERE w.next_visit_at IS NOT NULL AND w.next_visit_at < ${f.to} AND ${inFilter(f)}) r
               ${later(sql`w.prospect_id = r.p
                AND (w.visited_at > r.t OR (w.visited_at = r.t AND w.id > r.id)) AND ${inFilter(f)}`)}
              GROUP BY r.id, r.k) o
      GROUP BY o.k`,
  );
  // node-postgres hands sums back as strings.
  return new Map(
    rows.map((r) => [String(r.k), Object.fromEntries(['walkouts', ...names].map((n) => [n, Number(r[n])]))]),
  );
}

/** A group's figure less its repeats. */
const less = (rep: Repeats, k: string | number) => {
  const r = rep.get(String(k));
  return (n: number, flag: string) => n - (r?.[flag] ?? 0);
};

const CLOSER_FLAGS = { rep: soldBy('rep'), manager_save: soldBy('manager_save'), partner: soldBy('partner') };
const CONTACT_FLAGS = (now: number) => ({
  withContact: sql`w.has_contact = 1`,
  due: dueForFirstCall(now),
  compliant: calledWithin24h(now),
});

/** The headline by person; value saved and surveys stay money and calls, summed over the walkouts. */
async function headline(ex: Executor, f: DashboardFilters, now: number, h: HeadlineDto, funnel?: Funnel) {
  const rep = await repeats(ex, f, sql`0`, {
    ...CONTACT_FLAGS(now),
    sold: SOLD,
    ...CLOSER_FLAGS,
    funnelContact: stage('withContact'),
    reached: stage('reached'),
    appointmentOrBack: stage('appointmentOrBack'),
  });
  const n = less(rep, 0);
  const sold = n(h.sold, 'sold');
  const people = { walkouts: n(h.walkouts, 'walkouts'), sold };
  const soldByCloser = {
    rep: n(h.soldByCloser.rep, 'rep'),
    manager_save: n(h.soldByCloser.manager_save, 'manager_save'),
    partner: n(h.soldByCloser.partner, 'partner'),
  };
  const dto: HeadlineDto = {
    ...h,
    walkouts: people.walkouts,
    withContact: n(h.withContact, 'withContact'),
    dueForFirstCall: n(h.dueForFirstCall, 'due'),
    compliant: n(h.compliant, 'compliant'),
    sold,
    soldByCloser,
    managerSaves: soldByCloser.manager_save,
    people,
  };
  const byPerson: Funnel | undefined = funnel && {
    walkouts: people.walkouts,
    withContact: n(funnel.withContact, 'funnelContact'),
    reached: n(funnel.reached, 'reached'),
    appointmentOrBack: n(funnel.appointmentOrBack, 'appointmentOrBack'),
    sold,
  };
  return { dto, funnel: byPerson };
}
type Funnel = DashboardDto['funnel'];

/** People per trend bucket: each walkout's bucket is the last bucket start at or before its visit. */
async function trend(ex: Executor, input: DashboardInput, timeZone: string, trend: DashboardDto['trend']) {
  const starts = foldTrend([], input, input.granularity, timeZone).map((b) => b.start);
  const arms = starts.slice(1).map((start, i) => sql`WHEN w.visited_at < ${start} THEN ${sql.lit(i)}`);
  const key = arms.length ? sql`CASE ${sql.join(arms, sql` `)} ELSE ${sql.lit(arms.length)} END` : sql`0`;
  const rep = await repeats(ex, input, key, CLOSER_FLAGS);
  return trend.map((b, i) => {
    const n = less(rep, i);
    const closers = {
      rep: n(b.rep, 'rep'),
      manager_save: n(b.manager_save, 'manager_save'),
      partner: n(b.partner, 'partner'),
    };
    return { start: b.start, walkouts: n(b.walkouts, 'walkouts'), ...closers };
  });
}

async function byEmployee(ex: Executor, f: DashboardFilters, now: number, rows: DashboardDto['byEmployee']) {
  const rep = await repeats(ex, f, sql`w.employee_id`, { ...CONTACT_FLAGS(now), sold: SOLD });
  return rows.map((e) => {
    const n = less(rep, e.employeeId);
    return {
      ...e,
      walkouts: n(e.walkouts, 'walkouts'),
      withContact: n(e.withContact, 'withContact'),
      dueForFirstCall: n(e.dueForFirstCall, 'due'),
      compliant: n(e.compliant, 'compliant'),
      sold: n(e.sold, 'sold'),
    };
  });
}

type Counted = { walkouts: number; sold: number };
const lessCounted = (rep: Repeats, k: string | number, c: Counted): Counted => {
  const n = less(rep, k);
  return { walkouts: n(c.walkouts, 'walkouts'), sold: n(c.sold, 'sold') };
};

/** People per speed bucket, and apart those whose walkouts left no phone or email. */
async function speed(ex: Executor, f: DashboardFilters, now: number, d: DashboardDto) {
  const rep = await repeats(ex, f, speedBucketAt(now), { sold: SOLD });
  return {
    speed: d.speed.map((b) => ({ bucket: b.bucket, ...lessCounted(rep, b.bucket, b) })),
    noContactDetails: lessCounted(rep, 'no_contact', d.noContactDetails),
  };
}

/** People an attempt used the reason on, and of those, people sold after it. */
async function byReason(ex: Executor, f: DashboardFilters, rows: DashboardDto['byReason']) {
  const rep = await repeats(
    ex,
    f,
    sql`p.reason_id`,
    { sold: sql`${SOLD} AND w.sold_at >= p.first_used_at` },
    true,
  );
  return rows
    .map((r) => ({ reasonId: r.reasonId, text: r.text, ...lessCounted(rep, r.reasonId, r) }))
    .sort((a, b) => b.walkouts - a.walkouts || a.reasonId - b.reasonId);
}

/** Every figure of the walkout dashboard `d` (read with the same input), counted in people. */
export async function peopleFigures(
  ex: Executor,
  input: DashboardInput,
  timeZone: string,
  now: number,
  d: DashboardDto,
): Promise<DashboardDto> {
  const current = await headline(ex, input, now, d.headline, d.funnel);
  const prior = { ...input, from: input.previousFrom, to: input.previousTo };
  const objections = await repeats(ex, input, sql`w.objection`, { sold: SOLD });
  return {
    ...d,
    headline: current.dto,
    previous: (await headline(ex, prior, now, d.previous)).dto,
    trend: await trend(ex, input, timeZone, d.trend),
    byEmployee: await byEmployee(ex, input, now, d.byEmployee),
    ...(await speed(ex, input, now, d)),
    byObjection: d.byObjection.map((o) => ({
      objection: o.objection,
      ...lessCounted(objections, o.objection, o),
    })),
    byReason: await byReason(ex, input, d.byReason),
    funnel: current.funnel ?? d.funnel,
  };
}
