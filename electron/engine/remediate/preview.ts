// The dry run: what each planned item would do, checked against the disk exactly as the real run
// will check it, with the redaction worked out (but not written) and the medium's caveats.
import { maskPath } from '../../../shared/mask.js';
import type { Decision, RemediationPlan } from '../../../shared/remediation.js';
import { DEFAULT_ANALYZE_OPTIONS } from '../analyze/index.js';
import type { AnalyzeOptions } from '../analyze/options.js';
import { detectFormat } from '../formats/detect.js';
import { mediumCaveat } from './caveat.js';
import { sessionGuidance, type GuidanceItem } from './guidance.js';
import { checkItem, guardItem } from './item-check.js';
import { detectMedium, type Medium } from './medium.js';
import { redactBytes } from './redact.js';

export interface PlanPreviewItem {
  path: string;
  maskedPath: string;
  decision: Decision;
  size: number;
  /** false with a refusal when the file cannot be acted on now (changed, vanished, symlink, outside roots, not redactable …). */
  ok: boolean;
  reasonCode?: string;
  message?: string;
  /** For redact: the columns that would go (labels like 'C (Buyer email)', never values) and the number of cells. */
  redaction?: { columns: string[]; cells: number };
  /** For delete/redact/archive: what the storage medium means (SSD, copy-on-write, cloud-sync, Trash). */
  mediumCaveat?: string;
}

export interface PlanPreview {
  items: PlanPreviewItem[];
  /** Items that can be carried out, by decision, and the bytes of files that would be removed or rewritten. */
  totals: { delete: number; redact: number; keep: number; archive: number; bytes: number };
  /** Items refused already in the dry run. */
  refused: number;
  guidance: GuidanceItem[];
}

export interface PreviewOptions {
  analyze?: AnalyzeOptions;
  signal?: AbortSignal;
}

export async function previewPlan(plan: RemediationPlan, options: PreviewOptions = {}): Promise<PlanPreview> {
  const analyze = options.analyze ?? DEFAULT_ANALYZE_OPTIONS;
  const items: PlanPreviewItem[] = [];
  const media: Medium[] = [];
  const totals = { delete: 0, redact: 0, keep: 0, archive: 0, bytes: 0 };
  for (const item of plan.items) {
    if (options.signal?.aborted) break;
    const base = { path: item.path, maskedPath: maskPath(item.path), decision: item.decision, size: 0 };
    const invalid = checkItem(item);
    if (invalid) {
      items.push({ ...base, ok: false, reasonCode: invalid.code, message: invalid.message });
      continue;
    }
    if (item.decision === 'keep') {
      totals.keep++;
      items.push({ ...base, ok: true });
      continue;
    }
    const guarded = await guardItem(plan, item);
    if (!guarded.ok) {
      items.push({ ...base, ok: false, reasonCode: guarded.code, message: guarded.message });
      continue;
    }
    try {
      const size = guarded.stat.size;
      let redaction: PlanPreviewItem['redaction'];
      if (item.decision === 'redact') {
        const result = redactBytes(guarded.bytes ?? Buffer.alloc(0), detectFormat(guarded.bytes ?? new Uint8Array(0), item.path), analyze);
        if (!result.ok) {
          items.push({ ...base, size, ok: false, reasonCode: result.code, message: result.message });
          continue;
        }
        redaction = { columns: result.columns, cells: result.cells };
      }
      const medium = await detectMedium(guarded.path);
      media.push(medium);
      totals[item.decision]++;
      totals.bytes += size;
      items.push({ ...base, size, ok: true, ...(redaction ? { redaction } : {}), mediumCaveat: mediumCaveat(medium) });
    } finally {
      await guarded.handle.close().catch(() => undefined);
    }
  }
  return { items, totals, refused: items.filter((i) => !i.ok).length, guidance: media.length > 0 ? sessionGuidance(media) : [] };
}
