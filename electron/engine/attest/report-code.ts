// The report's identity: SHA-256 of the canonical signed document. Its first 64 bits, grouped, are
// the short code printed on every page of the PDF; `cda verify` recomputes it from the attached
// JSON, which binds the printed pages to the attachment.
import { createHash } from 'node:crypto';
import { canonicalBytes } from './canonical-json.js';

export function reportHash(signedDocument: unknown): string {
  return createHash('sha256').update(canonicalBytes(signedDocument)).digest('hex');
}

/** `3F9A-C21B-77D0-E4A5` */
export function reportCode(signedDocument: unknown): string {
  return reportHash(signedDocument).slice(0, 16).toUpperCase().match(/.{4}/g)!.join('-');
}
