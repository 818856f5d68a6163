// Words a seller reads for the contract's codes: categories, risks, formats, and why a file was not read.
import type { Category, FileFormat, NotInspectedReason, Risk } from '../../../shared/types';

export const CATEGORY_LABEL: Record<Category, { one: string; many: string }> = {
  name: { one: 'Name', many: 'Names' },
  email: { one: 'Email address', many: 'Email addresses' },
  phone: { one: 'Phone number', many: 'Phone numbers' },
  address: { one: 'Postal address', many: 'Postal addresses' },
};

/** Risks from most to least serious, as the Review screen lists them. */
export const RISK_ORDER: readonly Exclude<Risk, 'none'>[] = ['high', 'medium', 'low'];

export const RISK_LABEL: Record<Risk, string> = {
  high: 'High risk',
  medium: 'Medium risk',
  low: 'Low risk',
  none: 'No customer data',
};

export const RISK_EXPLANATION: Record<Risk, string> = {
  high: 'Whole customer records (a name with an email, phone number or address), or ten customers or more.',
  medium: 'A few customers, or more than one detail about the same customer.',
  low: 'A single detail about one customer.',
  none: 'Nothing that looks like customer data.',
};

export const FORMAT_LABEL: Record<FileFormat, string> = {
  csv: 'CSV spreadsheet',
  tsv: 'Tab-separated text',
  xlsx: 'Excel workbook',
  xlsm: 'Excel workbook with macros',
  xls: 'Excel 97–2003 workbook',
  ods: 'OpenDocument spreadsheet',
  pdf: 'PDF document',
  text: 'Text file',
  docx: 'Word document',
  zip: 'Zip archive',
  image: 'Picture',
  folder: 'Folder',
  unknown: 'Other file',
};

export const REASON_LABEL: Record<NotInspectedReason, string> = {
  encrypted: 'Protected by a password',
  corrupt: 'Damaged or unreadable',
  'too-large': 'Too large to read',
  unsupported: 'A kind of file we cannot read',
  'permission-denied': 'No permission to open it',
  vanished: 'Removed during the scan',
  changed: 'Changed while it was being read',
  timeout: 'Took too long to read',
  'needs-ocr': 'Holds pictures of text',
  symlink: 'A shortcut to somewhere else',
  loop: 'A folder reached twice',
};
