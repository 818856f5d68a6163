// The app: which screen shows, and the state the screens share (the scan, the Choose draft,
// the settings). Each screen is one entry of the table in `render`; later screens plug in there.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Settings as SettingsData } from '../../shared/settings';
import { api } from './api';
import { AppHeader } from './components/AppHeader';
import { SCREEN_TITLE, isTool, type ScreenId } from './navigation';
import { isActive, useScanSession, type ScanRequest } from './scan-session';
import { Archive } from './screens/Archive';
import { Attest } from './screens/Attest';
import { Choose, EMPTY_DRAFT, type ChooseDraft } from './screens/Choose';
import { Remediate } from './screens/Remediate';
import { Review } from './screens/Review';
import { Scan } from './screens/Scan';
import { Settings } from './screens/Settings';
import { Verify } from './screens/Verify';
import { Watch } from './screens/Watch';
import { WatchAlert } from './components/WatchAlert';
import { foldersToReview } from './file-review';
import { useShowRequests } from './show-requests';

export function App() {
  const [screen, setScreen] = useState<ScreenId>('choose');
  const [returnTo, setReturnTo] = useState<ScreenId>('choose');
  const [draft, setDraft] = useState<ChooseDraft>(EMPTY_DRAFT);
  const [settings, setSettings] = useState<SettingsData | null>(null);
  const session = useScanSession();
  /** The file a watch alert or notification asked to review: opened on Review once its scan is done. */
  const [focus, setFocus] = useState<string>();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    api.getSettings(undefined).then(setSettings, () => undefined);
  }, []);

  const navigate = useCallback(
    (next: ScreenId) => {
      if (isTool(next) && !isTool(screen)) setReturnTo(screen);
      setScreen(next);
    },
    [screen],
  );

  // A new screen: its heading takes focus so keyboard and screen-reader users start at the top.
  useEffect(() => {
    document.title = `${SCREEN_TITLE[screen]} · Customer Data Auditor`;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A screen that moved the focus itself (Review opening the file an alert asked for) keeps it.
    const active = document.activeElement;
    if (active && active !== main.current && main.current?.contains(active)) return;
    main.current?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }, [screen]);

  // Stopping a scan keeps what it found: go and review it.
  useEffect(() => {
    if (session.status === 'cancelled') setScreen((current) => (current === 'scan' ? 'review' : current));
  }, [session.status]);

  // A review asked for one file: once its scan is done, Review opens on it.
  useEffect(() => {
    if (focus !== undefined && session.status === 'finished') setScreen((current) => (current === 'scan' ? 'review' : current));
  }, [session.status, focus]);

  const start = (request: ScanRequest, focusPath?: string) => {
    setFocus(focusPath);
    void session.start(request);
    setScreen('scan');
  };

  /** Checks the watched folders again (only new and changed files are read) and opens this file's review. */
  const reviewFile = async (path: string) => {
    if (isActive(session.status)) {
      // A scan is already running: its results open on the file if it covers it.
      setFocus(path);
      setScreen('scan');
      return;
    }
    const status = await api.getWatchStatus(undefined).catch(() => null);
    start({ roots: foldersToReview(path, status?.roots ?? []), exclude: [] }, path);
  };

  useShowRequests((request) => {
    if (request.show === 'file') void reviewFile(request.path);
    else navigate('watch');
  });

  const hasResults = session.status === 'finished' || session.status === 'cancelled' || session.files.length > 0;
  const canVisit = (id: ScreenId): boolean => {
    if (id === 'scan') return session.status !== 'idle';
    if (id === 'review' || id === 'remediate' || id === 'attest') return hasResults;
    return true;
  };

  const render = (): ReactNode => {
    switch (screen) {
      case 'choose':
        return <Choose draft={draft} onDraft={setDraft} settings={settings} onStart={start} onOpenSettings={() => navigate('settings')} onOpenArchive={() => navigate('archive')} busy={isActive(session.status)} />;
      case 'scan':
        return <Scan session={session} focusPath={focus} onReview={() => navigate('review')} onChoose={() => navigate('choose')} />;
      case 'review':
        return <Review session={session} focusPath={focus} onRescan={() => session.request && start(session.request)} onChoose={() => navigate('choose')} onRemediate={() => navigate('remediate')} />;
      case 'remediate':
        return <Remediate session={session} onBack={() => navigate('review')} onAttest={() => navigate('attest')} />;
      case 'attest':
        return <Attest session={session} onBack={() => navigate('remediate')} />;
      case 'verify':
        return <Verify />;
      case 'watch':
        return <Watch settings={settings} onReviewFile={(path) => void reviewFile(path)} scanBusy={isActive(session.status)} />;
      case 'archive':
        return <Archive />;
      case 'settings':
        return <Settings onSaved={setSettings} onBack={() => navigate(returnTo)} backLabel={`Back to ${SCREEN_TITLE[returnTo].toLowerCase()}`} />;
    }
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader screen={screen} canVisit={canVisit} onNavigate={navigate} />
      <WatchAlert onReview={(path) => void reviewFile(path)} reviewing={focus} />
      <main id="main" ref={main} tabIndex={-1}>
        {render()}
      </main>
    </div>
  );
}
