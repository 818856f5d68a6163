/** A mistake in how the command was called: exit code 2 with a sentence, not a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
