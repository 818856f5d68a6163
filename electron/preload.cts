// The renderer's only door to the app: one method per API call, and scan events whose listeners
// receive the payload, never the IPC event. Sandboxed preloads can require nothing but
// 'electron', so the call names are listed here; a test keeps them equal to shared/api.ts.
import electron = require('electron');
import type { ApiName, AppEvent, CdaApi } from '../shared/api.js';

const CALLS: readonly ApiName[] = [
  'getSettings',
  'saveSettings',
  'listPlaces',
  'pickFolder',
  'startScan',
  'pauseScan',
  'resumeScan',
  'cancelScan',
  'getScan',
  'revealValues',
  'concealValues',
  'showInFolder',
  'getThumbnail',
  'listDefaultExclusions',
  // remediation
  'listRemediationFiles',
  'previewRemediation',
  'applyRemediation',
  'cancelRemediation',
  'getRemediation',
  'confirmRemediationChecklist',
  'verifyRemediation',
  'listArchive',
  'unlockArchive',
  'extractFromArchive',
  'destroyArchived',
  'listReminders',
  'extendReminder',
  // attestation
  'getAttestationSetup',
  'createAttestation',
  'saveAttestation',
  'openAttestation',
  'verifyReports',
  // watch
  'startWatch',
  'stopWatch',
  'getWatchStatus',
  'takeShowRequest',
  'setWatchAtLogin',
];

type Answer = { ok: true; result: unknown } | { ok: false; error: { reason: string; message: string } };

const api: Record<string, unknown> = {};
for (const name of CALLS) {
  api[name] = async (input: unknown) => {
    const answer = (await electron.ipcRenderer.invoke(`cda:${name}`, input)) as Answer;
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.result;
  };
}
api.onEvent = (listener: (event: AppEvent) => void) => {
  const forward = (_event: unknown, payload: AppEvent) => listener(payload);
  electron.ipcRenderer.on('cda:event', forward);
  return () => electron.ipcRenderer.removeListener('cda:event', forward);
};

electron.contextBridge.exposeInMainWorld('cda', api as unknown as CdaApi);
