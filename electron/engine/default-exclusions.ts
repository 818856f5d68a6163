// Folders every scan skips, with the reason shown to the seller on the Choose screen and listed
// in every scan result: they belong to programming tools or to this app, never to a seller's files.
import type { DefaultExclusion } from '../../shared/api.js';

const TOOL = 'A programmer\'s tool folder (downloaded code libraries), not your own files.';
const HISTORY = 'Version-control history kept by a programming tool.';

export const DEFAULT_EXCLUSIONS: readonly DefaultExclusion[] = [
  { pattern: 'node_modules', why: TOOL },
  { pattern: '.git', why: HISTORY },
  { pattern: '.hg', why: HISTORY },
  { pattern: '.svn', why: HISTORY },
  { pattern: '__pycache__', why: 'Compiled Python code, regenerated automatically.' },
  { pattern: '.venv', why: TOOL },
  { pattern: 'venv', why: TOOL },
  { pattern: '.tox', why: TOOL },
  { pattern: '.gradle', why: TOOL },
  { pattern: '.npm', why: TOOL },
  { pattern: '.cargo', why: TOOL },
  { pattern: '.rustup', why: TOOL },
  { pattern: '.cda-cache', why: 'This app\'s own cache of masked results (never raw values).' },
];
