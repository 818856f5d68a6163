// A progress bar screen readers can follow: role=progressbar with its value, or without one
// while the total is not yet known.
import '../styles/progress-bar.css';

export function ProgressBar({ fraction, label, valueText, paused = false }: { fraction: number | undefined; label: string; valueText?: string; paused?: boolean }) {
  const percent = fraction === undefined ? undefined : Math.round(Math.min(1, Math.max(0, fraction)) * 1000) / 10;
  return (
    <div
      className={`progress-bar${percent === undefined ? ' is-indeterminate' : ''}${paused ? ' is-paused' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent === undefined ? undefined : Math.round(percent)}
      aria-valuetext={valueText}
    >
      {/* CSSOM width, not a style attribute: allowed by the strict CSP. */}
      <div className="progress-bar-fill" style={percent === undefined ? undefined : { width: `${percent}%` }} />
    </div>
  );
}
