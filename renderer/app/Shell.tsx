// The signed-in frame: navigation with function-key shortcuts, and the screens.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, NavLink, Route, Routes, useNavigate } from 'react-router';
import type { EmployeeDto } from '../../shared/contract/dto';
import { useApiMutation } from '../api/useApi';
import { AuditScreen } from '../features/audit/AuditScreen';
import { MyDay } from '../features/calendar/MyDay';
import { CommissionsScreen } from '../features/commissions/CommissionsScreen';
import { CounterScreen } from '../features/counter/CounterScreen';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { PartnersScreen } from '../features/partners/PartnersScreen';
import { ReasonsScreen } from '../features/reasons/ReasonsScreen';
import { SettingsRoutes } from '../features/settings/SettingsRoutes';
import { TeamScreen } from '../features/team/TeamScreen';
import { plural } from '../ui/format';
import { IdleWarning } from './IdleWarning';
import styles from './Shell.module.css';
import { useIdleLock } from './useIdleLock';
import { useStoreSettings } from './useStoreSettings';

const SHORTCUTS: Record<string, string> = {
  F2: '/log',
  F3: '/day',
  F4: '/team',
  F5: '/reasons',
  F6: '/audit',
  F7: '/commissions',
  F8: '/dashboard',
  F9: '/settings',
  F10: '/partners',
};
const LEAD_ONLY = ['/team', '/reasons', '/audit', '/commissions', '/dashboard', '/settings'];
const OWNER_ONLY = ['/partners'];

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
  const lead = employee.role !== 'staff';
  const owner = employee.role === 'owner';
  const leave = (notice: string | null) => {
    onLeave(notice);
    signOut.mutate({});
  };
  const idleMinutes = useStoreSettings().idleLockMinutes;
  const idle = useIdleLock({
    idleMinutes,
    onLock: () =>
      leave(`BeBack locked after ${plural(idleMinutes, 'minute')} without use. Sign in to carry on.`),
    // auth.current touches the server's session, and says at once if the server has already ended it.
    onKeepAlive: () => void client.invalidateQueries({ queryKey: ['auth.current'] }),
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const to = SHORTCUTS[e.key];
      if (to && (!LEAD_ONLY.includes(to) || lead) && (!OWNER_ONLY.includes(to) || owner)) {
        e.preventDefault();
        navigate(to);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, lead, owner]);

  return (
    <div className={styles.shell}>
      <header className={styles.topbar}>
        <span className={styles.brand}>BeBack</span>
        <span className={styles.store}>{storeName}</span>
        <nav aria-label="Main" className={styles.nav}>
          <NavLink className={navClass} to="/log">
            Log walkout <kbd>F2</kbd>
          </NavLink>
          <NavLink className={navClass} to="/day">
            My day <kbd>F3</kbd>
          </NavLink>
          {lead && (
            <NavLink className={navClass} to="/team">
              Team <kbd>F4</kbd>
            </NavLink>
          )}
          {lead && (
            <NavLink className={navClass} to="/reasons">
              Reasons <kbd>F5</kbd>
            </NavLink>
          )}
          {lead && (
            <NavLink className={navClass} to="/audit">
              Audit <kbd>F6</kbd>
            </NavLink>
          )}
          {lead && (
            <NavLink className={navClass} to="/commissions">
              Commissions <kbd>F7</kbd>
            </NavLink>
          )}
          {lead && (
            <NavLink className={navClass} to="/dashboard">
              Dashboard <kbd>F8</kbd>
            </NavLink>
          )}
          {lead && (
            <NavLink className={navClass} to="/settings">
              Settings <kbd>F9</kbd>
            </NavLink>
          )}
          {owner && (
            <NavLink className={navClass} to="/partners">
              Partners <kbd>F10</kbd>
            </NavLink>
          )}
        </nav>
        <span className={styles.who}>
          {employee.name} <small>({employee.role})</small>
        </span>
        <button type="button" className={`link ${styles.signOut}`} onClick={() => leave(null)}>
          Sign out
        </button>
      </header>
      {idle.state.phase === 'warning' && (
        <IdleWarning secondsLeft={idle.state.secondsLeft} onStay={idle.stay} />
      )}
      <main className="content">
        <Routes>
          <Route path="/log" element={<CounterScreen me={employee} />} />
          <Route path="/day" element={<MyDay me={employee} />} />
          {lead && <Route path="/team" element={<TeamScreen me={employee} />} />}
          {lead && <Route path="/reasons" element={<ReasonsScreen />} />}
          {lead && <Route path="/audit" element={<AuditScreen me={employee} />} />}
          {lead && <Route path="/commissions" element={<CommissionsScreen />} />}
          {lead && <Route path="/dashboard" element={<DashboardScreen me={employee} />} />}
          {lead && <Route path="/settings/*" element={<SettingsRoutes role={employee.role} />} />}
          {owner && <Route path="/partners" element={<PartnersScreen />} />}
          <Route path="*" element={<Navigate to="/log" replace />} />
        </Routes>
      </main>
    </div>
  );
}
