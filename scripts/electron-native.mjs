// Builds (once, then caches) a better-sqlite3 binary for the installed Electron's ABI under .native/,
// leaving node_modules/better-sqlite3 built for Node so vitest keeps working.
// Usage: node scripts/electron-native.mjs [--arch x64|arm64|ia32|arm] [--platform linux|darwin|win32]
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_HEADERS = 'https://electronjs.org/headers';

const log = (line) => console.log(`BeBack native: ${line}`);

class NativeBuildError extends Error {}

// npm exports its config (nodedir=/usr on these machines) as npm_config_* variables, and node-gyp lets
// them override its command line: left alone, it would quietly compile against Node's headers instead.
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (
      /^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|build_from_source)$/i.test(key)
    ) {
      delete env[key];
    }
    if (/^npm_package_config_node_gyp_/i.test(key)) delete env[key];
  }
  env.npm_config_nodedir = ''; // an empty value also wins over a nodedir in .npmrc when npx is the runner
  return env;
}

function run(command, args, cwd, timeoutMs) {
  const result = spawnSync(command, args, {
    cwd,
    env: buildEnv(),
    encoding: 'utf8',
    timeout: timeoutMs,
    shell: process.platform === 'win32' && !command.endsWith('.exe'), // npx is npx.cmd on Windows
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  return { ok: result.status === 0, tail: output.split('\n').slice(-15).join('\n') };
}

function findNodeGyp(require) {
  const candidates = [];
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not installed locally: fall back to npm's bundled copy
  }
  if (process.env.npm_execpath) {
    candidates.push(
      join(dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    );
  }
  const nodeBin = dirname(process.execPath);
  candidates.push(
    join(nodeBin, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  candidates.push(join(nodeBin, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  const script = candidates.find((path) => existsSync(path));
  return script
    ? { command: process.execPath, prefix: [script] }
    : { command: 'npx', prefix: ['--yes', 'node-gyp'] };
}

// Loading the binary into this Node tells us which ABI it was built for: Node refuses it and names the version.
function builtAbi(file) {
  const probe = `try { process.dlopen({ exports: {} }, ${JSON.stringify(file)}); console.log('node') }
    catch (e) { const m = /NODE_MODULE_VERSION (\\d+)/.exec(e.message); console.log(m ? m[1] : 'unknown') }`;
  return spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).stdout.trim();
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--arch') options.arch = argv[++i];
    else if (argv[i] === '--platform') options.platform = argv[++i];
  }
  return options;
}

/** electron-builder's ${arch} spells 32-bit ARM "armv7l" where Node says "arm". */
const builderArch = (arch) => (arch === 'arm' ? 'armv7l' : arch);

function compile(moduleDir, sourceDir, versions, require) {
  const { electronVersion, platform, arch } = versions;
  log('trying a prebuilt binary (prebuild-install)');
  const prebuild = require.resolve('prebuild-install/bin.js', { paths: [sourceDir] });
  const target = [
    '--runtime',
    'electron',
    '--target',
    electronVersion,
    '--arch',
    arch,
    '--platform',
    platform,
  ];
  if (run(process.execPath, [prebuild, ...target], moduleDir, 120_000).ok) return;

  log('no prebuilt binary reachable; compiling with node-gyp (needs a C++ toolchain, a few minutes)');
  const gyp = findNodeGyp(require);
  const args = [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--dist-url=${ELECTRON_HEADERS}`,
    `--arch=${arch}`,
  ];
  const built = run(gyp.command, [...gyp.prefix, ...args], moduleDir, 30 * 60_000);
  if (!built.ok)
    throw new NativeBuildError(`node-gyp could not build better-sqlite3 for Electron:\n${built.tail}`);
}

/** Returns the path of a better_sqlite3.node built for the installed Electron, building it if needed. */
export function ensureElectronNative(options = {}) {
  const require = createRequire(join(ROOT, 'package.json'));
  const electronPkg = join(ROOT, 'node_modules', 'electron', 'package.json');
  if (!existsSync(electronPkg)) throw new NativeBuildError('electron is not installed (run npm install)');
  const electronVersion = JSON.parse(readFileSync(electronPkg, 'utf8')).version;
  const abi = readFileSync(join(ROOT, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const cacheDir = join(ROOT, '.native', `electron-${electronVersion}-${platform}-${arch}`);
  const binding = join(cacheDir, 'better_sqlite3.node');
  const show = (path) => relative(ROOT, path).split(sep).join('/');

  if (existsSync(binding)) {
    log(`using cached ${show(binding)}`);
  } else {
    log(`building better-sqlite3 for Electron ${electronVersion} (ABI ${abi}) on ${platform}-${arch}`);
    const workDir = mkdtempSync(join(tmpdir(), 'beback-native-'));
    try {
      const moduleDir = join(workDir, 'better-sqlite3');
      log('copying node_modules/better-sqlite3 to a temp folder (the Node build stays untouched)');
      const source = join(ROOT, 'node_modules', 'better-sqlite3');
      // Leave out build/: a stale Node binary there could pass for a finished Electron build.
      cpSync(source, moduleDir, { recursive: true, filter: (path) => path !== join(source, 'build') });
      compile(moduleDir, source, { electronVersion, platform, arch }, require);
      const output = join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
      if (!existsSync(output)) throw new NativeBuildError('the build finished without better_sqlite3.node');
      if (platform === process.platform && arch === process.arch) {
        const found = builtAbi(output);
        if (found === 'node' || (found !== 'unknown' && found !== abi)) {
          throw new NativeBuildError(
            `the binary was built for ABI ${found}, Electron ${electronVersion} needs ${abi}`,
          );
        }
      }
      mkdirSync(cacheDir, { recursive: true });
      copyFileSync(output, `${binding}.tmp`);
      renameSync(`${binding}.tmp`, binding); // never leave a half-copied binary that looks cached
      log(`built ${show(binding)}`);
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }

  // electron-builder.yml picks the binary up from a path without the Electron version in it.
  const staged = join(ROOT, '.native', 'package', `${platform}-${builderArch(arch)}`, 'better_sqlite3.node');
  mkdirSync(dirname(staged), { recursive: true });
  copyFileSync(binding, staged);
  return binding;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(ensureElectronNative(parseArgs(process.argv.slice(2))));
  } catch (err) {
    console.error(`BeBack native: ${err instanceof NativeBuildError ? err.message : String(err)}`);
    process.exit(1);
  }
}
