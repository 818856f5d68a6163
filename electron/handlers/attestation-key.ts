// The attestation signing key in the app: its PEM wrapped by Electron's safeStorage (Keychain,
// DPAPI, libsecret/kwallet) before it touches the disk. Written without importing Electron: main
// hands its safeStorage in. Where no real secret store exists there is no protector, and the app
// uses the same 0600 PEM file as `cda attest`.
import type { KeyProtector } from '../engine/attest/keys.js';
import type { SafeStorageLike } from './remediation-archive-key.js';

export function safeStorageKeyProtector(safeStorage: SafeStorageLike): KeyProtector | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  // Linux without a keyring: a hard-coded password, which protects nothing.
  if (safeStorage.getSelectedStorageBackend?.() === 'basic_text') return undefined;
  return {
    description: 'the operating system’s secret store',
    protect: (pem) => safeStorage.encryptString(Buffer.from(pem).toString('utf8')),
    unprotect: (stored) => Buffer.from(safeStorage.decryptString(Buffer.from(stored)), 'utf8'),
  };
}
