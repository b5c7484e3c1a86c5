// Electron main process: app lifecycle only. Everything BeBack does lives behind the router.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, Menu, Notification } from 'electron';
import { bootServices } from '../services/boot';
import type { BootedServices } from '../services/boot.types';
import { connectionStringOf } from '../services/pgHost';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { appPaths } from './paths';
import { registerReminders } from './reminders';
import { safeStorageSealer } from './safeStorageSealer';
import { makeSenderCheck } from './senderCheck';
import { readStoreServerChoice } from './storeServerChoice';
import { storeServerSwitch } from './storeServerSwitch';
import { createMainWindow } from './window';

let services: BootedServices | undefined;
let mainWindow: BrowserWindow | undefined;

// Full details go to a log file for support; the user only ever sees the message, never a stack.
function logFailure(err: unknown): void {
  try {
    const { logsDir } = appPaths();
    mkdirSync(logsDir, { recursive: true });
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    appendFileSync(join(logsDir, 'main.log'), `${new Date().toISOString()} ${detail}\n`);
  } catch {
    // logging must never be the reason the app cannot report a failure
  }
}

function failToStart(err: unknown): void {
  logFailure(err);
  // e.g. a database written by a newer BeBack, or one another BeBack has open: say so plainly and stop.
  void services?.close();
  dialog.showErrorBox('BeBack could not start', err instanceof Error ? err.message : String(err));
  app.exit(1);
}

async function start(): Promise<void> {
  // BeBack's own menu replaces Electron's default one, whose View menu reloads and opens DevTools.
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ isPackaged: app.isPackaged, platform: process.platform })),
  );

  const paths = appPaths();
  const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  mkdirSync(dirname(paths.dbPath), { recursive: true });
  const server = readStoreServerChoice(paths.storeServerPath, safeStorageSealer);
  services = await bootServices({
    dbPath: paths.dbPath,
    pg: server ? { connectionString: connectionStringOf(server) } : undefined,
    // Settings → Store database: the choice is saved (password sealed), then the app restarts onto it.
    switchToServer: storeServerSwitch({
      choicePath: paths.storeServerPath,
      dbPath: paths.dbPath,
      sealer: safeStorageSealer,
      restart: () => {
        const closing = services;
        services = undefined;
        void (closing?.close() ?? Promise.resolve())
          .catch((err: unknown) => logFailure(err))
          .finally(() => {
            app.relaunch();
            app.exit(0);
          });
      },
    }),
    // A store server's backups go beside the built-in ones, in backups-pg/<database>, never mixed with them.
    backupsDir: server ? undefined : paths.backupsDir,
    log: (line) => logFailure(line),
    nativeBinding: paths.nativeBinding,
    seedDemoIfEmpty: true,
  });

  const isAppUrl = makeSenderCheck({ devUrl, rendererIndexPath: paths.rendererIndexPath });
  registerIpc(ipcMain, services.router, isAppUrl);
  registerReminders(ipcMain, {
    isAllowedSender: isAppUrl,
    makeNotification: (options) => new Notification(options),
    setBadgeCount: (count) => app.setBadgeCount(count),
    window: () => mainWindow,
  });
  const openWindow = (): void => {
    const { preloadPath, rendererIndexPath } = paths;
    mainWindow = createMainWindow({
      preloadPath,
      rendererIndexPath,
      devUrl,
      isAppUrl,
      devTools: !app.isPackaged,
    });
    mainWindow.on('closed', () => {
      mainWindow = undefined;
    });
  };
  openWindow();
  // macOS keeps the app alive with no window; clicking the dock icon brings one back.
  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });
}

// One app instance per database: two processes writing the same SQLite file is what the lock prevents.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox(); // every renderer sandboxed, even one created by mistake
  app.setAppUserModelId('com.beback.desk'); // matches appId so Windows groups the taskbar entry

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Quitting waits for the last backup (when something changed) and closes the file cleanly.
  app.on('before-quit', (event) => {
    const closing = services;
    if (!closing) return;
    event.preventDefault();
    services = undefined;
    closing
      .close()
      .catch((err: unknown) => logFailure(err))
      .finally(() => app.quit());
  });

  app.whenReady().then(start).catch(failToStart);
}
