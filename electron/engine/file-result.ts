// One file's findings: distinct values per category, records (distinct customers), risk, and
// masked evidence. Raw values stay inside this object; only counts and masks come out.
import { maskValue } from '../../shared/mask.js';
import { CATEGORIES, emptyCounts, type Category, type CategoryCounts, type Evidence, type Risk } from '../../shared/types.js';
import type { Hit } from './analyze/hit.js';
import type { HitSink } from './analyze/options.js';

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

export class FindingsCollector implements HitSink {
  /** Raw values beside each evidence sample: only when the user asked to reveal a file on screen. */
  private readonly raw: Record<Category, RawSample[]> | undefined;

  constructor(options: { keepRaw?: boolean } = {}) {
    this.raw = options.keepRaw ? { name: [], email: [], phone: [], address: [] } : undefined;
  }

  private readonly distinct: Record<Category, Set<string>> = { name: new Set(), email: new Set(), phone: new Set(), address: new Set() };
  private readonly recordCategories = new Map<string | number, number>();
  private completeRecord = false;
  /** Evidence candidates per category, so the final sample shows every category found. */
  private readonly samples: Record<Category, Evidence[]> = { name: [], email: [], phone: [], address: [] };

  /**
   * The record of the last hit and its categories so far, not yet written to recordCategories:
   * hits of one record arrive together (a row's cells, a block's lines), so a record costs one
   * map lookup and one write instead of two per hit — a 100 MB export makes millions of hits.
   */
  private openKey: string | number | undefined;
  private openMask = 0;

  add(hit: Hit): void {
    const seen = this.distinct[hit.category];
    const before = seen.size;
    seen.add(hit.normalized);
    const isNew = seen.size !== before;

    if (hit.recordKey !== this.openKey) {
      this.closeRecord();
      this.openKey = hit.recordKey;
      this.openMask = this.recordCategories.get(hit.recordKey) ?? 0;
    }
    const mask = (this.openMask |= BIT[hit.category]);
    if (mask & BIT.name && mask & CONTACT) this.completeRecord = true;

    const bucket = this.samples[hit.category];
    if (isNew && bucket.length < MAX_EVIDENCE) {
      bucket.push({ category: hit.category, masked: maskValue(hit.category, hit.value), confidence: round(hit.confidence), where: hit.where });
      this.raw?.[hit.category].push({ value: hit.value });
    }
  }

  private closeRecord(): void {
    if (this.openKey !== undefined) this.recordCategories.set(this.openKey, this.openMask);
    this.openKey = undefined;
  }

  result(): FileFindings {
    this.closeRecord();
    const findings = emptyCounts();
    for (const category of CATEGORIES) findings[category] = this.distinct[category].size;
    const records = this.recordCategories.size;
    return { findings, records, risk: this.risk(records), evidence: this.evidence() };
  }

  private risk(records: number): Risk {
    if (records === 0) return 'none';
    if (this.completeRecord || records >= HIGH_RISK_RECORDS) return 'high';
    let multiCategory = false;
    for (const mask of this.recordCategories.values()) {
      if ((mask & (mask - 1)) !== 0) multiCategory = true;
    }
    return records >= 2 || multiCategory ? 'medium' : 'low';
  }

  /** The raw values behind `result().evidence`, in the same order. Empty unless keepRaw. */
  revealed(): Array<Evidence & RawSample> {
    if (!this.raw) return [];
    const raw = this.raw;
    return this.pick((category, i) => ({ ...this.samples[category][i]!, value: raw[category][i]!.value }));
  }

  private evidence(): Evidence[] {
    return this.pick((category, i) => this.samples[category][i]!);
  }

  /** Round-robin over categories so that twenty emails do not hide the one address. */
  private pick<T>(take: (category: Category, index: number) => T): T[] {
    const out: T[] = [];
    for (let i = 0; out.length < MAX_EVIDENCE; i++) {
      let added = false;
      for (const category of CATEGORIES) {
        if (i < this.samples[category].length && out.length < MAX_EVIDENCE) {
          out.push(take(category, i));
          added = true;
        }
      }
      if (!added) break;
    }
    return out;
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
