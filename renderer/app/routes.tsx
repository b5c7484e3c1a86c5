// The one route table of the signed-in frame: each screen's path, label, shortcut, component and the
// channel whose roles in the contract decide who sees it. The counter and the calendar (what staff use)
// load with the app; the leads' and the owner's screens (the dashboard with recharts) load when opened.
import { type ComponentType, lazy } from 'react';
import { MyDay } from '../features/calendar/MyDay';
import { CounterScreen } from '../features/counter/CounterScreen';
import type { ScreenProps, ScreenRoute } from './routeTable';

/** A screen module loaded on first use; `pick` names its component. */
function lazyScreen<M>(load: () => Promise<M>, pick: (m: M) => ComponentType<ScreenProps>) {
  return lazy(async () => ({ default: pick(await load()) }));
}

export const ROUTES: readonly ScreenRoute[] = [
  { path: '/log', label: 'Log walkout', shortcut: 'F2', channel: 'walkouts.create', screen: CounterScreen },
  { path: '/day', label: 'My day', shortcut: 'F3', channel: 'calendar.day', screen: MyDay },
  {
    path: '/team',
    label: 'Team',
    shortcut: 'F4',
    channel: 'employees.create',
    screen: lazyScreen(
      () => import('../features/team/TeamScreen'),
      (m) => m.TeamScreen,
    ),
  },
  {
    path: '/reasons',
    label: 'Reasons',
    shortcut: 'F5',
    channel: 'reasons.create',
    screen: lazyScreen(
      () => import('../features/reasons/ReasonsScreen'),
      (m) => m.ReasonsScreen,
    ),
  },
  {
    path: '/audit',
    label: 'Audit',
    shortcut: 'F6',
    channel: 'audit.team',
    screen: lazyScreen(
      () => import('../features/audit/AuditScreen'),
      (m) => m.AuditScreen,
    ),
  },
  {
    path: '/commissions',
    label: 'Commissions',
    shortcut: 'F7',
    channel: 'commissions.list',
    screen: lazyScreen(
      () => import('../features/commissions/CommissionsScreen'),
      (m) => m.CommissionsScreen,
    ),
  },
  {
    path: '/dashboard',
    label: 'Dashboard',
    shortcut: 'F8',
    channel: 'dashboard.figures',
    screen: lazyScreen(
      () => import('../features/dashboard/DashboardScreen'),
      (m) => m.DashboardScreen,
    ),
  },
  {
    // Settings' pages are the store settings (read-only below the owner) and the backups: leads see them.
    path: '/settings',
    label: 'Settings',
    shortcut: 'F9',
    channel: 'backups.list',
    nested: true,
    screen: lazyScreen(
      () => import('../features/settings/SettingsRoutes'),
      (m) => m.SettingsRoutes,
    ),
  },
  {
    path: '/partners',
    label: 'Partners',
    shortcut: 'F10',
    channel: 'partners.create',
    screen: lazyScreen(
      () => import('../features/partners/PartnersScreen'),
      (m) => m.PartnersScreen,
    ),
  },
  {
    // A store's own old spreadsheet of walkouts; no F-key: F11 and F12 belong to the browser.
    path: '/import',
    label: 'Import',
    channel: 'imports.commit',
    screen: lazyScreen(
      () => import('../features/imports/ImportScreen'),
      (m) => m.ImportScreen,
    ),
  },
  {
    // Search (Ctrl+K) opens a walkout's story here; staff are refused another rep's story by walkouts.get.
    path: '/walkout/:id',
    label: 'Walkout',
    channel: 'walkouts.get',
    hidden: true,
    screen: lazyScreen(
      () => import('../features/search/WalkoutStoryScreen'),
      (m) => m.WalkoutStoryScreen,
    ),
  },
];
