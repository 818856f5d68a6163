// For account managers: check sellers' attestation reports on this computer. Drop one or many
// PDFs or JSON files (or choose them), optionally with the seller's key fingerprint, and read a
// clear pass or fail per report with the reason. Nothing is uploaded or saved.
import { useId, useRef, useState, type DragEvent } from 'react';
import { MAX_REPORT_FILE_BYTES, MAX_REPORTS_PER_CHECK, type VerifiedReport, type VerifyReportsResult } from '../../../shared/api-attestation';
import { api } from '../api';
import { Notice } from '../components/Notice';
import { ProgressBar } from '../components/ProgressBar';
import { VerifyResults } from '../components/VerifyResults';
import { SCREEN_TITLE } from '../navigation';
import { messageOf } from '../scan-session';
import '../styles/verify.css';

interface Picked {
  name: string;
  bytesBase64?: string;
  /** Refused here before sending: too large or unreadable. */
  refused?: string;
}

export function Verify(_props: Record<string, never>) {
  const id = useId();
  const [expectedKey, setExpectedKey] = useState('');
  const [picked, setPicked] = useState<Picked[]>([]);
  const [result, setResult] = useState<VerifyReportsResult>();
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);

  const check = async (files: Picked[], key: string) => {
    setProblem(undefined);
    const sendable = files.filter((f): f is Picked & { bytesBase64: string } => f.bytesBase64 !== undefined);
    if (files.length === 0) return;
    setChecking(true);
    try {
      const answer: VerifyReportsResult =
        sendable.length > 0 ? await api.verifyReports({ files: sendable.map(({ name, bytesBase64 }) => ({ name, bytesBase64 })), ...(key.trim() ? { expectedKey: key.trim() } : {}) }) : { rows: [] };
      // Files refused before sending keep their place in the list.
      const checked = [...answer.rows];
      const rows: VerifiedReport[] = files.map((f) => (f.refused !== undefined ? { name: f.name, ok: false, reason: 'unreadable', message: f.refused } : checked.shift()!));
      setResult({ ...answer, rows });
      requestAnimationFrame(() => results.current?.querySelector<HTMLElement>('h2')?.focus());
    } catch (error) {
      setResult(undefined);
      setProblem(messageOf(error));
    } finally {
      setChecking(false);
    }
  };

  const take = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const files = [...list];
    if (files.length > MAX_REPORTS_PER_CHECK) {
      setProblem(`Please check at most ${MAX_REPORTS_PER_CHECK} reports at a time.`);
      return;
    }
    const read = await Promise.all(files.map(readPicked));
    setPicked(read);
    await check(read, expectedKey);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void take(event.dataTransfer.files);
  };

  return (
    <div className="screen verify">
      <header className="screen-header">
        <p className="eyebrow">For account managers</p>
        <h1 tabIndex={-1}>{SCREEN_TITLE.verify}</h1>
        <p className="lede">Check attestation reports that sellers sent you: that each is intact, signed, and — with the seller’s key fingerprint — signed by that seller. The check runs on this computer; nothing is uploaded.</p>
      </header>

      <section className="card verify-input" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="visually-hidden">
          Reports to check
        </h2>
        <div className="verify-key">
          <label htmlFor={`${id}-key`} className="field-label">
            Seller’s key fingerprint (optional)
          </label>
          <p className="field-description" id={`${id}-key-hint`}>
            64 letters and digits the seller gave you separately, for example by phone. Without it, the check confirms a report is intact but not whose it is.
          </p>
          <div className="verify-key-row">
            <input
              id={`${id}-key`}
              type="text"
              value={expectedKey}
              spellCheck={false}
              autoComplete="off"
              placeholder="For example 1a2b 3c4d 5e6f …"
              aria-describedby={`${id}-key-hint`}
              onChange={(event) => setExpectedKey(event.target.value)}
            />
            {picked.length > 0 ? (
              <button type="button" className="button button-secondary" disabled={checking} onClick={() => void check(picked, expectedKey)}>
                Check again with this key
              </button>
            ) : null}
          </div>
        </div>

        <div
          className={`verify-drop${dragging ? ' is-dragging' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <p className="verify-drop-title">Drop report files here</p>
          <p className="muted">PDF or JSON, one or many at a time</p>
          <input
            ref={input}
            id={`${id}-files`}
            className="visually-hidden"
            type="file"
            multiple
            accept=".pdf,.json,application/pdf,application/json"
            onChange={(event) => {
              void take(event.target.files);
              event.target.value = '';
            }}
          />
          <label htmlFor={`${id}-files`} className="button button-primary verify-choose">
            Choose reports…
          </label>
        </div>
      </section>

      {checking ? (
        <div className="card" role="status">
          <p className="field-label">Checking {picked.length === 1 ? 'the report' : `${picked.length} reports`}…</p>
          <ProgressBar fraction={undefined} label="Checking reports" />
        </div>
      ) : null}
      {problem ? (
        <Notice tone="error" title="The reports could not be checked" role="alert">
          {problem}
        </Notice>
      ) : null}
      {result && !checking ? (
        <div ref={results}>
          <VerifyResults result={result} />
        </div>
      ) : null}
      {result && !checking ? (
        <div className="verify-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setPicked([]);
              setResult(undefined);
              input.current?.focus();
            }}
          >
            Clear the list
          </button>
        </div>
      ) : null}
    </div>
  );
}

async function readPicked(file: File): Promise<Picked> {
  if (file.size > MAX_REPORT_FILE_BYTES) return { name: file.name, refused: 'This file is far too large to be an attestation report.' };
  try {
    return { name: file.name, bytesBase64: toBase64(new Uint8Array(await file.arrayBuffer())) };
  } catch {
    return { name: file.name, refused: 'The file could not be read from your computer.' };
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes a limited number of arguments.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
