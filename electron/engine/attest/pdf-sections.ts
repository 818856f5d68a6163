// The report's content for people, in the order of a certificate of sanitization: who, when,
// where, with what, what was examined and not, what was found, what was done, what the seller
// confirmed, the verifying rescan, the limits, and how to check the signature.
import { formatBytes } from '../../../shared/bytes.js';
import type { Attestation, AttestationPayload } from '../../../shared/attestation.js';
import { CATEGORIES } from '../../../shared/types.js';
import { formatFingerprint } from './keys.js';
import { reportHash } from './report-code.js';
import { COLORS, type Cell, type Layout } from './pdf-layout.js';
import {
  DECISION_WORDS,
  describeMethod,
  formatCount,
  formatDate,
  formatName,
  formatTime,
  KEEP_REASON_WORDS,
  NOT_INSPECTED_WORDS,
  plural,
  RESULT_WORDS,
} from './report-wording.js';

/** Rows listed per table; the attached JSON always has them all. */
const MAX_ROWS = 200;

const CATEGORY_WORDS: Record<(typeof CATEGORIES)[number], string> = { name: 'Names', email: 'Email addresses', phone: 'Phone numbers', address: 'Postal addresses' };
const RISK_COLORS = { high: '#b42318', medium: '#a15c00', low: COLORS.muted } as const;

export interface SectionContext {
  layout: Layout;
  attestation: Attestation;
  code: string;
  verifyCommand: string;
}

export function writeSections(ctx: SectionContext): void {
  const sections: Array<[string, (ctx: SectionContext, p: AttestationPayload) => void]> = [
    ['Who, and for whom', who],
    ['When', when],
    ['Where', where],
    ['With what', withWhat],
    ['What was examined', examined],
    ['What was not examined', notExamined],
    ['What was found', found],
    ['What was done', done],
    ['Checklist confirmed by the seller', checklist],
    ['Verifying rescan', rescan],
    ['Limits of this report', limits],
    ['Signature and how to verify it', signature],
  ];
  sections.forEach(([title, write], i) => {
    ctx.layout.sectionHeading(i + 1, title);
    write(ctx, ctx.attestation.payload);
  });
}

function who({ layout }: SectionContext, p: AttestationPayload): void {
  layout.keyValues([
    ['Business', p.seller.business],
    ['Person attesting', p.seller.attester],
    ['Requested under reference', p.seller.reference ?? 'No reference given'],
  ]);
  layout.gap(4);
  layout.paragraph(
    `Declaration: ${p.seller.attester}, on behalf of ${p.seller.business}, attests that this report is a true record of the scan and of the actions described in it. ` +
      'It was signed electronically when it was issued; any later change to its content breaks the signature.',
    { color: COLORS.muted, size: 9 },
  );
}

function when({ layout }: SectionContext, p: AttestationPayload): void {
  layout.keyValues([
    ['Scan started', formatTime(p.times.scanStartedAt)],
    ['Scan finished', formatTime(p.times.scanFinishedAt)],
    ['Remediation finished', p.times.remediatedAt ? formatTime(p.times.remediatedAt) : 'No remediation recorded'],
    ['Verifying rescan', p.times.verifiedAt ? formatTime(p.times.verifiedAt) : 'No verifying rescan recorded'],
    ['Report issued', formatTime(p.generatedAt)],
  ]);
}

function where({ layout }: SectionContext, p: AttestationPayload): void {
  layout.keyValues([
    ['Computer', p.machine.os],
    ['Computer name', p.machine.hostname ?? `Withheld (SHA-256 ${shortHash(p.machine.hostnameHash ?? '')})`],
    ['Folders examined', p.scope.roots.join('\n') || 'None'],
    ['Excluded', p.scope.exclusions.join(', ') || 'Nothing'],
    ['Scan completed', p.scope.cancelled ? { text: 'No: the scan was cancelled before every file was read', color: RISK_COLORS.medium } : 'Yes, every folder was walked'],
  ]);
  layout.gap(4);
  layout.paragraph(
    'Folder and file names are masked word by word (only first letters are kept), because a file name can itself be a customer\'s name. ' +
      'Files are identified by the SHA-256 hash of their content.',
    { color: COLORS.muted, size: 8.5 },
  );
}

function withWhat({ layout }: SectionContext, p: AttestationPayload): void {
  layout.keyValues([
    ['Tool', `Customer Data Auditor ${p.tool.version}`],
    ['Recognition rules', p.tool.rules],
    ['Text in images (OCR)', p.tool.ocr.enabled ? `On${p.tool.ocr.languages.length ? `, languages: ${p.tool.ocr.languages.join(', ')}` : ''}` : 'Off'],
  ]);
}

function examined({ layout }: SectionContext, p: AttestationPayload): void {
  layout.paragraph(`${plural(p.examined.files, 'file')} (${formatBytes(p.examined.bytes)}) were read in full and checked for customer data.`);
  if (p.examined.byFormat.length === 0) return;
  layout.table(
    [
      { header: 'File type', width: '*' },
      { header: 'Files', width: 80, align: 'right' },
      { header: 'Size', width: 90, align: 'right' },
    ],
    [
      ...p.examined.byFormat.map((f) => [formatName(f.format), formatCount(f.files), formatBytes(f.bytes)]),
      [{ text: 'Total', bold: true }, { text: formatCount(p.examined.files), bold: true }, { text: formatBytes(p.examined.bytes), bold: true }],
    ],
  );
}

function notExamined({ layout }: SectionContext, p: AttestationPayload): void {
  if (p.notInspected.length === 0) {
    layout.paragraph('Every file found in the folders was inspected.');
    return;
  }
  layout.paragraph(`${plural(p.notInspected.length, 'file')} could not be inspected. The scan cannot vouch for these files; they may hold customer data.`, {
    color: RISK_COLORS.medium,
  });
  const shown = p.notInspected.slice(0, MAX_ROWS);
  layout.table(
    [
      { header: 'File (masked)', width: '*' },
      { header: 'Type', width: 64 },
      { header: 'Reason', width: 140 },
      { header: 'SHA-256', width: 78, mono: true },
    ],
    shown.map((f) => [f.maskedPath, formatName(f.format), f.reason ? NOT_INSPECTED_WORDS[f.reason] : 'Not recorded', f.sha256 ? shortHash(f.sha256) : '—']),
  );
  moreRows(layout, p.notInspected.length, shown.length);
}

function found({ layout }: SectionContext, p: AttestationPayload): void {
  if (p.found.files === 0) {
    layout.paragraph('The scan found no customer data in the files it examined.');
    return;
  }
  const { byRisk } = p.found;
  layout.keyValues([
    ['Files with customer data', `${formatCount(p.found.files)} (high risk ${byRisk.high}, medium ${byRisk.medium}, low ${byRisk.low})`],
    ['Customer records', formatCount(p.found.records)],
    ['Values found', CATEGORIES.map((c) => `${CATEGORY_WORDS[c].toLowerCase()} ${formatCount(p.found.byCategory[c])}`).join(', ')],
  ]);
  layout.gap(4);
  layout.paragraph('As found by the scan, before any clean-up:', { color: COLORS.muted, size: 8.5 });
  const shown = p.found.list.slice(0, MAX_ROWS);
  layout.table(
    [
      { header: 'File (masked)', width: '*' },
      { header: 'Risk', width: 48 },
      { header: 'Records', width: 50, align: 'right' },
      { header: 'Kinds of data', width: 120 },
      { header: 'SHA-256', width: 78, mono: true },
    ],
    shown.map((f) => [
      f.maskedPath,
      { text: capitalise(f.risk), color: RISK_COLORS[f.risk], bold: f.risk === 'high' },
      formatCount(f.records),
      CATEGORIES.filter((c) => f.byCategory[c] > 0).map((c) => CATEGORY_WORDS[c].toLowerCase()).join(', ') || '—',
      f.sha256 ? shortHash(f.sha256) : '—',
    ]),
  );
  moreRows(layout, p.found.list.length, shown.length);
}

function done({ layout }: SectionContext, p: AttestationPayload): void {
  if (p.actions.length === 0) {
    layout.paragraph('No remediation is recorded in this report.');
  } else {
    const shown = p.actions.slice(0, MAX_ROWS);
    layout.table(
      [
        { header: 'File (masked) and SHA-256', width: '*' },
        { header: 'Action', width: 80 },
        { header: 'Method', width: 112 },
        { header: 'Result', width: 52 },
        { header: 'When', width: 78 },
      ],
      shown.map((a) => [
        `${a.maskedPath}\n${shortHash(a.sha256)}`,
        DECISION_WORDS[a.decision],
        describeMethod(a.method),
        { text: RESULT_WORDS[a.result] ?? a.result, color: a.result === 'done' ? COLORS.ink : RISK_COLORS.high, bold: a.result !== 'done' },
        formatTime(a.at),
      ]),
      { notes: shown.map((a) => [a.result !== 'done' && a.message ? a.message : undefined, a.mediumCaveat ? `Medium: ${a.mediumCaveat}` : undefined].filter(Boolean).join(' ') || undefined) },
    );
    moreRows(layout, p.actions.length, shown.length);
  }
  if (p.kept.length > 0) {
    layout.gap(4);
    layout.paragraph('Kept with a recorded reason:', { font: 'Bold', size: 9.5 });
    layout.table(
      [
        { header: 'File (masked)', width: '*' },
        { header: 'How', width: 100 },
        { header: 'Reason', width: 140 },
        { header: 'Until', width: 70 },
      ],
      p.kept.map((k) => [k.maskedPath, DECISION_WORDS[k.decision], KEEP_REASON_WORDS[k.reason], k.until ? formatDate(k.until) : '—']),
    );
  }
}

function checklist({ layout }: SectionContext, p: AttestationPayload): void {
  if (p.checklist.length === 0) {
    layout.paragraph('No checklist is recorded in this report.');
    return;
  }
  layout.table(
    [
      { header: 'Item', width: '*' },
      { header: 'Confirmed', width: 70 },
    ],
    p.checklist.map((c) => [c.item, c.confirmed ? { text: 'Yes', color: '#1e7b4a', bold: true } : { text: 'No', color: RISK_COLORS.high, bold: true }]),
  );
}

function rescan({ layout }: SectionContext, p: AttestationPayload): void {
  const v = p.verification;
  if (!v) {
    layout.paragraph(p.outcome.remediated ? 'No verifying rescan is recorded: the clean-up above is not confirmed by a second scan.' : 'No remediation was needed or recorded, so there was no verifying rescan.');
    return;
  }
  layout.keyValues([
    ['Rescan', formatTime(v.at)],
    ['Files examined', formatCount(v.filesScanned)],
    ['Files with customer data', `${formatCount(v.filesWithCustomerData)}${p.kept.length ? ` (of which ${formatCount(p.kept.length)} kept with a recorded reason)` : ''}`],
    ['Not inspected', formatCount(v.filesNotInspected)],
  ]);
  if (v.remaining.length > 0) {
    layout.gap(4);
    layout.table(
      [
        { header: 'Still holding customer data (masked)', width: '*' },
        { header: 'Explanation', width: 200 },
      ],
      v.remaining.slice(0, MAX_ROWS).map((r) => [r.maskedPath, r.explanation]),
    );
    moreRows(layout, v.remaining.length, Math.min(v.remaining.length, MAX_ROWS));
  }
}

function limits({ layout }: SectionContext, p: AttestationPayload): void {
  layout.bullets(p.limits);
}

function signature({ layout, attestation, code, verifyCommand }: SectionContext): void {
  const { signature: s } = attestation;
  layout.keyValues([
    ['Signature', 'Ed25519, over the RFC 8785 canonical form of the report content'],
    ['Public key (base64)', s.publicKey],
    ['Key fingerprint (SHA-256)', { text: formatFingerprint(s.fingerprint), bold: true }],
    ['Report code', { text: code, bold: true }],
    ['Report hash (SHA-256)', formatFingerprint(reportHash(attestation))],
    ['QR code', 'On the first page: the report code, the report hash and the key fingerprint, readable with a phone camera'],
    ['Signed report', 'Attached to this PDF as attestation.json (see the attachments panel of your PDF reader)'],
  ], 140);
  layout.gap(6);
  layout.paragraph('How to verify this report', { font: 'Bold', size: 10 });
  layout.bullets([
    'Obtain the seller\'s key fingerprint from the seller directly (for example by phone or in your seller portal), not from this document.',
    `Run: ${verifyCommand} --key <fingerprint>, or drop this PDF on the “Verify a report” screen of the Customer Data Auditor app with the fingerprint. The check works offline.`,
    'It confirms that the attached signed report is intact, that it was signed with that key, and that these pages show the same report (same report code).',
  ]);
}

function moreRows(layout: Layout, total: number, shown: number): void {
  if (total > shown) layout.paragraph(`… and ${formatCount(total - shown)} more, listed in the attached attestation.json.`, { color: COLORS.muted, size: 8.5 });
}

function shortHash(hex: string): string {
  return hex ? `${hex.slice(0, 12)}…` : '—';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
