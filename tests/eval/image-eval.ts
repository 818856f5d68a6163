// The image part of `npm run eval`: a labelled corpus of screenshots, photos of labels and scans
// (tests/fixtures/image-corpus, the 'full' size: about 90 files), labelled like the rest of the
// corpus so the evaluation can report image precision and recall on their own. Families start
// with IMAGE_FAMILY_PREFIX. Target: recall ≥ 0.95 at file level.
import { join, relative } from 'node:path';
import type { CorpusLabel } from '../fixtures/corpus/label.js';
import { buildImageCorpus, type CorpusSize, type LabelledImage } from '../fixtures/image-corpus/index.js';
import type { FileResult } from '../../shared/types.js';

export const IMAGE_FAMILY_PREFIX = 'images/';

/**
 * Writes the image corpus into `root/subdir` (Chromium renders the pages: /usr/bin/chromium or
 * $CDA_CHROMIUM) and returns its labels, paths relative to `root` like the rest of the corpus.
 * Scan it with `ocr: true`.
 */
export async function generateImageCorpus(root: string, options: { size?: CorpusSize; subdir?: string } = {}): Promise<CorpusLabel[]> {
  const items = await buildImageCorpus(join(root, options.subdir ?? 'images'), options.size ?? 'full');
  return items.map((item) => toLabel(root, item));
}

function toLabel(dir: string, item: LabelledImage): CorpusLabel {
  // Leak checks look for each value as written: address lines are written one per line.
  const values = new Set<string>();
  for (const [category, list] of Object.entries(item.plantedValues)) {
    for (const value of list) {
      if (category === 'address') for (const part of value.split(', ')) values.add(part);
      else values.add(value);
    }
  }
  return {
    path: relative(dir, item.path).split('\\').join('/'),
    holdsCustomerData: item.holdsCustomerData,
    categories: item.categories,
    family: `${IMAGE_FAMILY_PREFIX}${item.family}`,
    plantedValues: [...values],
  };
}

export interface ImageScore {
  files: number;
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  recall: number;
  precision: number;
  /** Families with a missed file, for the report (family names only, never values). */
  missed: string[];
  wronglyFlagged: string[];
}

/** File-level precision and recall of a scan over the image corpus ('holds customer data' = risk above none). */
export function scoreImages(labels: CorpusLabel[], results: FileResult[], root: string): ImageScore {
  const byPath = new Map(results.map((r) => [relative(root, r.path).split('\\').join('/'), r]));
  let tp = 0;
  let fn = 0;
  let fp = 0;
  const missed: string[] = [];
  const wronglyFlagged: string[] = [];
  for (const label of labels) {
    if (!label.family.startsWith(IMAGE_FAMILY_PREFIX)) continue;
    const result = byPath.get(label.path);
    const flagged = result !== undefined && result.risk !== 'none';
    if (label.holdsCustomerData && flagged) tp++;
    else if (label.holdsCustomerData) {
      fn++;
      missed.push(label.family);
    } else if (flagged) {
      fp++;
      wronglyFlagged.push(label.family);
    }
  }
  const files = labels.filter((l) => l.family.startsWith(IMAGE_FAMILY_PREFIX)).length;
  return { files, truePositives: tp, falseNegatives: fn, falsePositives: fp, recall: tp / Math.max(1, tp + fn), precision: tp / Math.max(1, tp + fp), missed, wronglyFlagged };
}
