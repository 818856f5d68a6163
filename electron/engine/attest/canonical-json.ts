// RFC 8785 JSON Canonicalization Scheme (JCS): the bytes the signature covers. Implemented here
// (about thirty lines) rather than taken from npm so that its edge cases are ours and tested
// against the RFC's vectors: ECMAScript number serialisation, object keys sorted by UTF-16 code
// units, no whitespace, JSON.stringify string escaping, and errors for what JSON cannot hold.

export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
}

export function canonicalize(value: unknown): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    // ES6 Number.prototype.toString is exactly the RFC's number format; -0 becomes "0".
    if (!Number.isFinite(value)) throw new CanonicalJsonError(`${value} cannot be represented in JSON.`);
    return JSON.stringify(value);
  }
  if (typeof value === 'string') return canonicalString(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalize(item)).join(',')}]`;
  if (typeof value === 'object' && isPlainObject(value)) {
    const record = value as Record<string, unknown>;
    // Default sort compares UTF-16 code units, which is what RFC 8785 §3.2.3 prescribes.
    const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
    return `{${keys.map((key) => `${canonicalString(key)}:${canonicalize(record[key])}`).join(',')}}`;
  }
  throw new CanonicalJsonError(`A ${typeof value} cannot be represented in JSON.`);
}

function canonicalString(text: string): string {
  // Lone surrogates have no UTF-8 form: RFC 8785 §3.2.2.2 requires an error.
  if (/\p{Surrogate}/u.test(text)) throw new CanonicalJsonError('A string holds a lone UTF-16 surrogate.');
  return JSON.stringify(text);
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The canonical form as the UTF-8 bytes that are signed and hashed. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalize(value), 'utf8');
}
