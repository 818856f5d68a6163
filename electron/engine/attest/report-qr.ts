// The QR code on the report's first page: the report code, the full report hash and the key
// fingerprint, so an account manager can read them off paper or a screen with a phone instead of
// typing 64 hex digits. Upper-case only, so the QR alphanumeric mode keeps the code small
// (version 7, 45 modules). Encoded with uqr (unjs, MIT, no dependencies, offline).
import { encode } from 'uqr';
import type { Attestation } from '../../../shared/attestation.js';
import { reportCode, reportHash } from './report-code.js';

export function reportQrText(attestation: Attestation): string {
  return `CDA REPORT ${reportCode(attestation)} SHA256:${reportHash(attestation).toUpperCase()} KEY:${attestation.signature.fingerprint.toUpperCase()}`;
}

/** Dark modules, row by row, without a quiet zone (the page's white margin is that). */
export function qrModules(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 0 }).data;
}
