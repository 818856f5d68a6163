// One file's findings: distinct values per category, records (distinct customers), risk, and
// masked evidence. Raw values stay inside this object; only counts and masks come out.
import { maskValue } from '../../shared/mask.js';
import { CATEGORIES, emptyCounts, type Category, type CategoryCounts, type Evidence, type Risk } from '../../shared/types.js';
import type { Hit } from './analyze/hit.js';
import type { HitSink } from './analyze/options.js';
import { DistinctHashes } from './distinct-hashes.js';

export const MAX_EVIDENCE = 20;
/** Ten or more customers in one file make it high risk on their own. */
export const HIGH_RISK_RECORDS = 10;

const BIT: Record<Category, number> = { name: 1, email: 2, phone: 4, address: 8 };
const CONTACT = BIT.email | BIT.phone | BIT.address;

export interface FileFindings {
  findings: CategoryCounts;
  records: number;
  risk: Risk;
  evidence: Evidence[];
}

/** A raw value kept only in reveal mode, aligned with the evidence item it backs. Screen only. */
export interface RawSample {
  value: string;
}

/** A first distinct value of a category in a file (or a part of one), with its hash for merging. */
export interface EvidenceCandidate {
  evidence: Evidence;
  a: number;
  b: number;
}

/**
 * What a part of a file found, before it is combined with the other parts: distinct values as
 * hashes, records and the facts that decide risk, and its first distinct values as masked evidence.
 * A whole file is one part. No raw value is in it.
 */
export interface FindingsPart {
  distinct: Record<Category, DistinctHashes>;
  records: number;
  completeRecord: boolean;
  multiCategory: boolean;
  candidates: Record<Category, EvidenceCandidate[]>;
}

export class FindingsCollector implements HitSink {
  /** Raw values beside each evidence sample: only when the user asked to reveal a file on screen. */
  private readonly raw: Record<Category, RawSample[]> | undefined;
  /** Evidence candidates kept per category: a part of a file keeps more, as values an earlier part found are not new. */
  private readonly candidateLimit: number;

  constructor(options: { keepRaw?: boolean; candidates?: number } = {}) {
    this.raw = options.keepRaw ? { name: [], email: [], phone: [], address: [] } : undefined;
    this.candidateLimit = options.candidates ?? MAX_EVIDENCE;
  }

  private readonly distinct: Record<Category, DistinctHashes> = { name: new DistinctHashes(), email: new DistinctHashes(), phone: new DistinctHashes(), address: new DistinctHashes() };
  /** Records of text (string keys: a person may come back later in the text). */
  private readonly textRecords = new Map<string, number>();
  /** Table rows (number keys) are records whose hits all arrive together and never again: counted, not kept. */
  private rowRecords = 0;
  private rowMultiCategory = false;
  private completeRecord = false;
  /** Evidence candidates per category, so the final sample shows every category found. */
  private readonly candidates: Record<Category, EvidenceCandidate[]> = { name: [], email: [], phone: [], address: [] };

  /**
   * The record of the last hit and its categories so far, not yet written down: hits of one
   * record arrive together (a row's cells, a block's lines), so a record costs one map lookup and
   * one write instead of two per hit — a 100 MB export makes millions of hits.
   */
  private openKey: string | number | undefined;
  private openMask = 0;

  /** The last value counted per category: a row often gives the same value twice (buyer and recipient). */
  private readonly last: Record<Category, string | undefined> = { name: undefined, email: undefined, phone: undefined, address: undefined };

  add(hit: Hit): void {
    const seen = this.distinct[hit.category];
    const isNew = this.last[hit.category] !== hit.normalized && seen.add(hit.normalized);
    this.last[hit.category] = hit.normalized;

    if (hit.recordKey !== this.openKey) {
      this.closeRecord();
      this.openKey = hit.recordKey;
      this.openMask = typeof hit.recordKey === 'number' ? 0 : (this.textRecords.get(hit.recordKey) ?? 0);
    }
    const mask = (this.openMask |= BIT[hit.category]);
    if (mask & BIT.name && mask & CONTACT) this.completeRecord = true;

    const bucket = this.candidates[hit.category];
    if (isNew && bucket.length < this.candidateLimit) {
      const [a, b] = seen.lastPair();
      bucket.push({ evidence: { category: hit.category, masked: maskValue(hit.category, hit.value), confidence: round(hit.confidence), where: hit.where }, a, b });
      this.raw?.[hit.category].push({ value: hit.value });
    }
  }

  private closeRecord(): void {
    const key = this.openKey;
    if (key === undefined) return;
    if (typeof key === 'number') {
      this.rowRecords++;
      if ((this.openMask & (this.openMask - 1)) !== 0) this.rowMultiCategory = true;
    } else {
      this.textRecords.set(key, this.openMask);
    }
    this.openKey = undefined;
  }

  /** This file's (or this part's) findings, not yet combined with other parts. */
  part(): FindingsPart {
    this.closeRecord();
    let multiCategory = this.rowMultiCategory;
    for (const mask of this.textRecords.values()) if ((mask & (mask - 1)) !== 0) multiCategory = true;
    return {
      distinct: this.distinct,
      records: this.rowRecords + this.textRecords.size,
      completeRecord: this.completeRecord,
      multiCategory,
      candidates: this.candidates,
    };
  }

  result(): FileFindings {
    return combineFindings([{ part: this.part(), rowOffset: 0 }]);
  }

  /** The raw values behind `result().evidence`, in the same order. Empty unless keepRaw. */
  revealed(): Array<Evidence & RawSample> {
    if (!this.raw) return [];
    const raw = this.raw;
    return pickRoundRobin(this.candidates, (category, i) => ({ ...this.candidates[category][i]!.evidence, value: raw[category][i]!.value }));
  }
}

/**
 * The findings of a file from its parts, in file order; `rowOffset` is how many table rows came
 * before the part (its rows are numbered from its own start). Equal to what one collector fed the
 * whole file reports, as long as a part's candidates hold enough values the parts before it lacked.
 */
export function combineFindings(parts: ReadonlyArray<{ part: FindingsPart; rowOffset: number }>): FileFindings {
  const findings = emptyCounts();
  let records = 0;
  let completeRecord = false;
  let multiCategory = false;
  const chosen: Record<Category, Evidence[]> = { name: [], email: [], phone: [], address: [] };
  const union: Record<Category, DistinctHashes | undefined> = { name: undefined, email: undefined, phone: undefined, address: undefined };
  for (const { part, rowOffset } of parts) {
    records += part.records;
    completeRecord ||= part.completeRecord;
    multiCategory ||= part.multiCategory;
    for (const category of CATEGORIES) {
      const before = union[category];
      const bucket = chosen[category];
      for (const c of part.candidates[category]) {
        if (bucket.length >= MAX_EVIDENCE) break;
        if (before?.hasPair(c.a, c.b)) continue;
        const where = c.evidence.where;
        bucket.push(rowOffset > 0 && 'row' in where ? { ...c.evidence, where: { ...where, row: where.row + rowOffset } } : c.evidence);
      }
      union[category] = mergeInto(before, part.distinct[category]);
    }
  }
  for (const category of CATEGORIES) findings[category] = union[category]?.size ?? 0;
  return { findings, records, risk: riskOf(records, completeRecord, multiCategory), evidence: pickRoundRobin(chosen, (category, i) => chosen[category][i]!) };
}

/** The union of two hash sets, in the first; the first part's own set becomes the union (parts are used once). */
function mergeInto(into: DistinctHashes | undefined, from: DistinctHashes): DistinctHashes {
  if (!into) return from;
  from.forEachPair((a, b) => into.addPair(a, b));
  return into;
}

function riskOf(records: number, completeRecord: boolean, multiCategory: boolean): Risk {
  if (records === 0) return 'none';
  if (completeRecord || records >= HIGH_RISK_RECORDS) return 'high';
  return records >= 2 || multiCategory ? 'medium' : 'low';
}

/** Round-robin over categories so that twenty emails do not hide the one address. */
function pickRoundRobin<T>(lists: Record<Category, readonly unknown[]>, take: (category: Category, index: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; out.length < MAX_EVIDENCE; i++) {
    let added = false;
    for (const category of CATEGORIES) {
      if (i < lists[category].length && out.length < MAX_EVIDENCE) {
        out.push(take(category, i));
        added = true;
      }
    }
    if (!added) break;
  }
  return out;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
