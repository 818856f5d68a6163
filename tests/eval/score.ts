// Scores a scan against the corpus labels, file by file: a labelled file counts as found when it,
// or any entry inside it (`archive.zip!inner.csv`), has a result with customer data. Works on
// paths and counts only; planted values are never looked at here, so nothing here can print one.
import { relative, sep } from 'node:path';
import { CATEGORIES, type Category, type FileResult } from '../../shared/types.js';
import type { CorpusLabel } from '../fixtures/corpus/index.js';

export interface Verdict {
  label: CorpusLabel;
  /** Results of this file and its archive entries. */
  results: FileResult[];
  found: boolean;
  foundCategories: Category[];
  /** The file or one of its entries was not (fully) inspected. */
  notInspected: boolean;
  missing: boolean;
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function judge(root: string, labels: CorpusLabel[], results: FileResult[]): { verdicts: Verdict[]; unlabelled: FileResult[] } {
  const byOuter = new Map<string, FileResult[]>();
  for (const r of results) {
    const outer = relative(root, r.path.split('!')[0]!).split(sep).join('/');
    const list = byOuter.get(outer) ?? [];
    list.push(r);
    byOuter.set(outer, list);
  }
  const verdicts = labels.map((label): Verdict => {
    const rs = byOuter.get(label.path) ?? [];
    byOuter.delete(label.path);
    return {
      label,
      results: rs,
      found: rs.some((r) => r.risk !== 'none'),
      foundCategories: CATEGORIES.filter((c) => rs.some((r) => r.findings[c] > 0)),
      notInspected: rs.some((r) => r.status !== 'scanned'),
      missing: rs.length === 0,
    };
  });
  return { verdicts, unlabelled: [...byOuter.values()].flat() };
}

export function confusion(verdicts: Verdict[], truth: (v: Verdict) => boolean, predicted: (v: Verdict) => boolean): Confusion {
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const v of verdicts) {
    const t = truth(v);
    const p = predicted(v);
    if (t && p) c.tp++;
    else if (!t && p) c.fp++;
    else if (t && !p) c.fn++;
    else c.tn++;
  }
  return c;
}

export function precision(c: Confusion): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

export function recall(c: Confusion): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}

export const holds = (v: Verdict) => v.label.holdsCustomerData;
export const flagged = (v: Verdict) => v.found;
export const hasCategory = (c: Category) => (v: Verdict) => v.label.categories.includes(c);
export const flaggedCategory = (c: Category) => (v: Verdict) => v.foundCategories.includes(c);
