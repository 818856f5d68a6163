// .xlsx read into rows (the texts the scan reads) and written back through SheetJS with parts of
// sheets taken out. SheetJS CE keeps values, cell types, number formats, formulas, merged cells,
// column widths, hidden sheets and defined names; it does not write fonts, fills, borders or
// conditional formats. Workbooks holding what it would silently lose or break (macros, pivot
// tables, charts, images, external links, embedded objects, a data model) are not offered.
import * as XLSX from 'xlsx';
import { cellText } from '../formats/spreadsheet.js';
import { listZip } from '../formats/zip-guard.js';
import { cellKey, type SheetRedaction } from './redact-columns.js';

export interface WorkbookFile {
  sheets: Array<{ name: string; rows: string[][] }>;
  /** Formulas or defined names refer to cells by position: columns are then emptied, not removed. */
  positional: boolean;
  write(plans: ReadonlyMap<string, SheetRedaction>): Buffer;
}

const UNFAITHFUL_PARTS: Array<[RegExp, string]> = [
  [/^xl\/vbaProject\.bin$/i, 'macros'],
  [/^xl\/pivot(?:Tables|Cache)\//i, 'pivot tables'],
  [/^xl\/charts\//i, 'charts'],
  [/^xl\/drawings\//i, 'pictures or shapes'],
  [/^xl\/externalLinks\//i, 'links to other workbooks'],
  [/^xl\/embeddings\//i, 'embedded objects'],
  [/^xl\/model\//i, 'a data model'],
  [/^xl\/(?:slicers|slicerCaches|timelines)\//i, 'slicers'],
];

type DenseRow = Array<XLSX.CellObject | undefined> | undefined;
type DenseSheet = XLSX.WorkSheet & { '!data'?: DenseRow[] };

const READ_OPTIONS: XLSX.ParsingOptions = {
  type: 'buffer',
  dense: true,
  cellFormula: true,
  cellNF: true,
  cellHTML: false,
  cellStyles: false,
  cellText: true,
  cellDates: false,
  sheetStubs: false,
  bookVBA: false,
};

/** The workbook, or why it cannot be written back faithfully. */
export function readWorkbookFile(data: Buffer): WorkbookFile | { unfaithful: string } {
  let names: string[];
  try {
    names = listZip(data).entries.map((e) => e.name);
  } catch {
    return { unfaithful: 'it is not a readable .xlsx package' };
  }
  const lost = [...new Set(names.flatMap((name) => UNFAITHFUL_PARTS.filter(([re]) => re.test(name)).map(([, what]) => what)))];
  if (lost.length > 0) return { unfaithful: `it holds ${lost.join(', ')}, which could not be written back unchanged` };

  const workbook = XLSX.read(data, READ_OPTIONS);
  const sheets = workbook.SheetNames.map((name) => ({ name, rows: denseData(workbook.Sheets[name]).map((row) => (row ?? []).map((cell) => cellText(cell))) }));
  const positional =
    (workbook.Workbook?.Names?.length ?? 0) > 0 ||
    workbook.SheetNames.some((name) => denseData(workbook.Sheets[name]).some((row) => row?.some((cell) => cell?.f !== undefined)));

  return {
    sheets,
    positional,
    write(plans) {
      // A fresh parse each time: the plans only ever take away from the original.
      const copy = XLSX.read(data, READ_OPTIONS);
      for (const name of copy.SheetNames) {
        const sheet = copy.Sheets[name] as DenseSheet | undefined;
        if (!sheet) continue;
        scrubHiddenText(sheet);
        const plan = plans.get(name);
        if (plan) applyPlan(sheet, plan, positional);
      }
      return XLSX.write(copy, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
    },
  };
}

function denseData(sheet: XLSX.WorkSheet | undefined): DenseRow[] {
  return (sheet as DenseSheet | undefined)?.['!data'] ?? [];
}

/** Comments and mailto:/tel: links are not read by the scan, so they cannot be vouched for: they go. */
function scrubHiddenText(sheet: DenseSheet): void {
  for (const row of sheet['!data'] ?? []) {
    for (const cell of row ?? []) {
      if (!cell) continue;
      delete cell.c;
      if (cell.l && /^(?:mailto|tel|sms):/i.test(cell.l.Target ?? '')) delete cell.l;
    }
  }
}

function applyPlan(sheet: DenseSheet, plan: SheetRedaction, positional: boolean): void {
  const data = sheet['!data'] ?? [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    if (plan.blankRows.has(r)) {
      data[r] = [];
      continue;
    }
    for (let c = 0; c < row.length; c++) {
      if (plan.dropColumns.has(c) || plan.blankCells.has(cellKey(r, c))) (row as Array<XLSX.CellObject | undefined>)[c] = undefined;
    }
  }
  if (positional || plan.dropColumns.size === 0) return;

  // Remove the emptied columns and shift the rest left, with the ranges that refer to them.
  const dropped = [...plan.dropColumns].sort((a, b) => b - a);
  for (const row of data) if (row) for (const c of dropped) if (c < row.length) row.splice(c, 1);
  const shift = (c: number) => c - dropped.filter((d) => d < c).length;
  const ref = sheet['!ref'] ? XLSX.utils.decode_range(sheet['!ref']) : undefined;
  if (ref) {
    ref.e.c = Math.max(ref.s.c, shift(ref.e.c) - (plan.dropColumns.has(ref.e.c) ? 1 : 0));
    sheet['!ref'] = XLSX.utils.encode_range(ref);
  }
  if (sheet['!merges']) {
    sheet['!merges'] = sheet['!merges']
      .filter((m) => ![...plan.dropColumns].some((d) => d >= m.s.c && d <= m.e.c))
      .map((m) => ({ s: { r: m.s.r, c: shift(m.s.c) }, e: { r: m.e.r, c: shift(m.e.c) } }));
  }
  if (sheet['!cols']) sheet['!cols'] = sheet['!cols'].filter((_, c) => !plan.dropColumns.has(c));
  if (sheet['!autofilter']) {
    const range = XLSX.utils.decode_range(sheet['!autofilter'].ref);
    range.s.c = shift(range.s.c);
    range.e.c = Math.max(range.s.c, shift(range.e.c) - (plan.dropColumns.has(range.e.c) ? 1 : 0));
    sheet['!autofilter'] = { ref: XLSX.utils.encode_range(range) };
  }
}
