// The app's switch to a store server: the choice saved (password sealed) and the restart scheduled after
// the answer; without a keychain, refused in words, nothing saved and no restart.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sealer } from '../../../electron/main/storeServerChoice';
import { storeServerSwitch } from '../../../electron/main/storeServerSwitch';

const sealer = (available: boolean): Sealer => ({
  available: () => available,
  seal: (t) => Buffer.from(t).reverse().toString('base64'),
  unseal: (s) => Buffer.from(s, 'base64').reverse().toString(),
});
const SERVER = {
  host: '10.0.0.5',
  port: 5432,
  database: 'beback',
  user: 'beback_app',
  password: 'shh secret',
  tls: 'verify',
} as const;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'beback-switch-'));
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('switching this PC to a store server', () => {
  it('saves the choice, answers, then restarts', async () => {
    const restart = vi.fn();
    const choicePath = join(dir, 'store-server.json');
    const switchTo = storeServerSwitch({
      choicePath,
      dbPath: '/data/beback.sqlite',
      sealer: sealer(true),
      restart,
    });
    expect(await switchTo(SERVER)).toEqual({
      switched: true,
      message:
        'Saved. BeBack restarts in a moment on the store server 10.0.0.5:5432/beback. The built-in file stays at /data/beback.sqlite as it is now (after a move, it is the backup of that moment).',
    });
    expect(readFileSync(choicePath, 'utf8')).not.toContain('shh secret');
    expect(restart).not.toHaveBeenCalled();
    vi.advanceTimersByTime(3_000);
    expect(restart).toHaveBeenCalledTimes(1);
  });

  it('refuses without a keychain: nothing saved, no restart', async () => {
    const restart = vi.fn();
    const choicePath = join(dir, 'store-server.json');
    const switchTo = storeServerSwitch({
      choicePath,
      dbPath: '/data/beback.sqlite',
      sealer: sealer(false),
      restart,
    });
    await expect(switchTo(SERVER)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message:
        'This PC cannot keep the password safe (its keychain is not available), so the store server was not saved. BeBack keeps using the built-in file.',
    });
    vi.advanceTimersByTime(10_000);
    expect(restart).not.toHaveBeenCalled();
    expect(existsSync(choicePath)).toBe(false);
  });
});
