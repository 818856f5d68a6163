// The app's calls and events for remediation: input schemas, result types and events, merged into
// shared/api.ts. Inputs are validated with these schemas wherever they cross a process boundary.
import { z } from 'zod';

export const remediationApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RemediationApiResults {}

/** Events pushed to the interface; `type` starts with 'remediation-'. */
export type RemediationEvent = never;
