// Restoring from the damaged-database screen, where nobody can sign in: the owner's name and PIN are
// checked against the employees inside the backup being restored (the damaged file is never read).
import Database from 'better-sqlite3';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { verifyPin } from '../employees/pin';
import { LockedError, ValidationError } from '../errors';

const FREE_TRIES = 5;
const PAUSE_MS = 60_000;

export function createRecoveryGate(now: () => number) {
  let failures = 0;
  let pausedUntil = 0;
  return async function checkOwner(
    backupFile: string,
    ownerName: string,
    pin: string,
    nativeBinding?: string,
  ) {
    const at = now();
    if (pausedUntil > at) {
      throw new LockedError(`Too many wrong tries. Wait ${Math.ceil((pausedUntil - at) / 1000)} seconds.`);
    }
    // Counted before the check, so tries sent at once cannot all be checked.
    failures++;
    if (failures > FREE_TRIES) {
      pausedUntil = at + PAUSE_MS;
      failures = 0;
      throw new LockedError('Too many wrong tries. Wait 60 seconds.');
    }
    const db = new Database(backupFile, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    let hashes: string[];
    try {
      hashes = db
        .prepare(
          "SELECT pin_hash FROM employees WHERE role = 'owner' AND active = 1 AND lower(trim(name)) = lower(?)",
        )
        .pluck()
        .all(ownerName.trim()) as string[];
    } finally {
      db.close();
    }
    for (const hash of hashes) {
      if (await verifyPin(pin, hash)) {
        failures = 0;
        return;
      }
    }
    throw new ValidationError('That is not an owner’s name and PIN in this backup.', [
      { path: 'pin', message: 'Wrong name or PIN' },
    ]);
  };
}

/** The store's time zone as a backup holds it, so the damaged screen shows store times; null if unreadable. */
export function storeTimeZoneIn(backupFile: string, nativeBinding?: string): string | null {
  try {
    const db = new Database(backupFile, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    try {
      const raw = db.prepare("SELECT value FROM settings WHERE key = 'timeZone'").pluck().get() as
        | string
        | undefined;
      return raw ? (JSON.parse(raw) as string) : DEFAULT_SETTINGS.timeZone;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}
