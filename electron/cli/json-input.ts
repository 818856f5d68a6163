// Reading a JSON file given on the command line against its schema: a usage error with a sentence
// when it is missing or not what it should be.
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { UsageError } from './usage-error.js';

export async function readJsonFile<T extends z.ZodType>(path: string, schema: T, what: string): Promise<z.infer<T>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new UsageError(`${what} ${path} could not be read as JSON.`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${what} ${path} is not valid: ${issue?.path.join('.') || 'root'}: ${issue?.message ?? 'invalid'}.`);
  }
  return parsed.data;
}
