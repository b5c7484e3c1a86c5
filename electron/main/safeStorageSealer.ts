// The app's Sealer: Electron's safeStorage (DPAPI on Windows, the Keychain on macOS, libsecret on Linux).
import { safeStorage } from 'electron';
import type { Sealer } from './storeServerChoice';

export const safeStorageSealer: Sealer = {
  // On Linux without a keyring Electron falls back to a key written in its own code: not safe, so refused.
  available: () =>
    safeStorage.isEncryptionAvailable() &&
    !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  seal: (text) => safeStorage.encryptString(text).toString('base64'),
  unseal: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
};
