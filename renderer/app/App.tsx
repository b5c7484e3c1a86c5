// Providers and the gate: a damaged database first, then set up a clean store, sign in, then the counter app.
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { contract, isChannelName } from '../../shared/contract/channels';
import { followApiError, RESTORE_RETRY_DELAY_MS, retryWhileRestoring } from '../api/followApiError';
import { useApiQuery } from '../api/useApi';
import { RecoveryGate } from '../features/backups/RecoveryGate';
import { SetupScreen } from '../features/signIn/SetupScreen';
import { SignInScreen } from '../features/signIn/SignInScreen';
import { Banner } from '../ui/Banner';
import { ServerLostBanner } from './ServerLostBanner';
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

// A data router (not <HashRouter>): only it lets a screen hold a navigation back, as the call panel does
// to ask before typed notes are lost. One splat route; the screens' own <Routes> sit under it.
const router = createHashRouter([
  {
    path: '*',
    element: (
      <>
        <ServerLostBanner />
        <RecoveryGate>
          <Gate />
        </RecoveryGate>
      </>
    ),
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}

/**
 * What the last employee's screens read goes with them, so the next one to sign in never sees it, even for
 * a moment while their own reads arrive. Public reads (the sign-in screen's) stay.
 */
function forgetSignedInReads() {
  queryClient.removeQueries({
    predicate: (q) => {
      const channel = q.queryKey[0];
      return !isChannelName(channel) || contract[channel].access !== 'public';
    },
  });
}

function Gate() {
  const setup = useApiQuery('setup.status', {});
  const current = useApiQuery('auth.current', {});
  const notice = useSessionEndNotice(current.data?.id ?? null);
  if (setup.error || current.error) {
    return (
      <main className="centered">
        <Banner tone="error">{(setup.error ?? current.error)?.message}</Banner>
      </main>
    );
  }
  if (!setup.data || current.data === undefined) return <main className="centered" aria-busy="true" />;
  if (setup.data.needsSetup) return <SetupScreen />;
  if (!current.data) return <SignInScreen status={setup.data} notice={notice.text} />;
  return <Shell employee={current.data} storeName={setup.data.storeName} onLeave={notice.onLeave} />;
}

/**
 * When someone stops being signed in, their reads are forgotten and the sign-in screen says why: what the
 * frame said as it left (the idle lock), nothing after "Sign out", or that the server ended the session
 * (left unused, a restore, the employee deactivated).
 */
function useSessionEndNotice(employeeId: number | null) {
  const [text, setText] = useState<string | null>(null);
  /** undefined: the frame did not say it was leaving. */
  const leaving = useRef<string | null | undefined>(undefined);
  const signedIn = useRef<number | null>(null);
  useEffect(() => {
    if (employeeId !== null) setText(null);
    else if (signedIn.current !== null) {
      forgetSignedInReads();
      setText(
        leaving.current === undefined ? 'You were signed out. Sign in again to carry on.' : leaving.current,
      );
    }
    leaving.current = undefined;
    signedIn.current = employeeId;
  }, [employeeId]);
  return {
    text,
    onLeave: (said: string | null) => {
      leaving.current = said;
    },
  };
}
