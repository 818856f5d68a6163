// The retention window lives in shared/remediation.ts so that the renderer's Review can flag
// files past it too; the engine re-exports it.
export { DEFAULT_RETENTION_DAYS, isPastDate, retentionStatus, type RetentionStatus } from '../../../shared/remediation.js';
