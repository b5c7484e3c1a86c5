// The walkouts behind a figure, page by page: the first page (with the count of them all) at once, the
// others only when their rows come into view, so a list of 100,000 reads a screenful at a time.
import { useQueries } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract/channels';
import type { AuditWalkoutDto } from '../../../shared/contract/dto';
import type { ApiError } from '../../api/client';
import { pagesHolding } from '../../api/pages';
import { apiQuery, useApiQuery } from '../../api/useApi';

export const WALKOUT_PAGE = 100;
export type ListChannel = 'audit.walkouts' | 'dashboard.walkouts';
export type ListInput<C extends ListChannel> = Omit<InputOf<C>, 'offset' | 'limit'>;

const pageInput = <C extends ListChannel>(input: ListInput<C>, page: number) =>
  ({ ...input, offset: page * WALKOUT_PAGE, limit: WALKOUT_PAGE }) as InputOf<C>;

/** The list's first page: how many walkouts there are in all (null until it comes), or why not. */
export function useWalkoutCount<C extends ListChannel>(channel: C, input: ListInput<C>) {
  const first = useApiQuery(channel, pageInput(input, 0));
  return { total: first.data?.total ?? null, error: first.error };
}

/**
 * The rows at these indexes, as their pages come (the first page is the count's own query, read once).
 * `rowAt` is undefined while a row's page is on its way.
 */
export function useWalkoutPages<C extends ListChannel>(
  channel: C,
  input: ListInput<C>,
  indexes: readonly number[],
): { rowAt(index: number): AuditWalkoutDto | undefined; error: ApiError | null } {
  const pages = pagesHolding([0, ...indexes], WALKOUT_PAGE);
  const answers = useQueries({ queries: pages.map((page) => apiQuery(channel, pageInput(input, page))) });
  const loaded = new Map<number, AuditWalkoutDto[]>();
  let error: ApiError | null = null;
  pages.forEach((page, i) => {
    const answer = answers[i];
    if (answer?.data) loaded.set(page, answer.data.rows);
    error ??= (answer?.error as ApiError | null) ?? null;
  });
  return {
    rowAt: (index) => loaded.get(Math.floor(index / WALKOUT_PAGE))?.[index % WALKOUT_PAGE],
    error,
  };
}
