// The plain statement of what an attestation cannot promise, written for a reader who has never
// heard of the tool. Sentences depend only on facts in the payload.

export interface LimitFacts {
  ocrEnabled: boolean;
  filesNotInspected: number;
  scanCancelled: boolean;
  deleted: boolean;
  verifiedByRescan: boolean;
}

export function limitSentences(facts: LimitFacts): string[] {
  const limits = [
    'Only the folders listed under “Where” were examined. Copies kept elsewhere — other computers, phones, email accounts, cloud storage, external drives, backups — are not covered by this report.',
    'Customer data is recognised automatically (names, email addresses, phone numbers, postal addresses). Unusual formats, handwriting and text in uncommon languages can be missed.',
    facts.ocrEnabled
      ? 'Text in images and scanned pages was read by optical character recognition (OCR), which can misread or miss words, especially in small, blurred or stylised text.'
      : 'Text in images and scanned pages was not read (OCR was off), so customer data in pictures or scans is not covered.',
  ];
  if (facts.filesNotInspected > 0) {
    limits.push('Files that could not be inspected (for example encrypted, damaged or too large) may hold customer data; they are listed under “What was not examined”.');
  }
  if (facts.scanCancelled) limits.push('The scan was cancelled, so some files in the chosen folders were not examined at all.');
  if (facts.deleted) {
    limits.push('Deleted files were overwritten before removal. On solid-state drives, copy-on-write file systems and cloud-synchronised folders, earlier copies can survive an overwrite; the medium notes under “What was done” say where this applies.');
  }
  if (!facts.verifiedByRescan) limits.push('The result rests on a single scan; no verifying rescan is recorded in this report.');
  limits.push('This report describes the files at the times given. Files added or restored afterwards are not covered.');
  limits.push('The signature proves that this report was produced with the key of the fingerprint shown and has not been changed since. It does not by itself identify the person: compare the fingerprint with one obtained from the seller directly.');
  return limits;
}
