// The app's calls and events for attestation: input schemas, result types and events, merged into
// shared/api.ts. Inputs are validated with these schemas wherever they cross a process boundary.
import { z } from 'zod';

export const attestationApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AttestationApiResults {}

/** Events pushed to the interface; `type` starts with 'attestation-'. */
export type AttestationEvent = never;
