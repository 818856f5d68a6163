import type { ApiError } from '../../shared/api.js';

/** A refusal or failure a handler reports to the interface: a machine reason and a sentence for people. */
export class ApiFailure extends Error implements ApiError {
  constructor(
    readonly reason: ApiError['reason'],
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiFailure) return { reason: error.reason, message: error.message };
  // Unknown errors may carry details from deep inside; the interface gets a plain sentence.
  return { reason: 'failed', message: 'Something went wrong. Please try again.' };
}
