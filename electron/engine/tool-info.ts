import type { ToolInfo } from '../../shared/types.js';

/** Kept equal to package.json's version by a test. */
export const TOOL_VERSION = '0.1.0';
/** Bumped whenever a recognizer or column rule changes what is found: scan indexes keyed on it are invalidated. */
export const RULES_VERSION = '2026.11.1';

export const TOOL: ToolInfo = { name: 'customer-data-auditor', version: TOOL_VERSION, rules: RULES_VERSION };
