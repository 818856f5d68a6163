// Step 4: decide per file (delete, remove customer columns, keep with a reason, archive), look at
// the plan from the dry run and confirm it, watch it being carried out (and stop it), read what was
// done, tick the finishing checklist, and check by scanning again. Then on to the report.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isRemediationEvent, type RemediationDecision, type RemediationFiles, type RemediationPreview, type RemediationState } from '../../../shared/api-remediation';
import type { ScanProgress } from '../../../shared/progress';
import { api } from '../api';
import { Icon } from '../components/Icon';
import { Notice } from '../components/Notice';
import { RemediateChecklist } from '../components/RemediateChecklist';
import { RemediateDecisions, type Draft } from '../components/RemediateDecisions';
import { reasonTakesDate } from '../components/RemediateText';
import { RemediatePlan, type ApplyRequest } from '../components/RemediatePlan';
import { RemediateProgress, RemediateResults } from '../components/RemediateResults';
import { RemediateVerification } from '../components/RemediateVerification';
import { SCREEN_TITLE, stepEyebrow } from '../navigation';
import { messageOf, type ScanSession } from '../scan-session';
import { count } from '../text/numbers';
import '../styles/remediate.css';

type View = 'decide' | 'plan' | 'results';

// Decisions survive leaving the screen and coming back (memory only: paths and choices, no values).
const drafts = new Map<string, Draft>();

const NO_STATE: RemediationState = { status: 'none', results: [] };

export function Remediate({ session, onBack, onAttest }: { session: ScanSession; onBack(): void; onAttest(): void }) {
  const scanId = session.report ? session.scanId : undefined;
  const [files, setFiles] = useState<RemediationFiles>();
  const [loadProblem, setLoadProblem] = useState<string>();
  const [remote, setRemote] = useState<RemediationState>(NO_STATE);
  const [draft, setDraftState] = useState<Draft>(() => (scanId ? (drafts.get(scanId) ?? {}) : {}));
  const [view, setView] = useState<View>('decide');
  const [preview, setPreview] = useState<RemediationPreview>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [current, setCurrent] = useState<{ path: string; step: string }>();
  const [applying, setApplying] = useState<{ paths: string[]; base: number }>();
  const [stopping, setStopping] = useState(false);
  const [verifyProgress, setVerifyProgress] = useState<ScanProgress>();
  const [savingChecklist, setSavingChecklist] = useState(false);
  const viewRef = useRef<HTMLDivElement>(null);
  // The round's paths by plan index, read by the step events.
  const applyingPaths = useRef<string[]>([]);
  const firstView = useRef(true);

  const setDraft = useCallback(
    (next: Draft) => {
      setDraftState(next);
      if (scanId) drafts.set(scanId, next);
    },
    [scanId],
  );

  useEffect(() => {
    if (!scanId) return;
    let live = true;
    Promise.all([api.listRemediationFiles({ scanId }), api.getRemediation({ scanId })]).then(
      ([listed, state]) => {
        if (!live) return;
        setFiles(listed);
        setRemote(state);
        if (state.status === 'applied' || state.status === 'verified' || state.status === 'verifying') setView('results');
      },
      (error: unknown) => live && setLoadProblem(messageOf(error)),
    );
    return () => {
      live = false;
    };
  }, [scanId]);

  useEffect(
    () =>
      api.onEvent((event) => {
        if (!isRemediationEvent(event) || event.scanId !== scanId) return;
        switch (event.type) {
          case 'remediation-step':
            {
              const path = applyingPaths.current[event.index];
              if (path) setCurrent({ path, step: event.step });
            }
            break;
          case 'remediation-action':
            setRemote((r) => (r.results.some((x) => x.index === event.result.index) ? r : { ...r, results: [...r.results, event.result] }));
            break;
          case 'remediation-finished':
            setRemote(event.state);
            setApplying(undefined);
            setCurrent(undefined);
            setStopping(false);
            setView('results');
            break;
          case 'remediation-failed':
            setApplying(undefined);
            setStopping(false);
            setRemote((r) => ({ ...r, status: r.log ? 'applied' : 'none' }));
            setProblem(event.message);
            break;
          case 'remediation-verify-progress':
            setVerifyProgress(event.progress);
            break;
        }
      }),
    [scanId],
  );

  // A new step of the screen: its first heading takes focus, for keyboard and screen-reader users.
  const shown: string = remote.status === 'applying' ? 'applying' : view;
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    const heading = viewRef.current?.querySelector<HTMLElement>('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [shown]);

  // Files already handled in an earlier round are not offered again.
  const handled = useMemo(() => {
    const latest = new Map<string, string>();
    for (const r of remote.results) latest.set(r.path, r.record.result);
    return new Set([...latest].filter(([, result]) => result === 'done').map(([path]) => path));
  }, [remote.results]);
  const open = useMemo(() => files?.files.filter((f) => !handled.has(f.path)) ?? [], [files, handled]);

  const showPlan = async () => {
    if (!scanId) return;
    const decisions: RemediationDecision[] = open.flatMap((file) => {
      const d = draft[file.path];
      if (!d?.decision) return [];
      const keeping = d.decision === 'keep' || d.decision === 'archive';
      return [
        {
          path: file.path,
          decision: d.decision,
          ...(keeping && d.reason ? { reason: d.reason } : {}),
          ...(keeping && d.note?.trim() ? { note: d.note.trim() } : {}),
          ...(keeping && d.until && reasonTakesDate(d.reason) ? { until: d.until } : {}),
        },
      ];
    });
    setBusy(true);
    setProblem(undefined);
    try {
      setPreview(await api.previewRemediation({ scanId, decisions }));
      setView('plan');
      window.scrollTo(0, 0);
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const apply = async (request: ApplyRequest) => {
    if (!scanId || !preview) return;
    const before = remote;
    setBusy(true);
    setProblem(undefined);
    applyingPaths.current = preview.items.map((i) => i.path);
    setApplying({ paths: applyingPaths.current, base: remote.results.length });
    setRemote((r) => ({ ...r, status: 'applying' }));
    window.scrollTo(0, 0);
    try {
      await api.applyRemediation({ scanId, planId: preview.planId, ...request });
    } catch (error) {
      setApplying(undefined);
      setRemote(before);
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const stop = () => {
    if (!scanId) return;
    setStopping(true);
    api.cancelRemediation({ scanId }).catch(() => setStopping(false));
  };

  const saveChecklist = (confirmed: string[]) => {
    if (!scanId || !remote.log) return;
    const previous = remote.log;
    // Shown at once; recorded in the log a moment later.
    setRemote((r) => (r.log ? { ...r, log: { ...r.log, checklist: r.log.checklist.map((c) => ({ ...c, confirmed: c.id !== undefined && confirmed.includes(c.id) })) } } : r));
    setSavingChecklist(true);
    api
      .confirmRemediationChecklist({ scanId, confirmed })
      .then((log) => setRemote((r) => ({ ...r, log })))
      .catch((error: unknown) => {
        setRemote((r) => ({ ...r, log: previous }));
        setProblem(messageOf(error));
      })
      .finally(() => setSavingChecklist(false));
  };

  const verify = async () => {
    if (!scanId) return;
    setProblem(undefined);
    setVerifyProgress(undefined);
    setRemote((r) => ({ ...r, status: 'verifying' }));
    try {
      setRemote(await api.verifyRemediation({ scanId }));
    } catch (error) {
      setRemote((r) => ({ ...r, status: 'applied' }));
      setProblem(messageOf(error));
    }
  };

  const header = (
    <header className="screen-header screen-header-row">
      <div>
        <p className="eyebrow">{stepEyebrow('remediate')}</p>
        <h1 tabIndex={-1}>{SCREEN_TITLE.remediate}</h1>
        <p className="lede">{LEDE[shown as View | 'applying']}</p>
      </div>
      <div className="header-actions">
        <button type="button" className="button button-secondary" onClick={onBack} disabled={remote.status === 'applying'}>
          <Icon name="back" size={16} />
          Back to review
        </button>
      </div>
    </header>
  );

  if (!scanId || loadProblem) {
    return (
      <div className="screen remediate">
        {header}
        <Notice tone={loadProblem ? 'error' : 'info'} title={loadProblem ? 'The files cannot be listed' : 'Finish a scan first'}>
          {loadProblem ?? 'Cleaning up works on the results of a finished scan: scan your folders, review what was found, then come back here.'}
        </Notice>
      </div>
    );
  }
  if (!files) {
    return (
      <div className="screen remediate">
        {header}
        <p className="muted" role="status">
          Loading the files…
        </p>
      </div>
    );
  }

  const finishedRound = remote.status === 'applied' || remote.status === 'verified' || remote.status === 'verifying';
  const problemNotice = problem ? (
    <Notice tone="error" role="alert">
      {problem}
    </Notice>
  ) : null;

  return (
    <div className="screen remediate">
      {header}
      <div ref={viewRef} className="remediate-view">
        {remote.status === 'applying' ? (
          <>
            <RemediateProgress
              done={remote.results.length - (applying?.base ?? 0)}
              total={applying?.paths.length ?? 0}
              {...(current ? { current } : {})}
              stopping={stopping}
              onStop={stop}
            />
            {remote.results.length > 0 ? <RemediateResults results={remote.results} roots={files.roots} /> : null}
          </>
        ) : view === 'plan' && preview ? (
          <RemediatePlan
            preview={preview}
            roots={files.roots}
            archiveKey={files.archiveKey}
            busy={busy}
            {...(problem ? { problem } : {})}
            onBack={() => {
              setProblem(undefined);
              setView('decide');
            }}
            onApply={(request) => void apply(request)}
          />
        ) : view === 'results' && finishedRound ? (
          <>
            {problemNotice}
            <ResultSummary state={remote} />
            <RemediateResults results={remote.results} roots={files.roots} />
            {remote.log && remote.log.checklist.length > 0 ? <RemediateChecklist checklist={remote.log.checklist} onChange={saveChecklist} saving={savingChecklist} /> : null}
            <RemediateVerification
              {...(remote.verification ? { verification: remote.verification } : {})}
              verifying={remote.status === 'verifying'}
              {...(verifyProgress ? { progress: verifyProgress } : {})}
              onVerify={() => void verify()}
              onAttest={onAttest}
              {...(open.length > 0 ? { onDecideAgain: () => setView('decide') } : {})}
            />
          </>
        ) : open.length === 0 ? (
          <Notice tone="success" title="Every file has been handled">
            Nothing with customer data is left to decide for.
          </Notice>
        ) : (
          <>
            {problemNotice}
            {finishedRound ? (
              <Notice tone="info" title={`${count(open.length, 'file')} left to decide for`}>
                These files were not handled in the earlier round, or had no decision. <button type="button" className="button-link" onClick={() => setView('results')}>Back to the results</button>
              </Notice>
            ) : (
              <DecisionGuide />
            )}
            <RemediateDecisions files={open} roots={files.roots} retentionDays={files.retentionDays} draft={draft} onDraft={setDraft} onPreview={() => void showPlan()} busy={busy} />
          </>
        )}
      </div>
    </div>
  );
}

const LEDE: Record<View | 'applying', string> = {
  decide: 'Decide what happens to each file that holds customer data. Nothing is changed until you have seen the plan and confirmed it.',
  plan: 'This is what would happen. Look it over, then confirm — or go back and change your decisions.',
  applying: 'Your files are being cleaned up. Each file is either finished or left as it was, never half-done.',
  results: 'Here is what was done. Finish the steps outside this app, then check the folders again.',
};

function DecisionGuide() {
  return (
    <dl className="decision-guide" aria-label="What each decision does">
      <div>
        <dt>Delete securely</dt>
        <dd>Overwritten, then removed. It does not go to the Trash and cannot be undone.</dd>
      </div>
      <div>
        <dt>Remove customer columns</dt>
        <dd>Spreadsheets and CSV files: names, emails, phones and addresses go; sales figures, SKUs and dates stay for your accountant.</dd>
      </div>
      <div>
        <dt>Keep</dt>
        <dd>When the law makes you keep it (invoices: 6 to 10 years), a legal hold, or a false alarm. The reason goes into your report.</dd>
      </div>
      <div>
        <dt>Archive encrypted</dt>
        <dd>What you must keep should not lie open on your laptop: it is locked in an encrypted archive until its date.</dd>
      </div>
    </dl>
  );
}

function ResultSummary({ state }: { state: RemediationState }) {
  const results = state.results;
  const done = results.filter((r) => r.record.result === 'done').length;
  const skipped = results.filter((r) => r.record.result === 'skipped').length;
  const notDone = results.length - done;
  return notDone === 0 ? (
    <Notice tone="success" title={`All ${count(results.length, 'file')} handled`} role="status">
      Everything in the plan was done. {state.allowlisted?.length ? `${count(state.allowlisted.length, 'false alarm')} will be skipped by later scans (Settings lists them).` : ''}
    </Notice>
  ) : (
    <Notice tone="warning" title={`${count(done, 'file')} handled, ${count(notDone, 'file')} left as they were`} role="status">
      {skipped > 0 ? `You stopped before ${count(skipped, 'file')}. ` : ''}Each file below says why. Nothing was half-done.
    </Notice>
  );
}
