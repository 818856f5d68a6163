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

export function App() {
  const [screen, setScreen] = useState<ScreenId>('choose');
  const [returnTo, setReturnTo] = useState<ScreenId>('choose');
  const [draft, setDraft] = useState<ChooseDraft>(EMPTY_DRAFT);
  const [settings, setSettings] = useState<SettingsData | null>(null);
  const session = useScanSession();
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
    main.current?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }, [screen]);

  // Stopping a scan keeps what it found: go and review it.
  useEffect(() => {
    if (session.status === 'cancelled') setScreen((current) => (current === 'scan' ? 'review' : current));
  }, [session.status]);

  const start = (request: ScanRequest) => {
    void session.start(request);
    setScreen('scan');
  };

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
        return <Scan session={session} onReview={() => navigate('review')} onChoose={() => navigate('choose')} />;
      case 'review':
        return <Review session={session} onRescan={() => session.request && start(session.request)} onChoose={() => navigate('choose')} onRemediate={() => navigate('remediate')} />;
      case 'remediate':
        return <Remediate session={session} onBack={() => navigate('review')} onAttest={() => navigate('attest')} />;
      case 'attest':
        return <Attest session={session} onBack={() => navigate('remediate')} />;
      case 'verify':
        return <Verify />;
      case 'watch':
        return <Watch settings={settings} onReview={start} scanBusy={isActive(session.status)} />;
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
      <WatchAlert onReview={() => navigate('watch')} />
      <main id="main" ref={main} tabIndex={-1}>
        {render()}
      </main>
    </div>
  );
}
