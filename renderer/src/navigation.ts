// The screens and the journey through them. A screen is added here and in app.tsx's table;
// nothing else needs to change.
import type { IconName } from './components/Icon';

export type ScreenId = 'choose' | 'scan' | 'review' | 'remediate' | 'attest' | 'settings' | 'verify' | 'watch' | 'archive';

export interface JourneyStep {
  id: ScreenId;
  label: string;
}

/** The seller's steps shown in the header, in order. */
export const JOURNEY: readonly JourneyStep[] = [
  { id: 'choose', label: 'Choose folders' },
  { id: 'scan', label: 'Scan' },
  { id: 'review', label: 'Review' },
  { id: 'remediate', label: 'Clean up' },
  { id: 'attest', label: 'Report' },
];

/** Screens outside the journey, reachable at any time from the header's right side. */
export const TOOLS: readonly (JourneyStep & { icon: IconName })[] = [
  { id: 'watch', label: 'Watch', icon: 'bell' },
  { id: 'archive', label: 'Archive', icon: 'lock' },
  { id: 'verify', label: 'Verify a report', icon: 'badge' },
  { id: 'settings', label: 'Settings', icon: 'gear' },
];

export const SCREEN_TITLE: Record<ScreenId, string> = {
  choose: 'Choose folders',
  scan: 'Scan',
  review: 'Review',
  remediate: 'Clean up',
  attest: 'Attestation report',
  settings: 'Settings',
  verify: 'Verify a report',
  watch: 'Watch folders',
  archive: 'Retention archive',
};

/** 'Step 3 of 5' for a journey screen. */
export function stepEyebrow(id: ScreenId): string {
  const index = JOURNEY.findIndex((step) => step.id === id);
  return index < 0 ? '' : `Step ${index + 1} of ${JOURNEY.length}`;
}

export function isTool(id: ScreenId): boolean {
  return TOOLS.some((tool) => tool.id === id);
}
