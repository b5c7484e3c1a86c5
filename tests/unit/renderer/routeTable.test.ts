// The route table's navigation per role: a screen shows exactly when its channel's roles in the contract
// include the role, and each shortcut opens only a screen the role sees.
import { describe, expect, it, vi } from 'vitest';
import { ROUTES } from '../../../renderer/app/routes';
import { mayUse, navigationOf, routeForKey, visibleRoutes } from '../../../renderer/app/routeTable';
import { contract } from '../../../shared/contract/channels';
import { ROLES } from '../../../shared/domain/vocab';

// The two screens loaded with the app reach the backend client at import; the table is what is tested here.
vi.mock('../../../renderer/features/counter/CounterScreen', () => ({ CounterScreen: () => null }));
vi.mock('../../../renderer/features/calendar/MyDay', () => ({ MyDay: () => null }));

const labelsFor = (role: (typeof ROLES)[number]) =>
  navigationOf(visibleRoutes(ROUTES, role)).map((r) => r.label);

describe('route table → visible navigation', () => {
  it('staff see the counter and their day only', () => {
    expect(labelsFor('staff')).toEqual(['Log walkout', 'My day']);
  });

  it('a manager sees the leads’ screens but not the partners', () => {
    expect(labelsFor('manager')).toEqual([
      'Log walkout',
      'My day',
      'Team',
      'Reasons',
      'Audit',
      'Commissions',
      'Dashboard',
      'Settings',
      'Import',
    ]);
  });

  it('the owner sees every screen', () => {
    expect(labelsFor('owner')).toEqual(navigationOf(ROUTES).map((r) => r.label));
    expect(visibleRoutes(ROUTES, 'owner')).toEqual(ROUTES);
  });

  it('follows the contract: a screen is visible to exactly the roles its channel admits', () => {
    for (const role of ROLES) {
      for (const route of ROUTES) {
        const access = contract[route.channel].access;
        const admitted = access === 'public' || access.includes(role);
        expect(visibleRoutes(ROUTES, role).includes(route), `${role} ${route.path}`).toBe(admitted);
        expect(mayUse(route.channel, role)).toBe(admitted);
      }
    }
  });

  it('a shortcut opens only a visible screen', () => {
    expect(routeForKey(visibleRoutes(ROUTES, 'staff'), 'F8')).toBeUndefined();
    expect(routeForKey(visibleRoutes(ROUTES, 'manager'), 'F8')?.path).toBe('/dashboard');
    expect(routeForKey(visibleRoutes(ROUTES, 'manager'), 'F10')).toBeUndefined();
    expect(routeForKey(visibleRoutes(ROUTES, 'owner'), 'F10')?.path).toBe('/partners');
  });

  it('names each path and shortcut once, with no public screen', () => {
    expect(new Set(ROUTES.map((r) => r.path)).size).toBe(ROUTES.length);
    // A screen may have no F-key (F11 and F12 belong to the browser); those that have one have their own.
    const keys = ROUTES.flatMap((r) => (r.shortcut ? [r.shortcut] : []));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(9);
    for (const route of ROUTES) expect(contract[route.channel].access).not.toBe('public');
  });
});
