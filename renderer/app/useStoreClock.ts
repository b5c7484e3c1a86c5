// The store's "now", read from the service layer once per screen visit, so periods like "this week"
// match the data even when the counter PC's own clock is wrong.
import { useApiQuery } from '../api/useApi';

export function useStoreNow(): number | null {
  const clock = useApiQuery('app.clock', {}, { staleTime: 60_000 });
  // If the store's clock cannot be read, the PC's own is better than a screen stuck on "Loading…".
  return clock.data?.now ?? (clock.error ? Date.now() : null);
}

/**
 * The store's clock for reading "tomorrow 5pm" (the counter, a put-back): read once from the service layer,
 * then run on with the PC's own ticks, so a PC whose clock is set wrong still books the right day.
 */
export function useStoreClock(): () => number {
  const clock = useApiQuery('app.clock', {}, { staleTime: 10 * 60_000 });
  const { data, dataUpdatedAt } = clock;
  return () => (data ? data.now + (Date.now() - dataUpdatedAt) : Date.now());
}
