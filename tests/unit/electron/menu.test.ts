// The application menu as data: no reload or DevTools in a packaged build, text editing shortcuts everywhere.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_ROLES, menuTemplate } from '../../../electron/main/menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => {
    const own = item.role ? [item.role] : [];
    const submenu = Array.isArray(item.submenu) ? roles(item.submenu) : [];
    return [...own, ...submenu];
  });
}

function menuNamed(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = items.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

const PLATFORMS: NodeJS.Platform[] = ['win32', 'darwin', 'linux'];
const EDIT_ROLES = ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'];

describe.each(PLATFORMS)('menuTemplate on %s', (platform) => {
  const packaged = menuTemplate({ isPackaged: true, platform });
  const development = menuTemplate({ isPackaged: false, platform });

  it('has no reload, force reload or DevTools in a packaged build', () => {
    const found = roles(packaged).map((role) => role.toLowerCase());
    for (const role of [...DEVELOPMENT_ROLES, 'reload', 'forceReload', 'toggleDevTools']) {
      expect(found).not.toContain(role.toLowerCase());
    }
  });

  it('offers reload and DevTools in development', () => {
    expect(roles(menuNamed(development, 'View'))).toEqual(
      expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']),
    );
  });

  it.each([true, false])('keeps the text editing roles (packaged: %s)', (isPackaged) => {
    const edit = menuNamed(menuTemplate({ isPackaged, platform }), 'Edit');
    expect(roles(edit)).toEqual(EDIT_ROLES);
  });

  it('has File, Edit, View, Window and Help with About, and a way to quit', () => {
    for (const template of [packaged, development]) {
      const labels = template.map((item) => item.label ?? item.role);
      expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'windowMenu', 'Help']));
      expect(roles(menuNamed(template, 'Help'))).toEqual(['about']);
      // macOS quits from the app menu (appMenu role) and closes the window from File.
      const quits =
        platform === 'darwin' ? roles(template).includes('appMenu') : roles(template).includes('quit');
      expect(quits).toBe(true);
    }
  });
});
