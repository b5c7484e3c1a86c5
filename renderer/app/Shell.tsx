// The signed-in frame: navigation with function-key shortcuts, and the screens, all from the route table.
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { Navigate, NavLink, Route, Routes, useNavigate } from 'react-router';
import type { EmployeeDto } from '../../shared/contract/dto';
import { useApiMutation } from '../api/useApi';
import { askBeforeLeaving, keepOpenCallForLock } from '../features/calendar/leaveGuard';
import { SearchDialog } from '../features/search/SearchDialog';
import { plural } from '../ui/format';
import { IdleWarning } from './IdleWarning';
import { DueCallsHeader } from './reminders/DueCallsHeader';
import { useDueCallReminders } from './reminders/useDueCallReminders';
import { ROUTES } from './routes';
import { navigationOf, routeForKey, visibleRoutes } from './routeTable';
import styles from './Shell.module.css';
import { useChangeFeed } from './useChangeFeed';
import { useIdleLock } from './useIdleLock';
import { useStoreNow } from './useStoreClock';
import { useStoreSettings } from './useStoreSettings';

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? styles.active : undefined);

interface ShellProps {
  employee: EmployeeDto;
  storeName: string;
  /** Called as the frame signs out, with what the sign-in screen should say (null: nothing). */
  onLeave: (notice: string | null) => void;
}

export function Shell({ employee, storeName, onLeave }: ShellProps) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const signOut = useApiMutation('auth.signOut');
  const routes = useMemo(() => visibleRoutes(ROUTES, employee.role), [employee.role]);
  useChangeFeed();
  const leave = (notice: string | null) => {
    onLeave(notice);
    signOut.mutate({});
  };
  const idleMinutes = useStoreSettings().idleLockMinutes;
  const idle = useIdleLock({
    idleMinutes,
    // The lock cannot wait for an answer: an open call's typing is kept for this employee instead.
    onLock: () => {
      keepOpenCallForLock();
      leave(`BeBack locked after ${plural(idleMinutes, 'minute')} without use. Sign in to carry on.`);
    },
    // auth.current touches the server's session, and says at once if the server has already ended it.
    onKeepAlive: () => void client.invalidateQueries({ queryKey: ['auth.current'] }),
  });

  const reminders = useDueCallReminders({ employeeId: employee.id, locked: idle.state.phase === 'locked' });
  const [searching, setSearching] = useState(false);
  const now = useStoreNow();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setSearching(true);
        return;
      }
      const route = routeForKey(routes, e.key);
      if (route) {
        e.preventDefault();
        navigate(route.path);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, routes]);

  return (
    <div className={styles.shell}>
      <header className={styles.topbar}>
        <span className={styles.brand}>BeBack</span>
        <span className={styles.store}>{storeName}</span>
        <nav aria-label="Main" className={styles.nav}>
          {navigationOf(routes).map((route) => (
            <NavLink key={route.path} className={navClass} to={route.path}>
              {route.label} {route.shortcut && <kbd>{route.shortcut}</kbd>}
            </NavLink>
          ))}
        </nav>
        <button type="button" className={styles.search} onClick={() => setSearching(true)}>
          Search <kbd>Ctrl+K</kbd>
        </button>
        <span className={styles.who}>
          {employee.name} <small>({employee.role})</small>
        </span>
        <DueCallsHeader reminders={reminders} />
        <button
          type="button"
          className={`link ${styles.signOut}`}
          onClick={() => askBeforeLeaving(() => leave(null))}
        >
          Sign out
        </button>
      </header>
      {searching && now !== null && <SearchDialog now={now} onClose={() => setSearching(false)} />}
      {idle.state.phase === 'warning' && (
        <IdleWarning secondsLeft={idle.state.secondsLeft} onStay={idle.stay} />
      )}
      <main className="content">
        <Suspense fallback={<p className="muted" aria-busy="true" />}>
          <Routes>
            {routes.map(({ path, nested, screen: Screen }) => (
              <Route key={path} path={nested ? `${path}/*` : path} element={<Screen me={employee} />} />
            ))}
            <Route path="*" element={<Navigate to="/log" replace />} />
          </Routes>
        </Suspense>
      </main>
    </div>
  );
}
