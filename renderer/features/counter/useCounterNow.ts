// The store's clock for reading "tomorrow 5pm": read once from the service layer, then run on with the
// PC's own ticks, so a PC whose clock is set wrong still books the right day.
import { useApiQuery } from '../../api/useApi';

export function useCounterNow(): () => number {
  const clock = useApiQuery('app.clock', {}, { staleTime: 10 * 60_000 });
  const { data, dataUpdatedAt } = clock;
  return () => (data ? data.now + (Date.now() - dataUpdatedAt) : Date.now());
}
