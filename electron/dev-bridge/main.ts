// `npm run dev:web`: the development web bridge on 127.0.0.1 with a fresh token.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevBridge } from './server.js';

const port = Number(process.env.CDA_BRIDGE_PORT ?? 0);
const userDataDir = process.env.CDA_USER_DATA ?? mkdtempSync(join(tmpdir(), 'cda-dev-'));
const bridge = await startDevBridge({ port, userDataDir });
process.stdout.write(`Customer Data Auditor (development bridge, loopback only)\nOpen: ${bridge.url}\n`);
const stop = () => void bridge.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
