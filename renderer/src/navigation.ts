// The screens and the journey through them. A later screen (Remediate, Attest, Verify, Watch) is
// added here and in app.tsx's table; nothing else needs to change.
export type ScreenId = 'choose' | 'scan' | 'review' | 'settings';

export interface JourneyStep {
  id: ScreenId;
  label: string;
}

/** The steps shown in the header, in order. Settings sits beside them, reachable at any time. */
export const JOURNEY: readonly JourneyStep[] = [
  { id: 'choose', label: 'Choose folders' },
  { id: 'scan', label: 'Scan' },
  { id: 'review', label: 'Review' },
];

export const SCREEN_TITLE: Record<ScreenId, string> = {
  choose: 'Choose folders',
  scan: 'Scan',
  review: 'Review',
  settings: 'Settings',
};
