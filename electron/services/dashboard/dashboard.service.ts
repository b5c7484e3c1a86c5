// The owner's dashboard: every figure for a period and filters, its change against the previous
// period, and the walkouts behind any bar.
import { type RawBuilder, sql } from 'kysely';
import type { DashboardDto, WalkoutListDto } from '../../../shared/contract/dto';
import type {
  DashboardFilters,
  DashboardInput,
  DashboardWalkoutsInput,
} from '../../../shared/contract/schemas';
import type { ServiceDeps, SignedIn } from '../context';
import { ValidationError } from '../errors';
import * as m from '../metrics/dashboard.metrics';
import { peopleFigures } from '../metrics/people.metrics';
import { listWalkouts } from '../metrics/walkoutList';
import { foldTrend } from './trendBuckets';

export function createDashboardService(deps: ServiceDeps) {
  const db = deps.store.db;

  return {
    async figures(_actor: SignedIn, input: DashboardInput): Promise<DashboardDto> {
      const { timeZone } = deps.settings();
      const at = deps.now();
      const f: DashboardFilters = input;
      const previous: DashboardFilters = { ...input, from: input.previousFrom, to: input.previousTo };
      const now = await m.totals(db, f, timeZone);
      const before = await m.totals(db, previous, timeZone);
      const byMonth = input.granularity === 'month';
      const recent = await m.tooRecent(db, f, at);
      const byWalkout: DashboardDto = {
        headline: m.headline(now, await m.people(db, f, now), recent),
        previous: m.headline(
          before,
          await m.people(db, previous, before),
          await m.tooRecent(db, previous, at),
        ),
        commissionOwedCents: await m.commissionOwed(db, input.employeeId ?? null),
        trend: foldTrend(await m.conversionTrend(db, f, timeZone, byMonth), f, input.granularity, timeZone),
        byEmployee: await m.byEmployee(db, f, timeZone, recent),
        speed: m.speedToFirstContact(now, await m.notYetDue(db, f, at)),
        noContactDetails: m.noContactDetails(now),
        byObjection: await m.byObjection(db, f, timeZone),
        byReason: await m.byReason(db, f, timeZone),
        funnel: m.funnel(now),
        categories: await m.categories(db),
      };
      // By person: the same figures less each person's repeat visits in every group.
      return input.by === 'prospect' ? peopleFigures(db, input, timeZone, at, byWalkout) : byWalkout;
    },

    walkouts(_actor: SignedIn, input: DashboardWalkoutsInput): Promise<WalkoutListDto> {
      const key = input.key ?? null;
      const closer = input.closer ?? null;
      const slice: Record<DashboardWalkoutsInput['slice'], () => RawBuilder<unknown>> = {
        all: () => sql`1 = 1`,
        sold: () => sql`w.status = 'sold'`,
        employee: () => sql`w.employee_id = ${key}`,
        objection: () => sql`w.objection = ${key}`,
        speed: () => sql`${m.speedBucketAt(deps.now())} = ${key}`,
        reason: () =>
          sql`EXISTS (SELECT 1 FROM follow_ups a WHERE a.walkout_id = w.id AND a.reason_id = ${key} AND a.status = 'done')`,
        funnel: () => {
          const stage = m.funnelStage(String(input.key));
          if (!stage) throw new ValidationError('That funnel stage does not exist.');
          return sql.raw(stage);
        },
        trend: () =>
          sql`w.visited_at >= ${key} AND w.visited_at < ${input.keyTo ?? null}
            AND (CAST(${closer} AS TEXT) IS NULL OR (w.status = 'sold' AND w.closer = ${closer}))`,
      };
      if (input.key === undefined && input.slice !== 'all' && input.slice !== 'sold') {
        throw new ValidationError('Choose the bar to list.');
      }
      return listWalkouts(db, sql`${m.inFilter(input)} AND ${slice[input.slice]()}`, input);
    },
  };
}
