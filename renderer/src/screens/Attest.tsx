// Step 5: the signed attestation report, built from the scan and the clean-up log. The seller
// enters who is attesting, makes the report (signed on this computer), sees its verdict as the
// account manager will, saves it (PDF with the signed JSON inside, and the JSON beside it) and
// opens it. What the report proves, and what it does not, is said in plain words.
import { useEffect, useRef, useState } from 'react';
import type { AttestationSetup, AttestationSummary, SavedAttestation } from '../../../shared/api-attestation';
import { api } from '../api';
import { AttestForm, EMPTY_DETAILS, toRequest, type AttestDetails } from '../components/AttestForm';
import { AttestResult, groupFingerprint } from '../components/AttestResult';
import { Icon } from '../components/Icon';
import { Notice } from '../components/Notice';
import { ProgressBar } from '../components/ProgressBar';
import { SCREEN_TITLE, stepEyebrow } from '../navigation';
import { messageOf, type ScanSession } from '../scan-session';
import { count } from '../text/numbers';
import '../styles/attest.css';

// Kept while the app runs, so leaving the screen loses nothing (memory only; no customer data).
let rememberedDetails: AttestDetails = EMPTY_DETAILS;
const madeReports = new Map<string, { summary: AttestationSummary; saved?: SavedAttestation }>();

export function Attest({ session, onBack }: { session: ScanSession; onBack(): void }) {
  const scanId = session.report ? session.scanId : undefined;
  const [setup, setSetup] = useState<AttestationSetup>();
  const [loadProblem, setLoadProblem] = useState<string>();
  const [details, setDetailsState] = useState<AttestDetails>(rememberedDetails);
  const [made, setMade] = useState(() => (scanId ? madeReports.get(scanId) : undefined));
  const [busy, setBusy] = useState<'making' | 'saving'>();
  const [problem, setProblem] = useState<string>();
  const resultRef = useRef<HTMLDivElement>(null);

  const setDetails = (next: AttestDetails) => {
    rememberedDetails = next;
    setDetailsState(next);
  };
  const setReport = (next: { summary: AttestationSummary; saved?: SavedAttestation } | undefined) => {
    if (scanId) {
      if (next) madeReports.set(scanId, next);
      else madeReports.delete(scanId);
    }
    setMade(next);
  };

  useEffect(() => {
    if (!scanId) return;
    let live = true;
    api.getAttestationSetup({ scanId }).then(
      (answer) => live && setSetup(answer),
      (error: unknown) => live && setLoadProblem(messageOf(error)),
    );
    return () => {
      live = false;
    };
  }, [scanId]);

  const make = async () => {
    if (!scanId) return;
    setBusy('making');
    setProblem(undefined);
    try {
      setReport({ summary: await api.createAttestation(toRequest(scanId, details)) });
      // The verdict takes the focus, so screen readers announce it first.
      requestAnimationFrame(() => resultRef.current?.querySelector<HTMLElement>('h2')?.focus());
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(undefined);
    }
  };

  const save = async () => {
    if (!made) return;
    setBusy('saving');
    setProblem(undefined);
    try {
      const saved = await api.saveAttestation({ reportId: made.summary.reportId });
      if (saved) setReport({ ...made, saved });
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(undefined);
    }
  };

  const open = async () => {
    if (!made) return;
    setProblem(undefined);
    try {
      await api.openAttestation({ reportId: made.summary.reportId });
    } catch (error) {
      setProblem(messageOf(error));
    }
  };

  const header = (
    <header className="screen-header">
      <p className="eyebrow">{stepEyebrow('attest')}</p>
      <h1 tabIndex={-1}>{SCREEN_TITLE.attest}</h1>
      <p className="lede">A signed report for your account manager: what was checked, what was found, what you did about it, and what could not be checked. It names no customer: file names are masked.</p>
    </header>
  );

  if (!scanId || loadProblem) {
    return (
      <div className="screen attest">
        {header}
        <Notice tone={loadProblem ? 'error' : 'info'} title={loadProblem ? 'The report cannot be prepared' : 'Finish a scan first'}>
          {loadProblem ?? 'The report describes a finished scan: scan your folders, review and clean up what was found, then come back here.'}
        </Notice>
      </div>
    );
  }
  if (!setup) {
    return (
      <div className="screen attest">
        {header}
        <p className="muted" role="status">
          Getting ready…
        </p>
      </div>
    );
  }

  return (
    <div className="screen attest">
      {header}
      {made ? (
        <div ref={resultRef}>
          <AttestResult
            summary={made.summary}
            {...(made.saved ? { saved: made.saved } : {})}
            saving={busy === 'saving'}
            {...(problem ? { problem } : {})}
            onSave={() => void save()}
            onOpen={() => void open()}
            onEdit={() => {
              setProblem(undefined);
              setReport(undefined);
            }}
          />
        </div>
      ) : (
        <>
          <CleanUpStatus setup={setup} onBack={onBack} />
          <AttestForm details={details} onChange={setDetails} onSubmit={() => void make()} busy={busy === 'making'} hostname={setup.hostname} />
          {busy === 'making' ? (
            <div className="card attest-progress" role="status">
              <p className="field-label">Writing and signing your report…</p>
              <ProgressBar fraction={undefined} label="Making the report" />
            </div>
          ) : null}
          {problem ? (
            <Notice tone="error" title="The report could not be made" role="alert">
              {problem}
            </Notice>
          ) : null}
          <KeyLine setup={setup} />
        </>
      )}
      <WhatItProves />
    </div>
  );
}

function CleanUpStatus({ setup, onBack }: { setup: AttestationSetup; onBack(): void }) {
  const { remediation } = setup;
  if (!remediation.recorded) {
    return (
      <Notice tone="info" title="No clean-up is recorded for this scan">
        The report will describe the files as the scan found them. To report a clean-up, <button type="button" className="button-link" onClick={onBack}>go back to Clean up</button> first.
      </Notice>
    );
  }
  return remediation.verifiedByRescan ? (
    <Notice tone="success" title="Your clean-up and its check are included">
      {count(remediation.actions, 'action')} and the second scan that checked them go into the report.
    </Notice>
  ) : (
    <Notice tone="warning" title="Your clean-up has not been checked by a second scan">
      The report will say so. <button type="button" className="button-link" onClick={onBack}>Go back to Clean up</button> and choose “Check the folders again” for a stronger report.
    </Notice>
  );
}

function KeyLine({ setup }: { setup: AttestationSetup }) {
  const where = setup.keyProtection === 'os-secret-store' ? 'locked by your computer’s password store' : 'kept in a file only your user account can read';
  return (
    <p className="muted attest-key-line">
      <Icon name="lock" size={16} />{' '}
      {setup.keyFingerprint ? (
        <>
          Signed with this computer’s key <span className="attest-fingerprint">{groupFingerprint(setup.keyFingerprint)}</span>, {where}.
        </>
      ) : (
        <>The first report makes this computer’s signing key, {where}.</>
      )}
    </p>
  );
}

function WhatItProves() {
  return (
    <section className="card attest-explainer" aria-labelledby="attest-explainer-title">
      <h2 id="attest-explainer-title">What the report proves, and what it does not</h2>
      <div className="attest-explainer-columns">
        <div>
          <h3>It proves</h3>
          <ul>
            <li>Which folders on this computer were checked, when, and with which version of the checks.</li>
            <li>How many files were read, what was found in them (as counts, never the details), and what you did with each file.</li>
            <li>Which files could not be read, and why.</li>
            <li>That nobody changed the report after it was signed: the signature breaks if a single character changes.</li>
          </ul>
        </div>
        <div>
          <h3>It does not prove</h3>
          <ul>
            <li>Anything about other computers, phones, email accounts, cloud storage or backups.</li>
            <li>That nothing was missed: unusual formats, handwriting and text in pictures can slip through.</li>
            <li>That deleted data cannot be recovered on every kind of drive (solid-state drives keep old copies out of reach).</li>
            <li>Who you are: your account manager checks that by comparing your key fingerprint with the one you gave them.</li>
          </ul>
        </div>
      </div>
    </section>
  );
}
