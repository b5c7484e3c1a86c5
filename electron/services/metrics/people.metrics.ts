// The dashboard by unique prospect (PRODUCT.md "Metric definitions"): every figure of the walkout dashboard
// counted in people. Within each group (the headline, a bar, a speed bucket, a funnel stage) a person counts
// once if any of their walkouts of the filtered period falls in it, and is sold there if any of those
// walkouts was sold. So a person with visits under two objections is in both bars, and the funnel stays
// nested (a person reaches a stage if any of their visits did). The roll-ups sum walkouts and cannot count
// distinct people, so these read the period's walkouts with COUNT(DISTINCT prospect_id).
import { type RawBuilder, sql } from 'kysely';
import type { DashboardDto, HeadlineDto, SpeedBucket } from '../../../shared/contract/dto';
import { SPEED_BUCKETS } from '../../../shared/contract/dto';
import type { DashboardFilters, DashboardInput } from '../../../shared/contract/schemas';
import type { Objection } from '../../../shared/domain/vocab';
import { FUNNEL_STAGES } from '../../db/rollups';
import { all, type Executor } from '../../db/store';
import { foldTrend } from '../dashboard/trendBuckets';
import { employeeNames } from '../employees/employees.repo';
import { calledWithin24h, dueForFirstCall } from './compliance';
import { periodDays } from './cubeSource';
import { inFilter, speedBucketAt } from './dashboard.metrics';

type Flags = Record<string, RawBuilder<unknown>>;
/** k: the group; n: its people (walkouts) and, per flag, the people it holds for. */
type Row = { k: number | string; n: Record<string, number> };

const SOLD = sql`w.status = 'sold'`;
const soldBy = (closer: string) => sql`w.status = 'sold' AND w.closer = ${closer}`;
const stage = (s: keyof typeof FUNNEL_STAGES) => sql.raw(FUNNEL_STAGES[s]('w'));

/**
 * People per group `key` of the period's walkouts w (or of `from`, which names w), and for each flag the
 * people with a walkout of the group it holds for. The flags are worked out per walkout in the inner query
 * so that PostgreSQL groups by a plain column rather than by an expression with bound values.
 */
async function perPerson(
  ex: Executor,
  f: DashboardFilters,
  key: RawBuilder<unknown>,
  flags: Flags,
  from: RawBuilder<unknown> = sql`walkouts w`,
): Promise<Row[]> {
  const names = Object.keys(flags);
  const inner = names.map((n) => sql`CASE WHEN ${flags[n]} THEN 1 ELSE 0 END AS ${sql.ref(n)}`);
  const outer = names.map(
    (n) => sql`count(DISTINCT CASE WHEN s.${sql.ref(n)} = 1 THEN s.p END) AS ${sql.ref(n)}`,
  );
  const rows = await all(
    ex,
    sql<
      { k: number | string } & Record<string, number>
    >`SELECT s.k AS k, count(DISTINCT s.p) AS walkouts${sql.join(
      outer.map((o) => sql`, ${o}`),
      sql``,
    )}
       FROM (SELECT ${key} AS k, w.prospect_id AS p${sql.join(
         inner.map((i) => sql`, ${i}`),
         sql``,
       )}
               FROM ${from} WHERE ${inFilter(f)}) s
      GROUP BY s.k ORDER BY s.k`,
  );
  // node-postgres hands counts back as strings.
  return rows.map((r) => ({
    k: r.k,
    n: Object.fromEntries(['walkouts', ...names].map((n) => [n, Number(r[n])])),
  }));
}

/** The headline by person; value saved and surveys stay money and calls, summed over the walkouts. */
async function headline(ex: Executor, f: DashboardFilters, now: number) {
  const [p] = await perPerson(ex, f, sql`0`, {
    withContact: sql`w.has_contact = 1`,
    due: dueForFirstCall(now),
    compliant: calledWithin24h(now),
    sold: SOLD,
    rep: soldBy('rep'),
    manager_save: soldBy('manager_save'),
    partner: soldBy('partner'),
    reached: stage('reached'),
    appointmentOrBack: stage('appointmentOrBack'),
    funnelContact: stage('withContact'),
  });
  const [sums] = await all(
    ex,
    sql<{ value: number; surveys: number }>`SELECT
        coalesce(sum(CASE WHEN ${SOLD} THEN coalesce(w.sale_amount_cents, 0) ELSE 0 END), 0) AS value,
        coalesce(sum(w.surveys), 0) AS surveys
       FROM walkouts w WHERE ${inFilter(f)}`,
  );
  const n = (key: string) => p?.n[key] ?? 0;
  const dto: HeadlineDto = {
    walkouts: n('walkouts'),
    withContact: n('withContact'),
    dueForFirstCall: n('due'),
    compliant: n('compliant'),
    sold: n('sold'),
    soldByCloser: { rep: n('rep'), manager_save: n('manager_save'), partner: n('partner') },
    valueSavedCents: Number(sums?.value ?? 0),
    surveysCompleted: Number(sums?.surveys ?? 0),
    managerSaves: n('manager_save'),
    people: { walkouts: n('walkouts'), sold: n('sold') },
  };
  const funnel: DashboardDto['funnel'] = {
    walkouts: n('walkouts'),
    withContact: n('funnelContact'),
    reached: n('reached'),
    appointmentOrBack: n('appointmentOrBack'),
    sold: n('sold'),
  };
  return { dto, funnel };
}

/** People per trend bucket: each walkout's bucket is the last bucket start at or before its visit. */
async function trend(ex: Executor, input: DashboardInput, timeZone: string) {
  const buckets = foldTrend([], input, input.granularity, timeZone);
  const arms = buckets.slice(1).map((b, i) => sql`WHEN w.visited_at < ${b.start} THEN ${sql.lit(i)}`);
  const key = arms.length ? sql`CASE ${sql.join(arms, sql` `)} ELSE ${sql.lit(arms.length)} END` : sql`0`;
  const rows = await perPerson(ex, input, key, {
    rep: soldBy('rep'),
    manager_save: soldBy('manager_save'),
    partner: soldBy('partner'),
  });
  for (const r of rows) {
    const b = buckets[Number(r.k)];
    Object.assign(b, {
      walkouts: r.n.walkouts,
      rep: r.n.rep,
      manager_save: r.n.manager_save,
      partner: r.n.partner,
    });
  }
  return buckets;
}

async function byEmployee(ex: Executor, f: DashboardFilters, now: number) {
  const names = await employeeNames(ex);
  const rows = await perPerson(ex, f, sql`w.employee_id`, {
    withContact: sql`w.has_contact = 1`,
    due: dueForFirstCall(now),
    compliant: calledWithin24h(now),
    sold: SOLD,
  });
  return rows
    .map((r) => ({
      employeeId: Number(r.k),
      name: names.get(Number(r.k)) ?? '',
      walkouts: r.n.walkouts,
      withContact: r.n.withContact,
      dueForFirstCall: r.n.due,
      compliant: r.n.compliant,
      sold: r.n.sold,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** People per speed bucket, and apart those whose walkouts left no phone or email. */
async function speed(ex: Executor, f: DashboardFilters, now: number) {
  const rows = await perPerson(ex, f, speedBucketAt(now), { sold: SOLD });
  const of = (bucket: string) => rows.find((r) => r.k === bucket);
  return {
    speed: SPEED_BUCKETS.flatMap((bucket: SpeedBucket) => {
      const r = of(bucket);
      return r ? [{ bucket, walkouts: r.n.walkouts, sold: r.n.sold }] : [];
    }),
    noContactDetails: { walkouts: of('no_contact')?.n.walkouts ?? 0, sold: of('no_contact')?.n.sold ?? 0 },
  };
}

async function byObjection(ex: Executor, f: DashboardFilters) {
  const rows = await perPerson(ex, f, sql`w.objection`, { sold: SOLD });
  return rows.map((r) => ({ objection: r.k as Objection, walkouts: r.n.walkouts, sold: r.n.sold }));
}

/** People an attempt used the reason on, and of those, people sold after it. */
async function byReason(ex: Executor, f: DashboardFilters) {
  const rows = await perPerson(
    ex,
    f,
    sql`p.reason_id`,
    { sold: sql`${SOLD} AND w.sold_at >= p.first_used_at` },
    sql`walkout_reasons p JOIN walkouts w ON w.id = p.walkout_id`,
  );
  const texts = new Map(
    (await all(ex, sql<{ id: number; text: string }>`SELECT id, text FROM reasons`)).map((r) => [
      r.id,
      r.text,
    ]),
  );
  return rows
    .map((r) => ({
      reasonId: Number(r.k),
      text: texts.get(Number(r.k)) ?? '',
      walkouts: r.n.walkouts,
      sold: r.n.sold,
    }))
    .sort((a, b) => b.walkouts - a.walkouts || a.reasonId - b.reasonId);
}

/** Every figure of the dashboard but the commission owed and the categories, counted in people. */
export async function peopleFigures(
  ex: Executor,
  input: DashboardInput,
  timeZone: string,
  now: number,
): Promise<Omit<DashboardDto, 'commissionOwedCents' | 'categories'>> {
  // The same periods as the walkout figures take (whole local days), refused with the same message.
  periodDays(input.from, input.to, timeZone);
  periodDays(input.previousFrom, input.previousTo, timeZone);
  const current = await headline(ex, input, now);
  const previous = await headline(ex, { ...input, from: input.previousFrom, to: input.previousTo }, now);
  return {
    headline: current.dto,
    previous: previous.dto,
    trend: await trend(ex, input, timeZone),
    byEmployee: await byEmployee(ex, input, now),
    ...(await speed(ex, input, now)),
    byObjection: await byObjection(ex, input),
    byReason: await byReason(ex, input),
    funnel: current.funnel,
  };
}
