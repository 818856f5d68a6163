// The installation's Ed25519 signing key, created on first use. Where the private key lives is
// pluggable: the command line keeps a 0600 PEM file in the user's config folder; the app wraps the
// same bytes with Electron's safeStorage through a KeyProtector (this file never imports Electron).
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PrivateKeyStore {
  /** Where the key is kept, for messages. */
  readonly location: string;
  /** The stored PKCS#8 PEM, or undefined when there is none yet. */
  read(): Promise<Uint8Array | undefined>;
  /** Stores a new key unless one exists already (two processes may race on first use). */
  create(pkcs8Pem: Uint8Array): Promise<'created' | 'exists'>;
}

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The raw 32-byte public key, base64: what the report carries. */
  publicKeyBase64: string;
  /** SHA-256 hex of the raw public key. */
  fingerprint: string;
}

export async function loadOrCreateSigningKey(store: PrivateKeyStore): Promise<SigningKey & { created: boolean }> {
  let stored = await store.read();
  let created = false;
  if (stored === undefined) {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = Buffer.from(privateKey.export({ format: 'pem', type: 'pkcs8' }));
    created = (await store.create(pem)) === 'created';
    stored = created ? pem : await store.read();
    if (stored === undefined) throw new Error(`The signing key at ${store.location} could not be created.`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: Buffer.from(stored), format: 'pem' });
  } catch {
    // Never replace a damaged key silently: reports signed before would no longer match it.
    throw new Error(`The signing key at ${store.location} is damaged. Move it away to create a new one (earlier reports keep their old fingerprint).`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`The signing key at ${store.location} is not an Ed25519 key.`);
  return { ...describeKey(privateKey), created };
}

function describeKey(privateKey: KeyObject): SigningKey {
  const publicKey = createPublicKey(privateKey);
  const raw = rawPublicKey(publicKey);
  return { privateKey, publicKey, publicKeyBase64: raw.toString('base64'), fingerprint: fingerprintOf(raw) };
}

export function rawPublicKey(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('Not an Ed25519 public key.');
  return Buffer.from(jwk.x, 'base64url');
}

export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new Error('An Ed25519 public key is 32 bytes.');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
}

export function fingerprintOf(rawPublicKey: Uint8Array): string {
  return createHash('sha256').update(rawPublicKey).digest('hex');
}

/** `1a2b3c…` → `1a2b 3c4d …`: sixteen groups of four, easy to read out on the phone. */
export function formatFingerprint(fingerprint: string): string {
  return fingerprint.match(/.{1,4}/g)?.join(' ') ?? fingerprint;
}

/**
 * The fingerprint of a key given to `cda verify --key`: a fingerprint (grouped or not), the raw
 * public key in base64, or a PEM public key. Undefined when the text is none of these.
 */
export function parseExpectedKey(text: string): string | undefined {
  const trimmed = text.trim();
  const hex = trimmed.replace(/[\s:-]/g, '').toLowerCase();
  if (/^[0-9a-f]{64}$/.test(hex)) return hex;
  if (/^[A-Za-z0-9+/]{43}=$/.test(trimmed)) return fingerprintOf(Buffer.from(trimmed, 'base64'));
  if (trimmed.includes('-----BEGIN PUBLIC KEY-----')) {
    try {
      return fingerprintOf(rawPublicKey(createPublicKey(trimmed)));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const KEY_FILE = 'attestation-signing-key.pem';
/** The app's key when the OS secret store protects it: cda cannot open it, so it is a key of its own. */
const PROTECTED_KEY_FILE = 'attestation-signing-key.protected';

/**
 * Wraps the private key's bytes before they are written and unwraps them when read. The app hands
 * in one over Electron's safeStorage (Keychain, DPAPI, libsecret); without one the key is a plain
 * 0600 PEM file, the same file `cda attest` uses.
 */
export interface KeyProtector {
  /** Said on screen: where the protection comes from. */
  readonly description: string;
  protect(pem: Uint8Array): Uint8Array;
  /** Throws when the stored bytes cannot be unwrapped (another user, a reset secret store). */
  unprotect(stored: Uint8Array): Uint8Array;
}

/** A PEM file readable by its owner only, in a folder readable by its owner only; wrapped by `protector` when given. */
export function fileKeyStore(dir: string, protector?: KeyProtector): PrivateKeyStore {
  const path = join(dir, protector ? PROTECTED_KEY_FILE : KEY_FILE);
  return {
    location: path,
    async read() {
      let data: Buffer;
      try {
        data = await readFile(path);
        await tightenPermissions(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      if (!protector) return data;
      try {
        return protector.unprotect(data);
      } catch {
        // Never replaced silently: reports signed before would no longer match a new key.
        throw new Error(`The signing key at ${path} cannot be unlocked by ${protector.description}. Sign in as the user who created it, or move the file away to create a new key (earlier reports keep their old fingerprint).`);
      }
    },
    async create(plainPem) {
      const pem = protector ? protector.protect(plainPem) : plainPem;
      await mkdir(dir, { recursive: true, mode: 0o700 });
      // Written in full under a private name, then linked into place: link() never overwrites,
      // so a concurrent first use keeps one key and nobody reads a half-written file.
      const temp = join(dir, `.${KEY_FILE}.${randomBytes(6).toString('hex')}.tmp`);
      await writeFile(temp, pem, { mode: 0o600, flag: 'wx' });
      try {
        await chmod(temp, 0o600);
        await link(temp, path);
        return 'created';
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
        throw error;
      } finally {
        await unlink(temp).catch(() => undefined);
      }
    },
  };
}

async function tightenPermissions(path: string): Promise<void> {
  if (process.platform === 'win32') return;
  const { mode } = await stat(path);
  if ((mode & 0o077) !== 0) await chmod(path, 0o600);
}
