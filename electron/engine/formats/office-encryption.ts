// A password-protected .xlsx or .docx is not a zip at all: Office wraps the encrypted package in an
// OLE2 compound file with EncryptionInfo and EncryptedPackage streams ([MS-OFFCRYPTO]). Telling it
// apart by content means the user hears "password-protected", not "damaged".
import * as XLSX from 'xlsx';

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle2(data: Uint8Array): boolean {
  return data.length >= 512 && OLE2_MAGIC.every((b, i) => data[i] === b);
}

export function isZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && (data[2] === 0x03 || data[2] === 0x05) && (data[3] === 0x04 || data[3] === 0x06);
}

/** The parts of SheetJS's CFB module used here (it is typed `any`). */
interface CompoundFile {
  FullPaths: string[];
}
interface CfbModule {
  read(data: Buffer, options: { type: 'buffer' }): CompoundFile;
  find(cfb: CompoundFile, path: string): unknown;
}

/**
 * Whether an OLE2 file is an encrypted Office package. Throws when the compound file itself is
 * damaged (the caller reports it as corrupt).
 */
export function isEncryptedOfficePackage(data: Uint8Array): boolean {
  const cfbModule = XLSX.CFB as CfbModule;
  const cfb = cfbModule.read(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { type: 'buffer' });
  return Boolean(cfbModule.find(cfb, 'EncryptionInfo')) && Boolean(cfbModule.find(cfb, 'EncryptedPackage'));
}
