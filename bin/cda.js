#!/usr/bin/env node
// Entry of the `cda` command: the TypeScript sources are compiled to dist/ by `npm ci` (prepare).
import { main } from '../dist/electron/cli.js';

process.exitCode = await main(process.argv.slice(2));
