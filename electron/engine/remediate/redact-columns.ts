// Which parts of a table hold customer data, decided by the scan's own table analyser: columns
// whose header names customer data (confirmed by hits in them or their group), columns mostly
// full of hits, and single cells (or, for text laid out in a sheet, whole rows) elsewhere. The
// decision is refined round by round on the redacted result until the analyser finds nothing.
import { analyzeTable } from '../analyze/index.js';
import type { Hit } from '../analyze/hit.js';
import type { AnalyzeOptions } from '../analyze/options.js';
import { findHeaderRow, SAMPLE_ROWS } from '../analyze/table.js';
import { classifyHeader, isPersonalRole, type HeaderMeaning } from '../recognizers/columns.js';

/** What to take out of one sheet, in the coordinates of the original (0-based rows and columns). */
export interface SheetRedaction {
  dropColumns: Set<number>;
  blankCells: Set<string>;
  blankRows: Set<number>;
}

export function emptySheetRedaction(): SheetRedaction {
  return { dropColumns: new Set(), blankCells: new Set(), blankRows: new Set() };
}

export const cellKey = (row: number, column: number): string => `${row}:${column}`;

/** Region and country alone identify nobody, and the accountant needs them for VAT and sales tax. */
const KEPT_PLACE_ROLES = new Set(['region', 'country']);
const NAME_GROUP = new Set(['name', 'first-name', 'last-name']);
const ADDRESS_GROUP = new Set(['street', 'street2', 'house-number', 'city', 'postcode']);
/** Beyond personal fields: a customer's user id, company and own notes go with them. */
const CUSTOMER_ONLY_ROLES = new Set(['username', 'company', 'note']);
/** A column is dropped whole when at least this share of its filled cells gave hits. */
const COLUMN_HIT_SHARE = 0.5;

export function collectHits(sheet: string, rows: readonly string[][], options: AnalyzeOptions): Hit[] {
  const hits: Hit[] = [];
  analyzeTable({ type: 'table', sheet, rows }, { add: (hit) => hits.push(hit) }, options);
  return hits;
}

/**
 * One round: `view` is the sheet as last written (dropped columns gone), `kept[i]` the original
 * index of the view's column i, `hits` what the analyser still finds in the view. Adds to `plan`;
 * returns whether anything new was added (no progress with hits left means redaction fails).
 */
export function refineRedaction(plan: SheetRedaction, view: readonly string[][], kept: readonly number[], hits: readonly Hit[]): boolean {
  if (hits.length === 0) return false;
  const before = plan.dropColumns.size + plan.blankCells.size + plan.blankRows.size;
  const headerRow = findHeaderRow(view.slice(0, SAMPLE_ROWS) as string[][]);
  const header = headerRow >= 0 ? view[headerRow]! : undefined;
  const width = Math.max(0, ...view.map((r) => r.length));
  const labels = Array.from({ length: width }, (_, c) => columnLabel(header?.[c], c));
  const meanings = labels.map((_, c) => (header?.[c] ? classifyHeader(header[c]!) : undefined));

  // Hits by view column (data rows) and rows hit as text (above the header, or a sheet with none).
  const hitRows = new Map<number, Set<number>>();
  const textRows = new Set<number>();
  for (const hit of hits) {
    const where = hit.where;
    if (!('sheet' in where)) continue;
    const row = where.row - 1;
    if (row <= headerRow) {
      textRows.add(row);
      continue;
    }
    const columns = labels.flatMap((label, c) => (label === where.column ? [c] : []));
    if (columns.length === 0) textRows.add(row);
    for (const c of columns) {
      const set = hitRows.get(c) ?? new Set<number>();
      set.add(row);
      hitRows.set(c, set);
    }
  }

  // Header-named customer fields go whole, when the sheet is about customers at all.
  const groupHit = (group: Set<string>) => [...hitRows.keys()].some((c) => group.has(meanings[c]?.role ?? ''));
  for (let c = 0; c < width; c++) {
    const meaning = meanings[c];
    if (meaning && dropByHeader(meaning, hitRows.has(c), groupHit)) plan.dropColumns.add(kept[c]!);
  }

  for (const [c, rows] of hitRows) {
    const original = kept[c]!;
    if (plan.dropColumns.has(original)) continue;
    const filled = view.filter((r, i) => i > headerRow && (r[c] ?? '').trim().length > 0).length;
    if (filled > 0 && rows.size / filled >= COLUMN_HIT_SHARE) {
      plan.dropColumns.add(original);
      continue;
    }
    for (const row of rows) {
      const key = cellKey(row, original);
      // A hit again where the cell was already blanked came from the row read as text: take the row.
      if (plan.blankCells.has(key) || headerRow < 0) plan.blankRows.add(row);
      else plan.blankCells.add(key);
    }
  }
  for (const row of textRows) plan.blankRows.add(row);
  return plan.dropColumns.size + plan.blankCells.size + plan.blankRows.size > before;
}

function dropByHeader(meaning: HeaderMeaning, hasHits: boolean, groupHit: (group: Set<string>) => boolean): boolean {
  const { role, party } = meaning;
  if (party === 'business') return false;
  if (CUSTOMER_ONLY_ROLES.has(role)) return party === 'customer' || hasHits;
  if (!isPersonalRole(role) || KEPT_PLACE_ROLES.has(role)) return hasHits;
  if (hasHits || party === 'customer') return true;
  // "City" or "Last name" beside a street or first-name column that holds customers.
  return (NAME_GROUP.has(role) && groupHit(NAME_GROUP)) || (ADDRESS_GROUP.has(role) && groupHit(ADDRESS_GROUP));
}

/** The label the table analyser gives a column in its hits: the header (up to 40 characters) or A, B, … AA. */
export function columnLabel(header: string | undefined, index: number): string {
  const text = header?.trim();
  if (text) return text.length > 40 ? text.slice(0, 40) : text;
  let label = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) label = String.fromCharCode(65 + ((n - 1) % 26)) + label;
  return label;
}

/** The sheet with the plan applied: dropped columns removed, blanked cells and rows emptied. */
export function applyToRows(rows: readonly string[][], plan: SheetRedaction): { rows: string[][]; kept: number[] } {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const kept = Array.from({ length: width }, (_, c) => c).filter((c) => !plan.dropColumns.has(c));
  const out = rows.map((row, r) =>
    kept.filter((c) => c < row.length).map((c) => (plan.blankRows.has(r) || plan.blankCells.has(cellKey(r, c)) ? '' : row[c]!)),
  );
  return { rows: out, kept };
}

/** Whether the plan takes anything out. */
export function isEmptyRedaction(plan: SheetRedaction): boolean {
  return plan.dropColumns.size === 0 && plan.blankCells.size === 0 && plan.blankRows.size === 0;
}
