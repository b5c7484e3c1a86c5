// The rows of one calendar section, page by page: the first page came with the day, the others are read
// (calendar.section) only when they are wanted — on screen as the list scrolls, or all of them to print.
import { useQueries } from '@tanstack/react-query';
import type { CalendarDayDto, CalendarRowDto } from '../../../shared/contract/dto';
import { CALENDAR_PAGE, type CalendarSection } from '../../../shared/domain/vocab';
import { pagesHolding } from '../../api/pages';
import { apiQuery } from '../../api/useApi';

export interface SectionRows {
  count: number;
  /** The row at that place in the section, or undefined while its page is on its way. */
  rowAt(index: number): CalendarRowDto | undefined;
  /** Every row is here (a page still on its way, or refused, leaves this false). */
  complete: boolean;
}

/** The pages (after the first) that hold these row indexes. */
export function pagesOf(indexes: readonly number[]): number[] {
  return pagesHolding(indexes, CALENDAR_PAGE).filter((p) => p > 0);
}

/** Every page after the first of a section of `count` rows. */
export function allPages(count: number): number[] {
  return Array.from({ length: Math.max(0, Math.ceil(count / CALENDAR_PAGE) - 1) }, (_, i) => i + 1);
}

export function useSectionRows(
  day: CalendarDayDto,
  section: CalendarSection,
  pages: readonly number[],
): SectionRows {
  const first = day[section];
  const count = day.counts[section];
  const answers = useQueries({
    queries: pages.map((page) => {
      // The day's own `now` keeps every page on the day the list opened on; a refreshed day starts afresh.
      const input = {
        employeeId: day.employee.id,
        section,
        at: day.now,
        offset: page * CALENDAR_PAGE,
        limit: CALENDAR_PAGE,
      };
      return apiQuery('calendar.section', input);
    }),
  });
  const loaded = new Map<number, CalendarRowDto[]>();
  pages.forEach((page, i) => {
    const rows = answers[i]?.data?.rows;
    if (rows) loaded.set(page, rows);
  });
  const every = allPages(count);
  return {
    count,
    rowAt(index) {
      if (index < CALENDAR_PAGE) return first[index];
      return loaded.get(Math.floor(index / CALENDAR_PAGE))?.[index % CALENDAR_PAGE];
    },
    complete: every.every((p) => loaded.has(p)),
  };
}
