// The handlers of the watch calls (shared/api-watch.ts), over the engine.
import type { watchApiInputs } from '../../shared/api-watch.js';
import type { DomainHandlers, HandlerDeps } from './handler-types.js';

export function createWatchHandlers(_deps: HandlerDeps): DomainHandlers<keyof typeof watchApiInputs> {
  return {};
}
