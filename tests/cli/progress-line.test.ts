// The plain progress line (stderr not a terminal) says how many pictures are read when there are
// any, since OCR is the slow part, and stays quiet about pictures otherwise.
import { describe, expect, it } from 'vitest';
import { progressPrinter } from '../../electron/cli/progress-line.js';
import type { ScanProgress } from '../../shared/progress.js';

const base: ScanProgress = {
  phase: 'finished',
  filesFound: 12,
  bytesFound: 4096,
  walkDone: true,
  filesDone: 12,
  bytesDone: 4096,
  currentFolder: '/tmp/x',
  filesWithCustomerData: 3,
  filesNotInspected: 0,
  byCategory: { name: 1, email: 2, phone: 0, address: 0 },
  imagesFound: 0,
  imagesDone: 0,
  fraction: 1,
  filesPerSecond: 6,
  bytesPerSecond: 2048,
  elapsedMs: 2000,
};

function printed(progress: ScanProgress): string {
  let out = '';
  const stream = { isTTY: false, write: (chunk: string) => ((out += chunk), true) } as unknown as NodeJS.WriteStream;
  progressPrinter(stream).update(progress);
  return out;
}

describe('cda scan progress line', () => {
  it('counts pictures read when some are to be read', () => {
    expect(printed({ ...base, imagesFound: 5, imagesDone: 2 })).toContain('2/5 images read');
    expect(printed({ ...base, walkDone: false, phase: 'reading', imagesFound: 5, imagesDone: 2 })).toContain('2/5+ images read');
  });

  it('says nothing about pictures when there are none', () => {
    const line = printed(base);
    expect(line).toContain('12/12 files');
    expect(line).not.toContain('images');
  });
});
