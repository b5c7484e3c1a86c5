// The Chromium the end-to-end tests drive. `node scripts/chromium.mjs` (the first step of `npm run test:e2e`)
// finds one or installs one; playwright.config.mts calls findChromium() for its executablePath, so both
// pick the same browser. The finding and planning functions take their look-ups as arguments (tests).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Variables naming a browser to use, in order; BEBACK_CHROMIUM is the name the config read before. */
export const CHROMIUM_ENV = ['CHROMIUM_PATH', 'BEBACK_CHROMIUM'];

/** Where a browser sits when it may not be on PATH (on Linux, Debian's package: the tests' own browser). */
export function knownPaths(platform, env) {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA].filter(Boolean);
    return roots.map((root) => `${root}\\Google\\Chrome\\Application\\chrome.exe`);
  }
  return ['/usr/bin/chromium'];
}

/** Commands looked up on PATH, in order. */
export const CHROMIUM_COMMANDS = ['chromium-browser', 'chromium', 'google-chrome', 'google-chrome-stable'];

/**
 * The first Chromium found, as { path, via }, or null.
 * deps: { platform, env, exists(path), which(command) → path | null, playwrightPath() → path | null }.
 */
export function findChromium(deps = systemDeps()) {
  const { platform, env, exists, which, playwrightPath } = deps;
  for (const name of CHROMIUM_ENV) {
    const path = env[name];
    if (path && exists(path)) return { path, via: name };
  }
  for (const path of knownPaths(platform, env)) {
    if (exists(path)) return { path, via: 'its usual place' };
  }
  for (const command of CHROMIUM_COMMANDS) {
    const path = which(command);
    if (path) return { path, via: `${command} on PATH` };
  }
  const own = playwrightPath();
  if (own && exists(own)) return { path: own, via: "Playwright's own Chromium" };
  return null;
}

/** The executable a command names on PATH (with PATHEXT's endings on Windows), or null. */
export function searchPath(command, { platform, env, exists }) {
  const windows = platform === 'win32';
  const dirs = (env.PATH ?? env.Path ?? '').split(windows ? ';' : ':').filter(Boolean);
  const endings = windows ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of dirs) {
    for (const ending of endings) {
      const path = `${dir.replace(/[\\/]+$/, '')}${windows ? '\\' : '/'}${command}${ending}`;
      if (exists(path)) return path;
    }
  }
  return null;
}

/** Debian and its derivatives package Chromium as `chromium`; Ubuntu's is a snap, which containers lack. */
export function isDebianLike(osRelease) {
  const field = (name) =>
    (new RegExp(`^${name}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1] ?? '').toLowerCase().split(/\s+/);
  const family = [...field('ID'), ...field('ID_LIKE')];
  return family.includes('debian') && !family.includes('ubuntu');
}

/**
 * How to install a Chromium here: { kind: 'apt', sudo: [] | ['sudo', '-n'] } or { kind: 'playwright' }.
 * deps: { platform, uid, osRelease, which(command), canSudo() → boolean (asked only when needed) }.
 */
export function installPlan({ platform, uid, osRelease, which, canSudo }) {
  if (platform === 'linux' && isDebianLike(osRelease) && which('apt-get')) {
    if (uid === 0) return { kind: 'apt', sudo: [] };
    if (which('sudo') && canSudo()) return { kind: 'apt', sudo: ['sudo', '-n'] };
  }
  return { kind: 'playwright' };
}

/** The argv of one apt-get run; `env` carries DEBIAN_FRONTEND through sudo, which resets the environment. */
export function aptCommand(sudo, args) {
  return [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
}

export const APT_INSTALL = ['install', '-y', '--no-install-recommends', 'chromium'];

function isExecutable(path) {
  try {
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function systemDeps() {
  const env = process.env;
  const which = (command) => searchPath(command, { platform: process.platform, env, exists: isExecutable });
  const playwrightPath = () => {
    try {
      return createRequire(join(ROOT, 'package.json'))('@playwright/test').chromium.executablePath();
    } catch {
      return null; // not installed, or no build of Playwright's Chromium for this platform
    }
  };
  return { platform: process.platform, env, exists: existsSync, which, playwrightPath };
}

function run(argv) {
  const result = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? result.error?.message ?? ''}`.trim();
  return { ok: result.status === 0, tail: output.split('\n').slice(-15).join('\n') };
}

function install(plan) {
  if (plan.kind === 'apt') {
    const shown = `${plan.sudo.length ? 'sudo -n ' : ''}apt-get ${APT_INSTALL.join(' ')}`;
    console.log(`BeBack e2e: no Chromium found; installing Debian's (${shown}, a minute or so)`);
    let result = run(aptCommand(plan.sudo, APT_INSTALL));
    if (!result.ok) {
      // A bare image has no package lists yet, or stale ones: refresh them once and try again.
      result = run(aptCommand(plan.sudo, ['update']));
      if (result.ok) result = run(aptCommand(plan.sudo, APT_INSTALL));
    }
    return result;
  }
  console.log("BeBack e2e: no Chromium found; installing Playwright's (npx playwright install chromium)");
  // The installed @playwright/test's own CLI, so the browser is the build its executablePath() names.
  const cli = createRequire(join(ROOT, 'package.json')).resolve('@playwright/test/cli');
  return run([process.execPath, cli, 'install', 'chromium']);
}

/** A Chromium's path: the one found, else one installed now. Throws with what to do when neither works. */
export function ensureChromium() {
  const deps = systemDeps();
  for (const name of CHROMIUM_ENV) {
    const path = deps.env[name];
    if (path && !deps.exists(path))
      console.log(`BeBack e2e: ${name}=${path} does not exist; looking elsewhere`);
  }
  const found = findChromium(deps);
  if (found) return found;
  const plan = installPlan({
    platform: process.platform,
    uid: process.getuid?.() ?? -1,
    osRelease: existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '',
    which: deps.which,
    canSudo: () => run(['sudo', '-n', 'true']).ok,
  });
  const result = install(plan);
  const installed = result.ok ? findChromium(deps) : null;
  if (installed) return installed;
  const why = result.ok ? 'the install finished, yet no Chromium is where it should be' : result.tail;
  throw new Error(
    `could not install a Chromium${why ? `:\n${why}` : ''}\n` +
      'Install Chromium or Google Chrome, or set CHROMIUM_PATH to a Chromium-based browser.',
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { path, via } = ensureChromium();
    console.log(`BeBack e2e: Chromium ${path} (${via})`);
  } catch (err) {
    console.error(`BeBack e2e: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
