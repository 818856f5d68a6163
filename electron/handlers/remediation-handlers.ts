// The handlers of the remediation calls (shared/api-remediation.ts), over the engine.
import type { remediationApiInputs } from '../../shared/api-remediation.js';
import type { DomainHandlers, HandlerDeps } from './handler-types.js';

export function createRemediationHandlers(_deps: HandlerDeps): DomainHandlers<keyof typeof remediationApiInputs> {
  return {};
}
