// `npm start`: build BeBack and run it in Electron with a better-sqlite3 built for Electron's ABI; where the
// Electron runtime is missing (never downloaded) or its better-sqlite3 cannot be built, run the browser
// version instead (what `npm run web` runs) and open it. Flags after `--` go to the browser version.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const WINDOWS = process.platform === 'win32';

// electron's index.js returns the binary's path, or throws when its download never happened.
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The Electron-ABI better-sqlite3 for `electron`, or null (with the reason printed) when it cannot be made. */
function electronBinding(electron) {
  if (!electron) {
    console.log(
      'BeBack: the Electron runtime is not installed here (it could not be downloaded); ' +
        'starting BeBack in your browser instead.',
    );
    return null;
  }
  try {
    return ensureElectronNative();
  } catch (err) {
    console.error(`BeBack native: ${err instanceof Error ? err.message : String(err)}`);
    console.log(
      'BeBack: without that build the desktop app cannot open its database; starting BeBack in your browser instead.',
    );
    return null;
  }
}

/** A package's command-line script, to run with this Node: no shell, so a path with spaces is safe on Windows. */
function nodeBin(pkg) {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifest);
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin[pkg]);
}

function runElectron(electron, binding) {
  const env = { ...process.env, BEBACK_SQLITE_BINDING: binding };
  delete env.ELECTRON_RUN_AS_NODE; // set by some tools; it would make Electron behave as plain Node
  const app = spawn(electron, ['.'], { cwd: ROOT, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => app.kill(signal)); // let Electron quit cleanly and close the database
  }
  app.on('error', (err) => {
    console.error(`BeBack: could not start Electron: ${err.message}`);
    process.exit(1);
  });
  app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** Opens url in the default browser when this machine has one to show: true once the opener runs; never throws. */
function openBrowser(url) {
  if (process.env.BROWSER === 'none') return Promise.resolve(false);
  let argv;
  let verbatim = false;
  if (process.platform === 'darwin') argv = ['open', url];
  else if (WINDOWS) {
    argv = ['cmd', '/c', 'start', '""', `"${url}"`]; // the token is base64url: nothing cmd would read
    verbatim = true;
  } else if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) argv = ['xdg-open', url];
  else return Promise.resolve(false); // no desktop: xdg-open would start a text browser in this terminal
  return new Promise((settle) => {
    try {
      const opener = spawn(argv[0], argv.slice(1), {
        detached: true,
        stdio: 'ignore',
        windowsHide: true,
        windowsVerbatimArguments: verbatim,
      });
      opener.once('spawn', () => settle(true));
      opener.once('error', () => settle(false)); // no opener installed: the printed address is enough
      opener.unref();
    } catch {
      settle(false);
    }
  });
}

// The same server `npm run web` starts (electron/http/serve.ts); its "Open <url>" line is the cue to open it.
function runWeb(args) {
  const server = spawn(process.execPath, [nodeBin('tsx'), 'electron/http/serve.ts', ...args], {
    cwd: ROOT,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let pending = '';
  let opened = false;
  server.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (opened) return;
    pending += chunk.toString('utf8');
    const url = /^Open (https?:\/\/\S+)\r?\n/m.exec(pending)?.[1]; // a whole line: chunks can split it
    if (!url) return;
    opened = true;
    pending = '';
    openBrowser(url).then((opening) =>
      console.log(
        opening
          ? 'BeBack: opening it in your default browser. Ctrl+C here stops BeBack.'
          : 'BeBack: open that address in a browser on this computer. Ctrl+C here stops BeBack.',
      ),
    );
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => server.kill(signal)); // the server closes the database before it exits
  }
  server.on('error', (err) => {
    console.error(`BeBack: could not start the browser version: ${err.message}`);
    process.exit(1);
  });
  server.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = electronBinary();
const binding = electronBinding(electron);

console.log('BeBack: building (electron-vite build)');
const build = spawnSync(process.execPath, [nodeBin('electron-vite'), 'build'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

if (electron && binding) runElectron(electron, binding);
else runWeb(process.argv.slice(2));
