// The store-server choice file: the password never in clear on disk, refused when nothing can seal it,
// read back whole, and turned into the connection string the store server host takes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  readStoreServerChoice,
  type Sealer,
  saveStoreServerChoice,
} from '../../../electron/main/storeServerChoice';
import { connectionStringOf, serverOf } from '../../../electron/services/pgHost';

/** A stand-in keychain: reversible, but nothing like the clear text. */
const standIn = (available = true): Sealer => ({
  available: () => available,
  seal: (t) => Buffer.from([...Buffer.from(t)].map((b) => b ^ 0x5a)).toString('base64'),
  unseal: (s) => {
    const bytes = Buffer.from(s, 'base64');
    if (bytes.length === 0 && s !== '') throw new Error('cannot decrypt');
    return Buffer.from([...bytes].map((b) => b ^ 0x5a)).toString();
  },
});

const SERVER = {
  host: 'store-server.local',
  port: 5433,
  database: 'beback',
  user: 'beback_app',
  password: 'correct horse battery',
  tls: 'require',
} as const;

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'beback-choice-'));
  path = join(dir, 'store-server.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('store-server.json', () => {
  it('keeps the details and only the sealed password', () => {
    saveStoreServerChoice(path, SERVER, standIn());
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('correct horse');
    expect(JSON.parse(text)).toEqual({
      host: 'store-server.local',
      port: 5433,
      database: 'beback',
      user: 'beback_app',
      tls: 'require',
      passwordSealed: standIn().seal('correct horse battery'),
    });
    expect(readStoreServerChoice(path, standIn())).toEqual(SERVER);
  });

  it('refuses to save when the password cannot be sealed, and writes nothing', () => {
    expect(() => saveStoreServerChoice(path, SERVER, standIn(false))).toThrow(
      'This PC cannot keep the password safe (its keychain is not available), so the store server was not saved. BeBack keeps using the built-in file.',
    );
    expect(readStoreServerChoice(path, standIn())).toBeNull();
  });

  it('says so when the sealed password cannot be opened', () => {
    saveStoreServerChoice(path, SERVER, standIn());
    const broken: Sealer = {
      ...standIn(),
      unseal: () => {
        throw new Error('decrypt failed');
      },
    };
    expect(() => readStoreServerChoice(path, broken)).toThrow(
      'The store server password saved on this PC cannot be opened (was the Windows or keychain user changed?). Delete store-server.json beside the database and choose the server again.',
    );
    writeFileSync(path, '{ not json');
    expect(() => readStoreServerChoice(path, standIn())).toThrow(
      /^The store server choice \(.*\) cannot be read\./,
    );
  });

  it('builds the connection string for each TLS mode, with odd characters escaped', () => {
    expect(connectionStringOf({ ...SERVER, password: 'p@ss/w:rd', tls: 'off' })).toBe(
      'postgres://beback_app:p%40ss%2Fw%3Ard@store-server.local:5433/beback?sslmode=disable',
    );
    expect(connectionStringOf(SERVER)).toMatch(/\?sslmode=no-verify$/);
    expect(connectionStringOf({ ...SERVER, host: 'fe80::1', tls: 'verify' })).toBe(
      'postgres://beback_app:correct%20horse%20battery@[fe80::1]:5433/beback?sslmode=verify-full',
    );
  });

  it('reads back the server it was built from, for each TLS mode', () => {
    for (const tls of ['off', 'require', 'verify'] as const) {
      const server = { ...SERVER, password: 'p@ss/w:rd', tls };
      expect(serverOf(connectionStringOf(server))).toEqual(server);
    }
  });
});
