// The store's "now", read from the service layer once per screen visit, so periods like "this week"
// match the data even when the counter PC's own clock is wrong.
import { useApiQuery } from '../api/useApi';

export function useStoreNow(): number | null {
  const clock = useApiQuery('app.clock', {}, { staleTime: 60_000 });
  // If the store's clock cannot be read, the PC's own is better than a screen stuck on "Loading…".
  return clock.data?.now ?? (clock.error ? Date.now() : null);
}
