// Providers and the gate: a damaged database first, then set up a clean store, sign in, then the counter app.
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { HashRouter } from 'react-router';
import { followApiError, RESTORE_RETRY_DELAY_MS, retryWhileRestoring } from '../api/followApiError';
import { useApiQuery } from '../api/useApi';
import { RecoveryGate } from '../features/backups/RecoveryGate';
import { SetupScreen } from '../features/signIn/SetupScreen';
import { SignInScreen } from '../features/signIn/SignInScreen';
import { Banner } from '../ui/Banner';
import { Shell } from './Shell';

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (err) => followApiError(queryClient, err) }),
  mutationCache: new MutationCache({ onError: (err) => followApiError(queryClient, err) }),
  defaultOptions: {
    queries: {
      retry: retryWhileRestoring,
      retryDelay: RESTORE_RETRY_DELAY_MS,
      refetchOnWindowFocus: true,
      staleTime: 5_000,
    },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <HashRouter>
        <RecoveryGate>
          <Gate />
        </RecoveryGate>
      </HashRouter>
    </QueryClientProvider>
  );
}

function Gate() {
  const setup = useApiQuery('setup.status', {});
  const current = useApiQuery('auth.current', {});
  if (setup.error || current.error) {
    return (
      <main className="centered">
        <Banner tone="error">{(setup.error ?? current.error)?.message}</Banner>
      </main>
    );
  }
  if (!setup.data || current.data === undefined) return <main className="centered" aria-busy="true" />;
  if (setup.data.needsSetup) return <SetupScreen storeName={setup.data.storeName} />;
  if (!current.data) return <SignInScreen status={setup.data} />;
  return <Shell employee={current.data} storeName={setup.data.storeName} />;
}
