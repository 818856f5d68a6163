// The app's own key for the retention archive: 32 random bytes made on first use, stored in the
// user-data folder only in the form the operating system's secret store protects (Electron's
// safeStorage: Keychain, DPAPI, libsecret/kwallet). Written without importing Electron: main
// hands its safeStorage in. Where no real secret store is available, there is no app key and the
// seller types a passphrase instead.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Gives the 32-byte archive key the app keeps for the seller. */
export interface ArchiveKeyProvider {
  key(): Promise<Buffer>;
}

/** The part of Electron's safeStorage used here. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means a hard-coded password, which protects nothing. */
  getSelectedStorageBackend?(): string;
}

export const ARCHIVE_KEY_FILE = 'retention-archive.key';

export function safeStorageArchiveKey(safeStorage: SafeStorageLike, userDataDir: string): ArchiveKeyProvider | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (safeStorage.getSelectedStorageBackend?.() === 'basic_text') return undefined;
  const file = join(userDataDir, ARCHIVE_KEY_FILE);
  let cached: Promise<Buffer> | undefined;
  const load = async (): Promise<Buffer> => {
    let stored: Buffer | undefined;
    try {
      stored = await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error('The archive key could not be read.');
    }
    // A key that exists but cannot be opened must never be replaced: the archive depends on it.
    if (stored) {
      const key = Buffer.from(safeStorage.decryptString(stored), 'base64');
      if (key.length !== 32) throw new Error('The archive key is damaged.');
      return key;
    }
    const key = randomBytes(32);
    await mkdir(userDataDir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, safeStorage.encryptString(key.toString('base64')), { mode: 0o600, flag: 'wx' });
    await rename(temp, file);
    return key;
  };
  return {
    key: () => {
      cached ??= load().catch((error: unknown) => {
        cached = undefined;
        throw error;
      });
      return cached;
    },
  };
}
