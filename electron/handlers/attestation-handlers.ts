// The handlers of the attestation calls (shared/api-attestation.ts), over the engine.
import type { attestationApiInputs } from '../../shared/api-attestation.js';
import type { DomainHandlers, HandlerDeps } from './handler-types.js';

export function createAttestationHandlers(_deps: HandlerDeps): DomainHandlers<keyof typeof attestationApiInputs> {
  return {};
}
