// The retention archive's container: one file per archived document, AES-256-GCM encrypted.
// The key comes from a passphrase through scrypt (command line) or is a 32-byte key the app keeps
// protected by Electron's safeStorage. The clear header holds only what listing needs (masked
// path, hash, reason, expiry) and is authenticated with the content; the original path and name
// are inside the encrypted part.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';
import { KEEP_REASONS } from '../../../shared/remediation.js';

export const CONTAINER_MAGIC = 'CDA-ARCHIVE/1\n';
export const CONTAINER_EXT = '.cdaarc';
const TAG_BYTES = 16;
// scrypt cost: about 100 ms and 32 MB on a laptop, the OWASP-recommended floor (N=2^15, r=8).
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;

export type ArchiveKey = { passphrase: string } | { key: Buffer };

export const containerHeaderSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{16,64}$/),
  createdAt: z.string(),
  maskedPath: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  reason: z.enum(KEEP_REASONS).optional(),
  until: z.string().optional(),
  kdf: z.union([
    z.object({ name: z.literal('scrypt'), salt: z.string(), N: z.number().int().min(2).max(2 ** 20), r: z.number().int().min(1).max(16), p: z.number().int().min(1).max(4) }),
    z.object({ name: z.literal('key') }),
  ]),
  iv: z.string(),
});
export type ContainerHeader = z.infer<typeof containerHeaderSchema>;

export interface ArchivedFile {
  /** The original absolute path (inside the encryption only). */
  path: string;
  mtimeMs: number;
  bytes: Buffer;
}

export type SealInput = Omit<ContainerHeader, 'kdf' | 'iv'>;

export function sealContainer(header: SealInput, file: ArchivedFile, key: ArchiveKey): Buffer {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const full: ContainerHeader = {
    ...header,
    kdf: 'passphrase' in key ? { name: 'scrypt', salt: salt.toString('base64'), ...SCRYPT } : { name: 'key' },
    iv: iv.toString('base64'),
  };
  const headerLine = Buffer.from(JSON.stringify(full) + '\n', 'utf8');
  const cipher = createCipheriv('aes-256-gcm', deriveKey(full, key), iv);
  cipher.setAAD(headerLine);
  const meta = Buffer.from(JSON.stringify({ path: file.path, mtimeMs: file.mtimeMs }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(meta.length);
  const body = Buffer.concat([cipher.update(Buffer.concat([length, meta])), cipher.update(file.bytes), cipher.final()]);
  return Buffer.concat([Buffer.from(CONTAINER_MAGIC, 'utf8'), headerLine, body, cipher.getAuthTag()]);
}

/** The clear header, or undefined when the bytes are no container. */
export function readContainerHeader(data: Buffer): { header: ContainerHeader; bodyStart: number } | undefined {
  if (!data.subarray(0, CONTAINER_MAGIC.length).equals(Buffer.from(CONTAINER_MAGIC, 'utf8'))) return undefined;
  const end = data.indexOf(0x0a, CONTAINER_MAGIC.length);
  if (end < 0) return undefined;
  try {
    const parsed = containerHeaderSchema.safeParse(JSON.parse(data.subarray(CONTAINER_MAGIC.length, end).toString('utf8')));
    return parsed.success ? { header: parsed.data, bodyStart: end + 1 } : undefined;
  } catch {
    return undefined;
  }
}

export type OpenResult = { ok: true; header: ContainerHeader; file: ArchivedFile } | { ok: false; code: 'not-a-container' | 'wrong-key'; message: string };

export function openContainer(data: Buffer, key: ArchiveKey): OpenResult {
  const read = readContainerHeader(data);
  if (!read || data.length < read.bodyStart + TAG_BYTES) return { ok: false, code: 'not-a-container', message: 'This is not a retention archive container, or it is damaged.' };
  const { header, bodyStart } = read;
  if (('passphrase' in key) !== (header.kdf.name === 'scrypt')) {
    return { ok: false, code: 'wrong-key', message: header.kdf.name === 'scrypt' ? 'This container was locked with a passphrase.' : 'This container was locked by the app\'s own key, not a passphrase.' };
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', deriveKey(header, key), Buffer.from(header.iv, 'base64'));
    decipher.setAAD(data.subarray(CONTAINER_MAGIC.length, bodyStart));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(data.subarray(bodyStart, data.length - TAG_BYTES)), decipher.final()]);
    const metaLength = plain.readUInt32BE(0);
    const meta = z.object({ path: z.string(), mtimeMs: z.number() }).parse(JSON.parse(plain.subarray(4, 4 + metaLength).toString('utf8')));
    return { ok: true, header, file: { ...meta, bytes: plain.subarray(4 + metaLength) } };
  } catch {
    return { ok: false, code: 'wrong-key', message: 'The passphrase or key is wrong, or the container was altered.' };
  }
}

function deriveKey(header: Pick<ContainerHeader, 'kdf'>, key: ArchiveKey): Buffer {
  if ('key' in key) {
    if (key.key.length !== 32) throw new Error('The archive key must be 32 bytes.');
    return key.key;
  }
  if (header.kdf.name !== 'scrypt') throw new Error('The container was not locked with a passphrase.');
  const { salt, N, r, p } = header.kdf;
  return scryptSync(key.passphrase.normalize('NFC'), Buffer.from(salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r });
}
