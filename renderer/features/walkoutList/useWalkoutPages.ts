// The walkouts behind a figure, page by page: the first page (with the count of them all) at once, the
// others only when their rows come into view, so a list of 100,000 reads a screenful at a time.
import { useQueries } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract/channels';
import type { AuditWalkoutDto } from '../../../shared/contract/dto';
import { type ApiError, call } from '../../api/client';

export const WALKOUT_PAGE = 100;
export type ListChannel = 'audit.walkouts' | 'dashboard.walkouts';

export interface WalkoutPages {
  /** Null until the first page has come. */
  total: number | null;
  /** The row at that place in the list, or undefined while its page is on its way. */
  rowAt(index: number): AuditWalkoutDto | undefined;
  error: ApiError | null;
}

/** The pages that hold these row indexes (the first always). */
export function pagesFor(indexes: readonly number[]): number[] {
  return [...new Set([0, ...indexes.map((i) => Math.floor(i / WALKOUT_PAGE))])].sort((a, b) => a - b);
}

export function useWalkoutPages<C extends ListChannel>(
  channel: C,
  input: Omit<InputOf<C>, 'offset' | 'limit'>,
  pages: readonly number[],
): WalkoutPages {
  const answers = useQueries({
    queries: pages.map((page) => {
      // Keyed as useApiQuery keys a read, so a write that touches the list refreshes its pages too.
      const paged = { ...input, offset: page * WALKOUT_PAGE, limit: WALKOUT_PAGE } as InputOf<C>;
      return { queryKey: [channel, paged], queryFn: () => call(channel, paged) };
    }),
  });
  const loaded = new Map<number, AuditWalkoutDto[]>();
  let total: number | null = null;
  let error: ApiError | null = null;
  pages.forEach((page, i) => {
    const answer = answers[i];
    if (answer?.data) {
      loaded.set(page, answer.data.rows);
      if (page === 0) total = answer.data.total;
    }
    error ??= (answer?.error as ApiError | null) ?? null;
  });
  return {
    total,
    rowAt: (index) => loaded.get(Math.floor(index / WALKOUT_PAGE))?.[index % WALKOUT_PAGE],
    error,
  };
}
