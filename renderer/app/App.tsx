// Providers and the gate: set up a clean store, sign in, then the counter app.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { HashRouter } from 'react-router';
import { useApiQuery } from '../api/useApi';
import { SetupScreen } from '../features/signIn/SetupScreen';
import { SignInScreen } from '../features/signIn/SignInScreen';
import { Banner } from '../ui/Banner';
import { Shell } from './Shell';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: true, staleTime: 5_000 } },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <HashRouter>
        <Gate />
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
