// Scan progress on stderr: a redrawn bar on a terminal, a plain line every few seconds otherwise.
import { formatBytes } from '../../shared/bytes.js';
import type { ScanProgress } from '../../shared/progress.js';

const PLAIN_INTERVAL_MS = 2000;
const BAR_WIDTH = 28;

export function progressPrinter(stream: NodeJS.WriteStream): { update(p: ScanProgress): void; end(): void } {
  const tty = stream.isTTY === true;
  let lastPlain = 0;
  let drawn = false;
  return {
    update(p) {
      if (tty) {
        const filled = Math.round(p.fraction * BAR_WIDTH);
        const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
        const eta = p.etaSeconds !== undefined ? ` · ${formatDuration(p.etaSeconds)} left` : '';
        const line = `${bar} ${Math.floor(p.fraction * 100)}% · ${describe(p)}${eta}`;
        const width = stream.columns ?? 100;
        stream.write(`\r${line.slice(0, width - 1).padEnd(Math.min(width - 1, line.length))}\x1b[K`);
        drawn = true;
        return;
      }
      const now = Date.now();
      if (now - lastPlain < PLAIN_INTERVAL_MS && p.phase !== 'finished' && p.phase !== 'cancelled') return;
      lastPlain = now;
      stream.write(`cda: ${p.phase} ${describe(p)}\n`);
    },
    end() {
      if (tty && drawn) stream.write('\r\x1b[K');
    },
  };
}

function describe(p: ScanProgress): string {
  const of = p.walkDone ? `${p.filesDone}/${p.filesFound}` : `${p.filesDone}/${p.filesFound}+`;
  // Reading pictures is the slow part: say how far it has got when there are any.
  const images = p.imagesFound > 0 ? ` · ${p.imagesDone}/${p.imagesFound}${p.walkDone ? '' : '+'} images read` : '';
  return `${of} files · ${formatBytes(p.bytesDone)} · ${p.filesPerSecond.toFixed(1)} files/s${images} · ${p.filesWithCustomerData} with customer data`;
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m}m ${Math.round(seconds % 60)}s`;
  return `${Math.floor(m / 60)}h ${m % 60}m`;
}
