// BeBack's application menu as data: a pure function of how the app runs, so tests read it without Electron.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuContext {
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

/** Roles that open developer tools or reload the page; never in a packaged build. */
export const DEVELOPMENT_ROLES = ['reload', 'forceReload', 'toggleDevTools'] as const;

// Without these roles the text fields lose their shortcuts (Ctrl/Cmd+Z, X, C, V, A) once a menu is set.
const editMenu: MenuItemConstructorOptions = {
  label: 'Edit',
  submenu: [
    { role: 'undo' },
    { role: 'redo' },
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'selectAll' },
  ],
};

function viewMenu(isPackaged: boolean): MenuItemConstructorOptions {
  // Zoom stays in every build: it is how a user with poor eyesight reads the counter screen.
  const zoom: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  const development: MenuItemConstructorOptions[] = [
    ...DEVELOPMENT_ROLES.map((role): MenuItemConstructorOptions => ({ role })),
    { type: 'separator' },
  ];
  return { label: 'View', submenu: isPackaged ? zoom : [...development, ...zoom] };
}

export function menuTemplate({ isPackaged, platform }: MenuContext): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    // macOS puts About and Quit in the menu named after the app; it holds no developer items.
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: 'File', submenu: [mac ? { role: 'close' } : { role: 'quit' }] },
    editMenu,
    viewMenu(isPackaged),
    { role: 'windowMenu' },
    { label: 'Help', submenu: [{ role: 'about' }] },
  ];
}
