// Re-renders every `everyMs` while `active`, for what is shown from the clock ("in 2 hours" read as 12:40 PM)
// and must not go stale while the screen sits open: what is saved is read again at that moment.
import { useEffect, useState } from 'react';

export function useTick(active: boolean, everyMs: number): void {
  const [, setTicks] = useState(0);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setTicks((n) => n + 1), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs]);
}
