// The manager's audit of every calendar: the figures per employee for a period, and the walkouts
// behind each figure.
import { sql } from 'kysely';
import type { AuditDto, WalkoutListDto } from '../../../shared/contract/dto';
import type { AuditList, ListPage } from '../../../shared/contract/schemas';
import type { ServiceDeps, SignedIn } from '../context';
import { listEmployees } from '../employees/employees.repo';
import { ValidationError } from '../errors';
import * as m from '../metrics/audit.metrics';
import { listWalkouts } from '../metrics/walkoutList';

export function createAuditService(deps: ServiceDeps) {
  const { now } = deps;
  const db = deps.store.db;

  return {
    async team(_actor: SignedIn, p: m.Period): Promise<AuditDto> {
      const at = now();
      const logged = await m.walkoutsLogged(db, p);
      const contact = await m.walkoutsWithContact(db, p);
      const due = await m.dueForFirstCallBy(db, p, at);
      const in24h = await m.firstAttemptWithin24h(db, p, at);
      const attempts = await m.attemptsMade(db, p);
      const nextStep = await m.nextStepSet(db, p);
      const overdue = await m.overdueNow(db, at);
      const orphans = await m.withoutNextCall(db);
      const surveyed = await m.surveyed(db, p);
      const disagrees = await m.surveyDisagrees(db, p);
      const rows = (await listEmployees(db, false))
        .map((e) => ({
          employeeId: e.id,
          name: e.name,
          role: e.role,
          active: e.active,
          saveProgram: e.saveProgram,
          walkouts: logged.get(e.id) ?? 0,
          withContact: contact.get(e.id) ?? 0,
          dueForFirstCall: due.get(e.id) ?? 0,
          firstAttemptIn24h: in24h.get(e.id) ?? 0,
          attempts: attempts.get(e.id) ?? 0,
          nextStepSet: nextStep.get(e.id) ?? 0,
          overdueNow: overdue.get(e.id) ?? 0,
          withoutNextCall: orphans.get(e.id) ?? 0,
          surveyed: surveyed.get(e.id) ?? 0,
          surveyDisagrees: disagrees.get(e.id) ?? 0,
        }))
        // Someone who left still shows while they own leads or logged walkouts in the period.
        .filter((r) => r.active || r.walkouts > 0 || r.overdueNow > 0 || r.withoutNextCall > 0);
      return { from: p.from, to: p.to, now: at, rows };
    },

    walkouts(
      _actor: SignedIn,
      input: m.Period & ListPage & { employeeId: number; list: AuditList },
    ): Promise<WalkoutListDto> {
      if (input.to <= input.from) throw new ValidationError('The period must end after it starts.');
      const where =
        input.list === 'overdue'
          ? sql`EXISTS (SELECT 1 FROM follow_ups d WHERE d.walkout_id = w.id AND d.status = 'open'
               AND d.assignee_id = ${input.employeeId} AND d.due_at < ${now()})`
          : sql`w.employee_id = ${input.employeeId} AND ${m.LIST_CONDITIONS[input.list](input, now())}`;
      return listWalkouts(db, where, input);
    },
  };
}
