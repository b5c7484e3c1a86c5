// `npm start`: build BeBack and run it in Electron with a better-sqlite3 built for Electron's ABI.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));

// electron's index.js returns the binary's path, or throws when its download never happened.
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const electron = electronBinary();
if (!electron) {
  console.error(
    'BeBack: the Electron runtime is not installed on this machine (it could not be downloaded). ' +
      'Run "npm run web" to use BeBack in your browser instead.',
  );
  process.exit(1);
}

let binding;
try {
  binding = ensureElectronNative();
} catch (err) {
  console.error(`BeBack native: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

console.log('BeBack: building (electron-vite build)');
const cli = process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite';
const build = spawnSync(join(ROOT, 'node_modules', '.bin', cli), ['build'], {
  cwd: ROOT,
  stdio: 'inherit',
  shell: process.platform === 'win32', // .cmd shims need a shell on Windows
});
if (build.status !== 0) process.exit(build.status ?? 1);

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
