// The app's calls and events for watch: input schemas, result types and events, merged into
// shared/api.ts. Inputs are validated with these schemas wherever they cross a process boundary.
import { z } from 'zod';

export const watchApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface WatchApiResults {}

/** Events pushed to the interface; `type` starts with 'watch-'. */
export type WatchEvent = never;
