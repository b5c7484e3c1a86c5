// "My day": one employee's lead calendar split into overdue, due today and upcoming, in store time.
import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import type {
  CalendarDayDto,
  CalendarFileDto,
  CalendarPageDto,
  CalendarRowDto,
} from '../../../shared/contract/dto';
import type { CalendarSectionInput } from '../../../shared/contract/schemas';
import { CALENDAR_PAGE, CALENDAR_SECTIONS, type CalendarSection } from '../../../shared/domain/vocab';
import type { Executor } from '../../db/store';
import type { ServiceDeps, SignedIn } from '../context';
import { getEmployee } from '../employees/employees.repo';
import { NotAllowedError, NotFoundError } from '../errors';
import { openCallsOf } from './calendarExport.repo';
import { calendarFile } from './calendarFile';
import { calendarCounts, calendarRowOf, calendarRows } from './calendarRows.repo';

const UPCOMING_DAYS = 14;

/** Where each section starts and ends on the day that holds `at`, in store time. */
function sectionBounds(at: number, timeZone: string): Record<CalendarSection, [number, number]> {
  const dayStart = startOfDay(new TZDate(at, timeZone));
  const tomorrow = addDays(dayStart, 1).getTime();
  const horizon = addDays(dayStart, UPCOMING_DAYS + 1).getTime();
  // A call due at 10:00 and still open at 15:00 is overdue, not "today".
  return { overdue: [0, at], today: [at, tomorrow], upcoming: [tomorrow, horizon] };
}

export function createCalendarService(deps: ServiceDeps) {
  const { store, now } = deps;

  /** Whose calendar: staff only their own, enforced here and not only hidden in the UI. */
  async function calendarOf(actor: SignedIn, employeeId = actor.employee.id) {
    if (actor.employee.role === 'staff' && employeeId !== actor.employee.id) {
      throw new NotAllowedError("Only a manager can open another employee's calendar.");
    }
    // The router read the signed-in employee afresh for this request: their own day needs no second read.
    if (employeeId === actor.employee.id) return actor.employee;
    const employee = await getEmployee(store.db, employeeId);
    if (!employee) throw new NotFoundError('That employee');
    return employee;
  }

  return {
    async day(actor: SignedIn, input: { employeeId?: number }): Promise<CalendarDayDto> {
      const employee = await calendarOf(actor, input.employeeId);
      const at = now();
      const { timeZone } = deps.settings();
      const bounds = sectionBounds(at, timeZone);
      // Independent reads. A store server answers them at once on the pool's connections rather than one
      // after the other; SQLite's one connection takes them in turn either way, inside one read
      // transaction, where they run straight on the connection (store.ts).
      const parts = (ex: Executor) =>
        [
          ...CALENDAR_SECTIONS.map((s) => calendarRows(ex, employee, ...bounds[s], CALENDAR_PAGE)),
          calendarCounts(ex, employee.id, { at, tomorrow: bounds.upcoming[0], horizon: bounds.upcoming[1] }),
        ] as const;
      const [overdue, today, upcoming, counts] = (
        store.engine === 'sqlite'
          ? await store.transaction((tx) => Promise.all(parts(tx)))
          : await Promise.all(parts(store.db))
      ) as [CalendarRowDto[], CalendarRowDto[], CalendarRowDto[], CalendarDayDto['counts']];
      return { now: at, timeZone, employee, overdue, today, upcoming, counts };
    },

    /** Rows of one section of the day that `at` was (the list's own day, not a later one), from `offset`. */
    async section(actor: SignedIn, input: CalendarSectionInput): Promise<CalendarPageDto> {
      const employee = await calendarOf(actor, input.employeeId);
      const [from, to] = sectionBounds(input.at, deps.settings().timeZone)[input.section];
      return { rows: await calendarRows(store.db, employee, from, to, input.limit, input.offset) };
    },

    /** One of the signed-in employee's own open calls, or null once it is made, moved or someone else's. */
    async entry(actor: SignedIn, input: { followUpId: number }): Promise<CalendarRowDto | null> {
      const row = await calendarRowOf(store.db, input.followUpId);
      return row && row.followUp.status === 'open' && row.followUp.assigneeId === actor.employee.id
        ? row
        : null;
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
