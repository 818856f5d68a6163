// Signing: Ed25519 over the UTF-8 bytes of the RFC 8785 canonical form of the payload, so that
// any re-serialisation of the same JSON (indentation, key order) still verifies.
import { sign } from 'node:crypto';
import { ATTESTATION_SCHEMA, type Attestation, type AttestationPayload } from '../../../shared/attestation.js';
import { canonicalBytes } from './canonical-json.js';
import type { SigningKey } from './keys.js';

export function signPayload(payload: AttestationPayload, key: SigningKey): Attestation {
  const value = sign(null, canonicalBytes(payload), key.privateKey).toString('base64');
  return {
    schema: ATTESTATION_SCHEMA,
    payload,
    signature: { alg: 'Ed25519', publicKey: key.publicKeyBase64, fingerprint: key.fingerprint, value },
  };
}
