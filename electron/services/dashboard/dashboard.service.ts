// The owner's dashboard: every figure for a period and filters, its change against the previous
// period, and the walkouts behind any bar.
import type { AuditWalkoutDto, DashboardDto } from '../../../shared/contract/dto';
import type {
  DashboardFilters,
  DashboardInput,
  DashboardWalkoutsInput,
} from '../../../shared/contract/schemas';
import type { ServiceDeps, SignedIn } from '../context';
import { ValidationError } from '../errors';
import * as m from '../metrics/dashboard.metrics';
import { listWalkouts } from '../metrics/walkoutList';
import { foldTrend } from './trendBuckets';

const FUNNEL_STAGES: Record<string, string> = {
  walkouts: '1',
  withContact: 'w.has_contact',
  reached: 'w.reached',
  appointmentOrBack: '(w.appointment OR w.came_back)',
  sold: "w.status = 'sold'",
};

export function createDashboardService(deps: ServiceDeps) {
  const { db } = deps;

  return {
    figures(_actor: SignedIn, input: DashboardInput): DashboardDto {
      const { timeZone } = deps.settings();
      const f: DashboardFilters = input;
      const previous: DashboardFilters = { ...input, from: input.previousFrom, to: input.previousTo };
      const now = m.totals(db, f, timeZone);
      const before = m.totals(db, previous, timeZone);
      const byMonth = input.granularity === 'month';
      return {
        headline: m.headline(now, m.people(db, f, now)),
        previous: m.headline(before, m.people(db, previous, before)),
        commissionOwedCents: m.commissionOwed(db, input.employeeId ?? null),
        trend: foldTrend(m.conversionTrend(db, f, timeZone, byMonth), f, input.granularity, timeZone),
        byEmployee: m.byEmployee(db, f, timeZone),
        speed: m.speedToFirstContact(now),
        byObjection: m.byObjection(db, f, timeZone),
        byReason: m.byReason(db, f, timeZone),
        funnel: m.funnel(now),
        categories: m.categories(db),
      };
    },

    walkouts(_actor: SignedIn, input: DashboardWalkoutsInput): AuditWalkoutDto[] {
      const p = {
        ...m.params(input),
        key: input.key ?? null,
        keyTo: input.keyTo ?? null,
        closer: input.closer ?? null,
      };
      const slice: Record<DashboardWalkoutsInput['slice'], () => string> = {
        all: () => '1',
        sold: () => "w.status = 'sold'",
        employee: () => 'w.employee_id = @key',
        objection: () => 'w.objection = @key',
        speed: () => `${m.SPEED_BUCKET} = @key`,
        reason: () =>
          "EXISTS (SELECT 1 FROM follow_ups a WHERE a.walkout_id = w.id AND a.reason_id = @key AND a.status = 'done')",
        funnel: () => {
          const stage = FUNNEL_STAGES[String(input.key)];
          if (!stage) throw new ValidationError('That funnel stage does not exist.');
          return stage;
        },
        trend: () =>
          "w.visited_at >= @key AND w.visited_at < @keyTo AND (@closer IS NULL OR (w.status = 'sold' AND w.closer = @closer))",
      };
      if (input.key === undefined && input.slice !== 'all' && input.slice !== 'sold') {
        throw new ValidationError('Choose the bar to list.');
      }
      return listWalkouts(db, `${m.IN_FILTER} AND ${slice[input.slice]()}`, p);
    },
  };
}
