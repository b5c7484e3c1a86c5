// The store server this PC uses, kept in `store-server.json` beside the database: the connection details
// in clear, the password only as the OS keychain sealed it (a Sealer; Electron's safeStorage in the app).
// No file: this PC uses its built-in file.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { PgServer, TlsMode } from '../db/pg/connectionCheck';

/** Seals text with a key only this user on this PC holds (the OS keychain), and opens it again. */
export interface Sealer {
  available(): boolean;
  seal(text: string): string;
  unseal(sealed: string): string;
}

interface ChoiceFile {
  host: string;
  port: number;
  database: string;
  user: string;
  tls: TlsMode;
  /** base64 of the sealed password. */
  passwordSealed: string;
}

export class StoreServerChoiceError extends Error {}

export function saveStoreServerChoice(path: string, server: PgServer, sealer: Sealer): void {
  if (!sealer.available()) {
    throw new StoreServerChoiceError(
      'This PC cannot keep the password safe (its keychain is not available), so the store server was not saved. BeBack keeps using the built-in file.',
    );
  }
  const file: ChoiceFile = {
    host: server.host,
    port: server.port,
    database: server.database,
    user: server.user,
    tls: server.tls,
    passwordSealed: sealer.seal(server.password),
  };
  const temp = `${path}.partial`;
  writeFileSync(temp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, path);
}

export function readStoreServerChoice(path: string, sealer: Sealer): PgServer | null {
  if (!existsSync(path)) return null;
  let file: ChoiceFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as ChoiceFile;
  } catch {
    throw new StoreServerChoiceError(
      `The store server choice (${path}) cannot be read. Delete it to use the built-in file, then choose the server again.`,
    );
  }
  let password: string;
  try {
    password = sealer.unseal(file.passwordSealed);
  } catch {
    throw new StoreServerChoiceError(
      'The store server password saved on this PC cannot be opened (was the Windows or keychain user changed?). Delete store-server.json beside the database and choose the server again.',
    );
  }
  return {
    host: file.host,
    port: file.port,
    database: file.database,
    user: file.user,
    tls: file.tls,
    password,
  };
}

/** Back to the built-in file on the next start. */
export function forgetStoreServerChoice(path: string): void {
  rmSync(path, { force: true });
}
