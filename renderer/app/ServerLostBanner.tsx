// The store server is away: a banner at the top of every screen while it is, a cheap read every 2 s until the
// server answers again, then the banner goes and every screen reads afresh.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { SERVER_LOST_BANNER } from '../../shared/domain/storeServer';
import { call } from '../api/client';
import { useServerLost } from '../api/serverLost';
import { Banner } from '../ui/Banner';
import styles from './ServerLostBanner.module.css';

export const RECONNECT_EVERY_MS = 2_000;

export function ServerLostBanner() {
  const lost = useServerLost();
  const client = useQueryClient();
  const wasLost = useRef(false);

  useEffect(() => {
    if (!lost) {
      // Back: what the screens read (or failed to read) while it was away is read again.
      if (wasLost.current) void client.invalidateQueries();
      wasLost.current = false;
      return;
    }
    wasLost.current = true;
    // auth.employees reads the server whoever is signed in (the sign-in screen's own read).
    const timer = setInterval(() => void call('auth.employees', {}).catch(() => {}), RECONNECT_EVERY_MS);
    return () => clearInterval(timer);
  }, [lost, client]);

  if (!lost) return null;
  return (
    <div className={styles.top}>
      <Banner tone="error">{SERVER_LOST_BANNER}</Banner>
    </div>
  );
}
