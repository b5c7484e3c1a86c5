// While someone is signed in, polls the change feed every 2 s and refreshes the groups others wrote.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call } from '../api/client';
import { followApiError } from '../api/followApiError';
import { refreshGroups } from '../api/refreshGroups';
import { CHANGES_POLL_MS, ChangePoller } from './changePoller';

export function useChangeFeed(): void {
  const client = useQueryClient();
  useEffect(() => {
    const poller = new ChangePoller({
      fetchChanges: (since) => call('app.changes', { since }),
      refresh: (groups) => refreshGroups(client, groups),
      // Signed out by the server (idle time, a restore): the app goes back to sign-in and says why.
      onError: (err) => followApiError(client, err),
    });
    void poller.poll();
    const timer = setInterval(() => void poller.poll(), CHANGES_POLL_MS);
    return () => clearInterval(timer);
  }, [client]);
}
