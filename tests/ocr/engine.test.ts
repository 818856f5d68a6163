// The Tesseract engine: offline start from node_modules, lines with boxes, failures that are
// reported instead of hanging or crashing, and nesting inside a scan worker thread.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrEngine, OcrStartError } from '../../electron/engine/ocr/engine.js';
import { toGray, toPgm } from '../../electron/engine/ocr/raster.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

/** Two lines of 28 px text, big enough to read without any preparation. */
function sample(): Uint8Array {
  const canvas = createCanvas(640, 110);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 640, 110);
  ctx.fillStyle = '#000';
  ctx.font = '28px "Liberation Sans"';
  ctx.fillText('Invoice 10234 paid', 20, 40);
  ctx.fillText('Thank you for shopping', 20, 85);
  return toPgm(toGray(ctx.getImageData(0, 0, 640, 110).data, 640, 110, 'rgba'));
}

describe('OCR engine', () => {
  const engine = new OcrEngine();
  afterAll(() => engine.terminate());

  it('reads lines with their boxes, from language data in node_modules', async () => {
    const lines = await engine.recognize(sample());
    expect(lines.map((l) => l.text)).toEqual(['Invoice 10234 paid', 'Thank you for shopping']);
    const [first, second] = lines;
    expect(first!.box[0]).toBeGreaterThanOrEqual(15);
    expect(first!.box[1]).toBeLessThan(second!.box[1]);
    expect(first!.box[2]).toBeGreaterThan(200);
  });

  it('rejects an undecodable image and keeps working', async () => {
    await expect(engine.recognize(new Uint8Array(300).fill(9))).rejects.toBeDefined();
    expect((await engine.recognize(sample())).length).toBe(2);
  });

  it('fails to start, quickly and with its own error, when the language data is missing', async () => {
    const empty = await makeTempDir();
    try {
      const broken = new OcrEngine({ languageDir: empty, startTimeoutMs: 10_000 });
      const started = Date.now();
      await expect(broken.recognize(sample())).rejects.toBeInstanceOf(OcrStartError);
      expect(Date.now() - started).toBeLessThan(5_000);
      await expect(new OcrEngine({ languages: ['xyz'] }).recognize(sample())).rejects.toBeInstanceOf(OcrStartError);
    } finally {
      await removeTempDir(empty);
    }
  });

  it('runs inside a worker thread, and ends with it', async () => {
    const dir = await makeTempDir();
    try {
      const image = join(dir, 'sample.pgm');
      await writeFile(image, sample());
      // The child must print the lines and then exit on its own once the worker is terminated:
      // a tesseract.js thread left behind would keep it running until the timeout.
      const child = spawnSync(process.execPath, [fileURLToPath(new URL('./fixtures/nested-ocr.mjs', import.meta.url)), image], { encoding: 'utf8', timeout: 60_000 });
      expect(child.status).toBe(0);
      expect(JSON.parse(child.stdout.trim())).toEqual(['Invoice 10234 paid', 'Thank you for shopping']);
    } finally {
      await removeTempDir(dir);
    }
  });
});
