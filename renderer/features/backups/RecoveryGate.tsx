// Before anything else: is the store's database sound? recovery.status answers even when the file is damaged;
// then the damaged-database screen stands in for sign-in and everything behind it. Any call that meets a
// damaged file refetches this (see followApiError), so damage found while running lands here too.
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import type { RestoredDto } from '../../../shared/contract/dto';
import { useApiQuery } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { DamagedScreen, RecoveredScreen } from './DamagedScreen';

export function RecoveryGate({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const recovery = useApiQuery('recovery.status', {});
  // Kept here, not read from the status: once restored the status says "ok", but the owner should see
  // what came back before moving on.
  const [recovered, setRecovered] = useState<{
    result: RestoredDto;
    createdAt: number;
    timeZone: string;
  } | null>(null);

  if (recovered) {
    return (
      <RecoveredScreen
        {...recovered}
        onContinue={() => {
          setRecovered(null);
          // Nothing read before the damage is trusted: sign-in and every screen start from scratch.
          void client.resetQueries();
        }}
      />
    );
  }
  if (recovery.error) {
    return (
      <main className="centered">
        <Banner tone="error">{recovery.error.message}</Banner>
      </main>
    );
  }
  if (!recovery.data) return <main className="centered" aria-busy="true" />;
  if (recovery.data.state === 'damaged') {
    return <DamagedScreen status={recovery.data} onRestored={setRecovered} />;
  }
  return children;
}
