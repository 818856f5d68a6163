// Validate, then call: the one path by which input from the interface reaches a handler.
import { API_NAMES, apiInputs, type ApiError, type ApiName } from '../../shared/api.js';
import { toApiError } from './api-failure.js';
import type { Handlers } from './index.js';

export type Dispatched = { ok: true; result: unknown } | { ok: false; error: ApiError };

export function isApiName(name: string): name is ApiName {
  return (API_NAMES as string[]).includes(name);
}

export async function dispatch(handlers: Handlers, name: string, input: unknown): Promise<Dispatched> {
  if (!isApiName(name)) return { ok: false, error: { reason: 'not-found', message: 'Unknown request.' } };
  const parsed = apiInputs[name].safeParse(input ?? undefined);
  if (!parsed.success) return { ok: false, error: { reason: 'invalid-input', message: 'The request was not valid.' } };
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, result: (await handler(parsed.data)) ?? null };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}
