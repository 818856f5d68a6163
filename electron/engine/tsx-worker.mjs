// Starts a TypeScript worker when running from source (tests, tsx): on Node 20, `--import tsx`
// registers its hooks on the main thread only, so a worker registers them itself, then loads the
// script given as its last argument.
import { register } from 'tsx/esm/api';

register();
await import(process.argv[process.argv.length - 1]);
