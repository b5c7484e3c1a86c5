// The one BeBack window, locked down: isolated sandboxed renderer, no popups, no foreign navigation.
import { BrowserWindow, type Session } from 'electron';
import { guardNavigation } from './navigationGuard';
import type { UrlCheck } from './senderCheck';

export interface MainWindowOptions {
  preloadPath: string;
  rendererIndexPath: string;
  devUrl?: string;
  isAppUrl: UrlCheck;
  /** DevTools only for a development run (`!app.isPackaged`): a packaged window cannot open them at all. */
  devTools: boolean;
}

/** Same policy as the meta tag in renderer/index.html; dev adds ws: for Vite's hot reload socket. */
export function contentSecurityPolicy(devUrl?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    devUrl ? "connect-src 'self' ws:" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function hardenSession(session: Session, devUrl?: string): void {
  // Electron grants every permission (camera, notifications, geolocation …) unless told otherwise. None is
  // needed: due-call reminders are shown by the main process (reminders.ts), not the page's Notification.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  if (!devUrl) return; // file: pages get their policy from the meta tag; webRequest does not see them
  const csp = contentSecurityPolicy(devUrl);
  session.webRequest.onHeadersReceived({ urls: [`${new URL(devUrl).origin}/*`] }, (details, callback) => {
    const headers = { ...details.responseHeaders };
    // Drop any policy the dev server sent, whatever its casing, so ours is the one in force.
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: 'BeBack',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false, // shown on ready-to-show, so the user never sees a blank frame
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: opts.devTools,
    },
  });
  hardenSession(win.webContents.session, opts.devUrl);

  guardNavigation(win.webContents, opts.isAppUrl);
  win.once('ready-to-show', () => win.show());

  const loading = opts.devUrl ? win.loadURL(opts.devUrl) : win.loadFile(opts.rendererIndexPath);
  loading.catch((err: unknown) => console.error('[window] the renderer failed to load', err));
  return win;
}
