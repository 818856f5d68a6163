// Redaction of a spreadsheet or CSV: the scan's own analyser decides which columns, cells or rows
// hold customer data, they are taken out round by round until the analyser finds nothing in the
// result, and the file is written back in its own layout. Everything else keeps its value. The
// result is read back and checked once more before it may replace the original.
import type { FileFormat } from '../../../shared/types.js';
import type { AnalyzeOptions } from '../analyze/options.js';
import { findHeaderRow, SAMPLE_ROWS } from '../analyze/table.js';
import { readDelimitedFile } from './csv-codec.js';
import { applyToRows, collectHits, columnLabel, emptySheetRedaction, isEmptyRedaction, refineRedaction, type SheetRedaction } from './redact-columns.js';
import { refuse, type Refusal } from './refusal.js';
import { readWorkbookFile } from './xlsx-codec.js';

export interface Redaction {
  ok: true;
  /** The file as it will be written back. */
  output: Buffer;
  /** Labels of the columns taken out, like 'C (Buyer email)' — headers, never values. */
  columns: string[];
  /** Cells emptied outside those columns. */
  cells: number;
}

const MAX_ROUNDS = 6;

export function redactionSupported(format: FileFormat): format is 'csv' | 'tsv' | 'xlsx' {
  return format === 'csv' || format === 'tsv' || format === 'xlsx';
}

/** Works out the redaction and the bytes to write; nothing is written here. */
export function redactBytes(data: Buffer, format: FileFormat, options: AnalyzeOptions): Redaction | Refusal {
  if (!redactionSupported(format)) return refuse('not-redactable', 'Only CSV, TSV and .xlsx files can be redacted; delete, archive or keep this file instead.');
  try {
    return format === 'xlsx' ? redactWorkbook(data, options) : redactDelimited(data, format, options);
  } catch {
    return refuse('not-redactable', 'The file could not be read back for redaction; delete, archive or keep it instead.');
  }
}

function redactDelimited(data: Buffer, format: 'csv' | 'tsv', options: AnalyzeOptions): Redaction | Refusal {
  const file = readDelimitedFile(data, format);
  if (!file) return refuse('not-redactable', 'The file\'s text encoding cannot be written back unchanged; delete, archive or keep it instead.');
  const sheet = 'redaction';
  const planned = planSheet(sheet, file.rows, options);
  if (!planned.ok) return planned;
  if (isEmptyRedaction(planned.plan)) return refuse('nothing-to-redact', 'No customer data was found to take out of this file now.');
  const output = file.write(applyToRows(file.rows, planned.plan).rows);
  const again = readDelimitedFile(output, format);
  if (!again || collectHits(sheet, again.rows, options).length > 0) return incomplete();
  return { ok: true, output, ...describe(file.rows, planned.plan) };
}

function redactWorkbook(data: Buffer, options: AnalyzeOptions): Redaction | Refusal {
  const book = readWorkbookFile(data);
  if ('unfaithful' in book) return refuse('not-redactable', `This workbook cannot be redacted: ${book.unfaithful}. Delete, archive or keep it instead.`);
  const plans = new Map<string, SheetRedaction>();
  const columns: string[] = [];
  let cells = 0;
  for (const sheet of book.sheets) {
    const planned = planSheet(sheet.name, sheet.rows, options);
    if (!planned.ok) return planned;
    if (isEmptyRedaction(planned.plan)) continue;
    plans.set(sheet.name, planned.plan);
    const described = describe(sheet.rows, planned.plan);
    columns.push(...described.columns.map((c) => (book.sheets.length > 1 ? `${c} in sheet ${sheet.name}` : c)));
    cells += described.cells;
  }
  if (plans.size === 0) return refuse('nothing-to-redact', 'No customer data was found to take out of this file now.');
  const output = book.write(plans);
  const again = readWorkbookFile(output);
  if ('unfaithful' in again || again.sheets.some((s) => collectHits(s.name, s.rows, options).length > 0)) return incomplete();
  return { ok: true, output, columns, cells };
}

function planSheet(sheet: string, rows: string[][], options: AnalyzeOptions): { ok: true; plan: SheetRedaction } | Refusal {
  const plan = emptySheetRedaction();
  let view: string[][] = rows;
  let kept = Array.from({ length: Math.max(0, ...rows.map((r) => r.length)) }, (_, c) => c);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const hits = collectHits(sheet, view, options);
    if (hits.length === 0) return { ok: true, plan };
    if (!refineRedaction(plan, view, kept, hits)) return incomplete();
    ({ rows: view, kept } = applyToRows(rows, plan));
  }
  return collectHits(sheet, view, options).length === 0 ? { ok: true, plan } : incomplete();
}

function incomplete(): Refusal {
  return refuse('redaction-incomplete', 'The customer data in this file could not be separated from the rest, so it was not redacted. Delete or archive it instead.');
}

/** Column labels (letter and header) and the count of single cells emptied. */
function describe(rows: readonly string[][], plan: SheetRedaction): { columns: string[]; cells: number } {
  const headerRow = findHeaderRow(rows.slice(0, SAMPLE_ROWS) as string[][]);
  const header = headerRow >= 0 ? rows[headerRow] : undefined;
  const columns = [...plan.dropColumns]
    .sort((a, b) => a - b)
    .map((c) => {
      const letter = columnLabel(undefined, c);
      const title = header?.[c]?.trim();
      return title ? `${letter} (${title.slice(0, 40)})` : letter;
    });
  let cells = plan.blankCells.size;
  for (const r of plan.blankRows) cells += (rows[r] ?? []).filter((cell, c) => cell.trim() !== '' && !plan.dropColumns.has(c)).length;
  return { columns, cells };
}
