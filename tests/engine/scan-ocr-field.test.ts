// cda.scan/1 says whether pictures were read by OCR (an additive field), so an attestation of a
// scan without any picture still states OCR on or off truthfully.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrFromScan } from '../../electron/engine/attest/build.js';
import { scan } from '../../electron/engine/scan.js';
import { scanReportSchema } from '../../shared/scan-schema.js';
import { makeTempDir, removeTempDir } from '../fixtures/temp-dir.js';

describe('the scan report records OCR on or off', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('cda-ocr-field-');
    await writeFile(join(dir, 'stock.csv'), 'SKU,Qty\nMUG-01,4\n');
  });
  afterAll(() => removeTempDir(dir));

  for (const ocr of [true, false]) {
    it(`with OCR ${ocr ? 'on' : 'off'} and no pictures in the folder`, async () => {
      const report = await scan({ roots: [dir], ocr, jobs: 1 });
      expect(scanReportSchema.parse(report).ocr).toEqual({ enabled: ocr, languages: ocr ? ['eng'] : [] });
      expect(ocrFromScan(report)).toEqual({ enabled: ocr, languages: ocr ? ['eng'] : [] });
    });
  }
});
