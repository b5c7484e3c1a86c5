// "My day": one employee's lead calendar split into overdue, due today and upcoming, in store time.
import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import type { CalendarDayDto, CalendarFileDto } from '../../../shared/contract/dto';
import type { Executor } from '../../db/store';
import type { ServiceDeps, SignedIn } from '../context';
import { getEmployee } from '../employees/employees.repo';
import { NotAllowedError, NotFoundError } from '../errors';
import { calendarRows } from '../followUps/followUps.repo';
import { openCallsOf } from './calendarExport.repo';
import { calendarFile } from './calendarFile';

const UPCOMING_DAYS = 14;
const ROW_LIMIT = 500;

export function createCalendarService(deps: ServiceDeps) {
  const { store, now } = deps;
  return {
    async day(actor: SignedIn, input: { employeeId?: number }): Promise<CalendarDayDto> {
      const employeeId = input.employeeId ?? actor.employee.id;
      // Enforced here, not only hidden in the UI: staff see only their own calendar.
      if (actor.employee.role === 'staff' && employeeId !== actor.employee.id) {
        throw new NotAllowedError("Only a manager can open another employee's calendar.");
      }
      const employee = await getEmployee(store.db, employeeId);
      if (!employee) throw new NotFoundError('That employee');
      const at = now();
      const { timeZone } = deps.settings();
      const dayStart = startOfDay(new TZDate(at, timeZone));
      const tomorrowStart = addDays(dayStart, 1).getTime();
      const horizon = addDays(dayStart, UPCOMING_DAYS + 1).getTime();
      // Three independent reads (a call due at 10:00 and still open at 15:00 is overdue, not "today"). A store
      // server answers them at once on the pool's connections rather than one after the other; SQLite's one
      // connection takes them in turn either way, inside one read transaction, where they run straight on
      // the connection (store.ts).
      const parts = (ex: Executor) =>
        [
          calendarRows(ex, employee, 0, at, ROW_LIMIT),
          calendarRows(ex, employee, at, tomorrowStart, ROW_LIMIT),
          calendarRows(ex, employee, tomorrowStart, horizon, ROW_LIMIT),
        ] as const;
      const [overdue, today, upcoming] =
        store.engine === 'sqlite'
          ? await store.transaction((tx) => Promise.all(parts(tx)))
          : await Promise.all(parts(store.db));
      return { now: at, timeZone, employee, overdue, today, upcoming };
    },

    /** The signed-in employee's open follow-ups as a calendar file (never another's: it is their phone). */
    async exportIcs(actor: SignedIn, input: { withPhone: boolean }): Promise<CalendarFileDto> {
      const { storeName, defaultRegion, timeZone } = deps.settings();
      return calendarFile(await openCallsOf(store.db, actor.employee.id), {
        employeeName: actor.employee.name,
        storeName,
        withPhone: input.withPhone,
        region: defaultRegion,
        timeZone,
        now: now(),
      });
    },
  };
}
