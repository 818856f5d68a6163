import { generateKeyPairSync } from 'node:crypto';
import { readdir, readFile, stat, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configDir } from '../../electron/cli/config-dir.js';
import { fileKeyStore, fingerprintOf, formatFingerprint, loadOrCreateSigningKey, parseExpectedKey, rawPublicKey } from '../../electron/engine/attest/keys.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

describe('installation signing key', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('cda-keys-');
  });
  afterEach(async () => removeTempDir(dir));

  it('is created on first use with owner-only permissions, then reused', async () => {
    const store = fileKeyStore(join(dir, 'config'));
    const first = await loadOrCreateSigningKey(store);
    expect(first.created).toBe(true);
    expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(first.publicKeyBase64, 'base64')).toHaveLength(32);
    expect(first.fingerprint).toBe(fingerprintOf(Buffer.from(first.publicKeyBase64, 'base64')));
    if (process.platform !== 'win32') {
      expect((await stat(store.location)).mode & 0o777).toBe(0o600);
      expect((await stat(join(dir, 'config'))).mode & 0o777).toBe(0o700);
    }
    const again = await loadOrCreateSigningKey(store);
    expect(again.created).toBe(false);
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(await readdir(join(dir, 'config'))).toEqual(['attestation-signing-key.pem']);
  });

  it('keeps one key when two first uses race', async () => {
    const store = fileKeyStore(dir);
    const keys = await Promise.all([loadOrCreateSigningKey(store), loadOrCreateSigningKey(store), loadOrCreateSigningKey(store)]);
    expect(new Set(keys.map((k) => k.fingerprint)).size).toBe(1);
    expect(keys.filter((k) => k.created)).toHaveLength(1);
  });

  it.skipIf(process.platform === 'win32')('tightens a key file that others can read', async () => {
    const store = fileKeyStore(dir);
    await loadOrCreateSigningKey(store);
    await chmod(store.location, 0o644);
    await loadOrCreateSigningKey(store);
    expect((await stat(store.location)).mode & 0o777).toBe(0o600);
  });

  it('refuses a damaged key instead of silently replacing it', async () => {
    const store = fileKeyStore(dir);
    await loadOrCreateSigningKey(store);
    await writeFile(store.location, 'not a key');
    await expect(loadOrCreateSigningKey(store)).rejects.toThrow(/damaged/);
    expect(await readFile(store.location, 'utf8')).toBe('not a key');
  });

  it('accepts a pluggable store (the app wraps the PEM with safeStorage)', async () => {
    let saved: Uint8Array | undefined;
    const sealed = (bytes: Uint8Array) => Buffer.from(bytes).map((b) => b ^ 0x5a);
    const store = {
      location: 'memory',
      read: async () => (saved ? sealed(saved) : undefined),
      create: async (pem: Uint8Array) => {
        saved = sealed(pem);
        return 'created' as const;
      },
    };
    const key = await loadOrCreateSigningKey(store);
    expect(Buffer.from(saved!).toString('latin1')).not.toContain('PRIVATE KEY');
    expect((await loadOrCreateSigningKey(store)).fingerprint).toBe(key.fingerprint);
  });

  it('groups the fingerprint in sixteen blocks of four', () => {
    expect(formatFingerprint('0123456789abcdef'.repeat(4)).split(' ')).toHaveLength(16);
  });

  it('reads the key given to --key as a fingerprint, grouped fingerprint, base64 public key or PEM', () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const raw = rawPublicKey(publicKey);
    const fp = fingerprintOf(raw);
    expect(parseExpectedKey(fp)).toBe(fp);
    expect(parseExpectedKey(formatFingerprint(fp).toUpperCase())).toBe(fp);
    expect(parseExpectedKey(`${raw.toString('base64')}\n`)).toBe(fp);
    expect(parseExpectedKey(publicKey.export({ format: 'pem', type: 'spki' }).toString())).toBe(fp);
    expect(parseExpectedKey('abc')).toBeUndefined();
    expect(parseExpectedKey('report.pdf')).toBeUndefined();
  });
});

describe('config folder', () => {
  it('follows CDA_CONFIG_DIR, XDG_CONFIG_HOME, %APPDATA% and macOS Application Support', () => {
    expect(configDir({ CDA_CONFIG_DIR: '/tmp/x' }, 'linux')).toBe('/tmp/x');
    expect(configDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux')).toBe(join('/xdg', 'customer-data-auditor'));
    expect(configDir({}, 'linux')).toMatch(/\.config[\\/]customer-data-auditor$/);
    expect(configDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toContain('customer-data-auditor');
    expect(configDir({}, 'darwin')).toMatch(/Library[\\/]Application Support[\\/]customer-data-auditor$/);
  });
});
