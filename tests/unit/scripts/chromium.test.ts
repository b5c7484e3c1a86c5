import { describe, expect, it } from 'vitest';
import {
  APT_INSTALL,
  aptCommand,
  type FindDeps,
  findChromium,
  installPlan,
  isDebianLike,
  type PlanDeps,
  searchPath,
} from '../../../scripts/chromium.mjs';

/** A machine holding exactly these files, with these commands on PATH. */
function machine(files: string[], commands: Record<string, string> = {}, over: Partial<FindDeps> = {}) {
  const asked: string[] = [];
  const deps: FindDeps = {
    platform: 'linux',
    env: {},
    exists: (path) => files.includes(path),
    which: (command) => commands[command] ?? null,
    playwrightPath: () => {
      asked.push('playwright');
      return '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
    },
    ...over,
  };
  return { deps, asked };
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first when the file is there', () => {
    const { deps } = machine(
      ['/opt/chrome', '/usr/bin/chromium'],
      {},
      { env: { CHROMIUM_PATH: '/opt/chrome' } },
    );
    expect(findChromium(deps)).toEqual({ path: '/opt/chrome', via: 'CHROMIUM_PATH' });
  });

  it('looks past a CHROMIUM_PATH that names nothing', () => {
    const { deps } = machine(['/usr/bin/chromium'], {}, { env: { CHROMIUM_PATH: '/gone' } });
    expect(findChromium(deps)?.path).toBe('/usr/bin/chromium');
  });

  it('still reads BEBACK_CHROMIUM, the older name', () => {
    const { deps } = machine(['/opt/c'], {}, { env: { BEBACK_CHROMIUM: '/opt/c' } });
    expect(findChromium(deps)).toEqual({ path: '/opt/c', via: 'BEBACK_CHROMIUM' });
  });

  it("prefers Debian's /usr/bin/chromium to anything on PATH", () => {
    const { deps, asked } = machine(['/usr/bin/chromium'], { 'google-chrome': '/usr/bin/google-chrome' });
    expect(findChromium(deps)?.path).toBe('/usr/bin/chromium');
    expect(asked).toEqual([]);
  });

  it('walks the PATH commands in order', () => {
    const { deps } = machine([], {
      chromium: '/snap/bin/chromium',
      'google-chrome-stable': '/usr/bin/google-chrome-stable',
    });
    expect(findChromium(deps)).toEqual({ path: '/snap/bin/chromium', via: 'chromium on PATH' });
    const chromeOnly = machine([], { 'google-chrome-stable': '/usr/bin/google-chrome-stable' });
    expect(findChromium(chromeOnly.deps)?.path).toBe('/usr/bin/google-chrome-stable');
  });

  it("falls back to Playwright's own Chromium only when its file exists", () => {
    const own = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
    expect(findChromium(machine([own]).deps)).toEqual({ path: own, via: "Playwright's own Chromium" });
    expect(findChromium(machine([]).deps)).toBeNull();
    expect(findChromium(machine([], {}, { playwrightPath: () => null }).deps)).toBeNull();
  });

  it("knows Chrome's usual place on macOS and Windows", () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium(machine([mac], {}, { platform: 'darwin' }).deps)?.path).toBe(mac);
    const win = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const env = { ProgramFiles: 'C:\\Program Files' };
    expect(findChromium(machine([win], {}, { platform: 'win32', env }).deps)?.path).toBe(win);
    expect(findChromium(machine(['/usr/bin/chromium'], {}, { platform: 'win32' }).deps)?.path).not.toBe(
      '/usr/bin/chromium',
    );
  });
});

describe('searchPath', () => {
  it('returns the first directory holding the command', () => {
    const exists = (path: string) => path === '/usr/bin/chromium' || path === '/usr/local/bin/chromium';
    const env = { PATH: '/nope:/usr/local/bin/:/usr/bin' };
    expect(searchPath('chromium', { platform: 'linux', env, exists })).toBe('/usr/local/bin/chromium');
    expect(searchPath('chromium', { platform: 'linux', env: {}, exists })).toBeNull();
  });

  it("tries PATHEXT's endings on Windows", () => {
    const exists = (path: string) => path === 'C:\\Tools\\chromium.EXE';
    const env = { Path: 'C:\\Windows;C:\\Tools\\', PATHEXT: '.COM;.EXE' };
    expect(searchPath('chromium', { platform: 'win32', env, exists })).toBe('C:\\Tools\\chromium.EXE');
  });
});

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const RASPBIAN = 'ID=raspbian\nID_LIKE=debian\n';
const FEDORA = 'ID=fedora\n';

describe('isDebianLike', () => {
  it.each([
    [DEBIAN, true],
    [RASPBIAN, true],
    [UBUNTU, false],
    [MINT, false],
    [FEDORA, false],
    ['', false],
  ])('%j → %s', (osRelease, expected) => {
    expect(isDebianLike(osRelease)).toBe(expected);
  });
});

describe('installPlan', () => {
  const base = (over: Partial<PlanDeps> = {}) => {
    const sudoAsked: boolean[] = [];
    const deps: PlanDeps = {
      platform: 'linux',
      uid: 0,
      osRelease: DEBIAN,
      which: (command) => (['apt-get', 'sudo'].includes(command) ? `/usr/bin/${command}` : null),
      canSudo: () => {
        sudoAsked.push(true);
        return true;
      },
      ...over,
    };
    return { deps, sudoAsked };
  };

  it('uses apt-get directly as root on Debian, without asking sudo', () => {
    const { deps, sudoAsked } = base();
    expect(installPlan(deps)).toEqual({ kind: 'apt', sudo: [] });
    expect(sudoAsked).toEqual([]);
  });

  it('uses sudo -n for a user with passwordless sudo', () => {
    expect(installPlan(base({ uid: 1000 }).deps)).toEqual({ kind: 'apt', sudo: ['sudo', '-n'] });
  });

  it('falls back to Playwright without passwordless sudo, apt-get, or Debian', () => {
    expect(installPlan(base({ uid: 1000, canSudo: () => false }).deps)).toEqual({ kind: 'playwright' });
    expect(installPlan(base({ which: () => null }).deps)).toEqual({ kind: 'playwright' });
    expect(installPlan(base({ osRelease: UBUNTU }).deps)).toEqual({ kind: 'playwright' });
    expect(installPlan(base({ platform: 'darwin', uid: 501 }).deps)).toEqual({ kind: 'playwright' });
    expect(installPlan(base({ platform: 'win32', uid: -1 }).deps)).toEqual({ kind: 'playwright' });
  });
});

describe('aptCommand', () => {
  it('installs without recommends and keeps apt-get non-interactive through sudo', () => {
    expect(aptCommand([], APT_INSTALL)).toEqual([
      'env',
      'DEBIAN_FRONTEND=noninteractive',
      'apt-get',
      'install',
      '-y',
      '--no-install-recommends',
      'chromium',
    ]);
    expect(aptCommand(['sudo', '-n'], ['update']).slice(0, 5)).toEqual([
      'sudo',
      '-n',
      'env',
      'DEBIAN_FRONTEND=noninteractive',
      'apt-get',
    ]);
  });
});
