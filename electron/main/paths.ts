// Every file location the desktop app uses; the only caller of app.getPath().
import { join } from 'node:path';
import { app } from 'electron';

export interface AppPaths {
  dbPath: string;
  backupsDir: string;
  /** The store server this PC uses, when one is chosen (storeServerChoice.ts). */
  storeServerPath: string;
  logsDir: string;
  /** Built by electron-vite; app.getAppPath() is the project root in development and app.asar when packaged. */
  preloadPath: string;
  rendererIndexPath: string;
  /** better-sqlite3 built for Electron's ABI; undefined lets better-sqlite3 find its own (Node) build. */
  nativeBinding: string | undefined;
}

export function appPaths(): AppPaths {
  const userData = app.getPath('userData');
  const appRoot = app.getAppPath();
  return {
    dbPath: join(userData, 'beback.sqlite'),
    backupsDir: join(userData, 'backups'),
    storeServerPath: join(userData, 'store-server.json'),
    logsDir: app.getPath('logs'),
    preloadPath: join(appRoot, 'out', 'preload', 'index.js'),
    rendererIndexPath: join(appRoot, 'out', 'renderer', 'index.html'),
    // Packaged: shipped by electron-builder's extraResources. Development: made by scripts/electron-native.mjs.
    nativeBinding: app.isPackaged
      ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
      : process.env.BEBACK_SQLITE_BINDING || undefined,
  };
}
