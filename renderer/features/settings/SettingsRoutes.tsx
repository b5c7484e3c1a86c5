// Settings has the store's settings and its backups, and the owner's Store database and Erase a person; each has
// its own address under /settings.
import { Navigate, NavLink, Route, Routes } from 'react-router';
import type { EmployeeDto } from '../../../shared/contract/dto';
import { mayUse } from '../../app/routeTable';
import { BackupsScreen } from '../backups/BackupsScreen';
import { ErasePersonScreen } from '../privacy/ErasePersonScreen';
import { SettingsScreen } from './SettingsScreen';
import { StoreDatabaseScreen } from './StoreDatabaseScreen';
import './settingsPages.css';

export function SettingsRoutes({ me }: { me: EmployeeDto }) {
  const role = me.role;
  return (
    <>
      <nav className="settings-pages" aria-label="Settings pages">
        <NavLink to="/settings" end>
          Store settings
        </NavLink>
        <NavLink to="/settings/backups">Backups</NavLink>
        {mayUse('storeDatabase.status', role) && (
          <NavLink to="/settings/store-database">Store database</NavLink>
        )}
      </nav>
      <Routes>
        <Route index element={<SettingsScreen canEdit={mayUse('settings.update', role)} />} />
        <Route path="backups" element={<BackupsScreen role={role} />} />
        {mayUse('storeDatabase.status', role) && (
          <Route path="store-database" element={<StoreDatabaseScreen />} />
        )}
        {mayUse('prospects.erase', role) && <Route path="erase" element={<ErasePersonScreen />} />}
        <Route path="*" element={<Navigate to="/log" replace />} />
      </Routes>
    </>
  );
}
