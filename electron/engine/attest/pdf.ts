// The PDF for people: the verdict in one line at the top, a summary, then the detail. Every page
// carries the report code, the key fingerprint, the verification command and its page number.
// The signed JSON is attached as `attestation.json`, so the one PDF is enough to verify.
import PDFDocument from 'pdfkit';
import { VERDICT_TITLES, type Attestation, type Verdict } from '../../../shared/attestation.js';
import { formatBytes } from '../../../shared/bytes.js';
import { formatFingerprint } from './keys.js';
import { COLORS, FONTS, Layout, printable, registerFonts, type Cell } from './pdf-layout.js';
import { writeSections } from './pdf-sections.js';
import { ATTACHMENT_NAME } from './read-report.js';
import { reportCode } from './report-code.js';
import { qrModules, reportQrText } from './report-qr.js';
import { formatCount, formatTime, plural } from './report-wording.js';

const VERDICT_COLORS: Record<Verdict, { ink: string; band: string }> = {
  clean: { ink: '#1e6b43', band: '#e9f5ee' },
  'clean-with-exceptions': { ink: '#8a4d00', band: '#fdf4e4' },
  'customer-data-remains': { ink: '#a3201a', band: '#fdeceb' },
};

export interface PdfOptions {
  /** The PDF's file name, for the verification instruction; `REPORT.pdf` when unknown. */
  fileName?: string;
}

/** The exact bytes of REPORT.json and of the PDF's attachment. */
export function attestationJson(attestation: Attestation): string {
  return JSON.stringify(attestation, null, 2) + '\n';
}

export async function renderReportPdf(attestation: Attestation, options: PdfOptions = {}): Promise<Buffer> {
  const p = attestation.payload;
  const code = reportCode(attestation);
  const issued = new Date(p.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    margins: { top: 62, bottom: 78, left: 56, right: 56 },
    info: {
      Title: printable(`Customer data attestation: ${p.seller.business}`),
      Author: printable(p.seller.attester),
      Subject: `cda.attestation/1 report ${code}`,
      Creator: `Customer Data Auditor ${p.tool.version}`,
      CreationDate: issued,
    },
    lang: 'en-GB',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  registerFonts(doc);
  const layout = new Layout(doc, (l) => runningHead(l, p.seller.business, code));
  const fileName = options.fileName && /^[\w .()-]{1,60}\.pdf$/i.test(options.fileName) ? options.fileName : 'REPORT.pdf';
  const verifyCommand = `cda verify ${/\s/.test(fileName) ? `"${fileName}"` : fileName}`;

  titleBlock(layout, attestation, code);
  verdictBox(layout, p.verdict, p.verdictLine);
  atAGlance(layout, attestation);
  writeSections({ layout, attestation, code, verifyCommand });
  footers(layout, attestation, code, verifyCommand);

  doc.file(Buffer.from(attestationJson(attestation), 'utf8'), {
    name: ATTACHMENT_NAME,
    type: 'application/json',
    description: `Signed cda.attestation/1 report ${code}`,
    creationDate: issued,
    modifiedDate: issued,
  });
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

function titleBlock(layout: Layout, attestation: Attestation, code: string): void {
  const { doc } = layout;
  const p = attestation.payload;
  const top = 40;
  doc.font(FONTS.bold).fontSize(7.5).fillColor(COLORS.faint)
    .text('CUSTOMER DATA AUDITOR  ·  SIGNED ATTESTATION REPORT', layout.left, top, { lineBreak: false });
  doc.font(FONTS.regular).fontSize(7.5).fillColor(COLORS.faint)
    .text(`Report code ${code}`, layout.left, top, { width: layout.width, align: 'right', lineBreak: false });
  layout.rule(top + 13, 0.6);
  const qrTop = top + 24;
  const qrBottom = reportQr(layout, attestation, qrTop);
  // The title keeps clear of the QR code on its right.
  const width = layout.width - QR_SIZE - 18;
  doc.y = top + 30;
  doc.font(FONTS.bold).fontSize(22).fillColor(COLORS.ink).text('Customer data attestation', layout.left, doc.y, { width });
  doc.y += 2;
  const subtitle = [p.seller.business, p.seller.reference ? `Request reference ${p.seller.reference}` : undefined].filter(Boolean).join('   ·   ');
  doc.font(FONTS.regular).fontSize(11.5).fillColor(COLORS.muted).text(printable(subtitle), layout.left, doc.y, { width });
  doc.y += 2;
  doc.fontSize(9).fillColor(COLORS.faint).text(printable(`Issued ${formatTime(p.generatedAt)} by ${p.seller.attester}`), layout.left, doc.y, { width });
  doc.y = Math.max(doc.y + 14, qrBottom + 10);
}

/** Side of the QR code, in points (about 25 mm: 45 modules of 0.55 mm, easy for a phone camera). */
const QR_SIZE = 72;

/** The QR code of the report code, hash and key, top right; returns its caption's bottom. */
function reportQr(layout: Layout, attestation: Attestation, top: number): number {
  const { doc } = layout;
  const modules = qrModules(reportQrText(attestation));
  const cell = QR_SIZE / modules.length;
  const left = layout.left + layout.width - QR_SIZE;
  doc.save();
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      // Slightly oversized cells: no hairline gaps between neighbours when rasterised.
      if (dark) doc.rect(left + x * cell, top + y * cell, cell + 0.05, cell + 0.05);
    }),
  );
  doc.fillColor('#000000').fill();
  doc.restore();
  doc.font(FONTS.regular).fontSize(6).fillColor(COLORS.faint)
    .text('Report hash and key', left - 10, top + QR_SIZE + 4, { width: QR_SIZE + 20, align: 'center', lineBreak: false });
  return top + QR_SIZE + 12;
}

function verdictBox(layout: Layout, verdict: Verdict, line: string): void {
  const { doc } = layout;
  const colors = VERDICT_COLORS[verdict];
  const padX = 16;
  const textWidth = layout.width - 2 * padX - 4;
  doc.font(FONTS.bold).fontSize(12.5);
  const lineHeight = doc.heightOfString(printable(line), { width: textWidth, lineGap: 2 });
  const height = 14 + 11 + 6 + lineHeight + 14;
  const y = doc.y;
  doc.rect(layout.left, y, layout.width, height).fill(colors.band);
  doc.rect(layout.left, y, 4, height).fill(colors.ink);
  doc.font(FONTS.bold).fontSize(8).fillColor(colors.ink)
    .text(`VERDICT: ${VERDICT_TITLES[verdict].toUpperCase()}`, layout.left + 4 + padX, y + 14, { lineBreak: false });
  doc.font(FONTS.bold).fontSize(12.5).fillColor(COLORS.ink).text(printable(line), layout.left + 4 + padX, y + 14 + 11 + 6, { width: textWidth, lineGap: 2 });
  doc.x = layout.left;
  doc.y = y + height + 16;
}

function atAGlance(layout: Layout, attestation: Attestation): void {
  const p = attestation.payload;
  const o = p.outcome;
  const warn = (text: string, when: boolean): Cell => (when ? { text, color: VERDICT_COLORS['clean-with-exceptions'].ink, bold: true } : text);
  const bad = (text: string, when: boolean): Cell => (when ? { text, color: VERDICT_COLORS['customer-data-remains'].ink, bold: true } : text);
  const after = [
    `${plural(o.filesWithCustomerData, 'file')} still ${o.filesWithCustomerData === 1 ? 'holds' : 'hold'} customer data`,
    o.filesKept > 0 ? `${formatCount(o.filesKept)} kept with a recorded reason` : undefined,
    o.verifiedByRescan ? 'confirmed by a verifying rescan' : o.remediated ? 'not confirmed by a rescan' : undefined,
  ].filter(Boolean).join('; ');
  layout.keyValues([
    ['Scan', `${formatTime(p.times.scanStartedAt)} to ${formatTime(p.times.scanFinishedAt)}`],
    ['Folders examined', `${plural(p.scope.roots.length, 'folder')} on ${p.machine.os}`],
    ['Files examined', `${plural(p.examined.files, 'file')}, ${formatBytes(p.examined.bytes)}`],
    ['Not inspected', warn(p.notInspected.length === 0 ? 'None' : plural(p.notInspected.length, 'file'), p.notInspected.length > 0)],
    ['Customer data found', p.found.files === 0 ? 'None' : `${plural(p.found.files, 'file')}, ${plural(p.found.records, 'customer record')}`],
    ['Remaining now', bad(after, o.filesWithCustomerData > 0)],
  ]);
}

function runningHead(layout: Layout, business: string, code: string): void {
  const { doc } = layout;
  const top = 34;
  doc.font(FONTS.regular).fontSize(7.5).fillColor(COLORS.faint);
  // One line, cut to fit beside the report code: a long business name must not run into the rule.
  doc.text(fitWidth(doc, printable(`Customer data attestation  ·  ${business}`), layout.width * 0.68), layout.left, top, { lineBreak: false });
  doc.text(`Report code ${code}`, layout.left, top, { width: layout.width, align: 'right', lineBreak: false });
  layout.rule(top + 12, 0.5);
  doc.x = layout.left;
  doc.y = doc.page.margins.top;
}

function fitWidth(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function footers(layout: Layout, attestation: Attestation, code: string, verifyCommand: string): void {
  const { doc } = layout;
  const range = doc.bufferedPageRange();
  const fingerprint = formatFingerprint(attestation.signature.fingerprint);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 56;
    layout.rule(y - 8, 0.5);
    doc.font(FONTS.regular).fontSize(7).fillColor(COLORS.muted)
      .text('Signing key fingerprint', layout.left, y, { lineBreak: false });
    doc.font(FONTS.mono).fontSize(7).fillColor(COLORS.ink).text(fingerprint, layout.left + 82, y, { lineBreak: false });
    doc.font(FONTS.bold).fontSize(7.5).fillColor(COLORS.ink)
      .text(`Page ${i - range.start + 1} of ${range.count}`, layout.left, y, { width: layout.width, align: 'right', lineBreak: false });
    doc.font(FONTS.regular).fontSize(7).fillColor(COLORS.muted)
      .text(`Verify offline: ${verifyCommand} --key <fingerprint>`, layout.left, y + 11, { lineBreak: false });
    doc.text(`Report code ${code}`, layout.left, y + 11, { width: layout.width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}
