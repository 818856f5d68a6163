#!/usr/bin/env node
// `npm run security:electron`: runs Doyensec's electronegativity offline over the app's own
// sources (not node_modules or build output), then fails on any finding not reviewed below.
// electronegativity exits 0 even with findings, so this reads its SARIF report (DESIGN.md).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Findings reviewed and accepted, with the reason. Anything else fails. */
const ACCEPTED = {
  ELECTRON_VERSION_JSON_CHECK: 'informational: reports the Electron version',
  PRELOAD_JS_CHECK: 'reviewed: the preload is a contextBridge facade, one method per API call, no Node objects exposed',
  // csp-evaluator's generic advice about script-src 'self' (JSONP on the same origin); the origin is
  // app://cda serving only the built interface, which has no JSONP endpoint.
  CSP_GLOBAL_CHECK: "reviewed: 'self' is the app:// bundle only",
};

const project = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'cda-electronegativity-'));
try {
  for (const item of ['electron', 'renderer', 'package.json']) cpSync(join(project, item), join(work, item), { recursive: true });
  const sarif = join(work, 'report.sarif');
  execFileSync(process.execPath, [join(project, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', work, '-r', '-x', 'AvailableSecurityFixesGlobalCheck', '-o', sarif], { stdio: 'ignore', cwd: work });
  const report = JSON.parse(readFileSync(sarif, 'utf8'));
  const findings = report.runs.flatMap((run) => run.results ?? []);
  const failures = findings.filter((f) => !(f.ruleId in ACCEPTED));
  for (const f of findings) {
    const where = f.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
    const verdict = f.ruleId in ACCEPTED ? 'accepted' : 'FAIL';
    console.log(`${verdict.padEnd(9)} ${f.ruleId} ${where}: ${f.message?.text ?? ''}${f.ruleId in ACCEPTED ? ` (${ACCEPTED[f.ruleId]})` : ''}`);
  }
  console.log(`electronegativity: ${findings.length} findings, ${failures.length} not accepted`);
  process.exitCode = failures.length === 0 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
