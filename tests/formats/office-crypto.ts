// A password-protected Office file as Office writes it: an OLE2 compound file holding an
// EncryptionInfo stream (agile encryption, version 4.4) and an EncryptedPackage stream. The
// package bytes are random: readers must recognise the container, never try to decrypt it.
import { randomBytes } from 'node:crypto';
import * as XLSX from 'xlsx';

const AGILE_INFO_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
  '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>' +
  '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA==" encryptedVerifierHashInput="AAAAAAAAAAAAAAAAAAAAAA==" encryptedVerifierHashValue="AAAAAAAAAAAAAAAAAAAAAA==" encryptedKeyValue="AAAAAAAAAAAAAAAAAAAAAA=="/></keyEncryptor></keyEncryptors></encryption>';

export function encryptedOfficeBytes(): Uint8Array {
  const version = Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]);
  const info = Buffer.concat([version, Buffer.from(AGILE_INFO_XML, 'utf8')]);
  const size = Buffer.alloc(8);
  size.writeUInt32LE(20_000, 0);
  const pkg = Buffer.concat([size, randomBytes(20_480)]);
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', info);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', pkg);
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

/**
 * A legacy .xls with a FILEPASS record (RC4 encryption) right after the workbook's BOF record, as
 * Excel writes it when a password to open is set. Only the header matters to the reader.
 */
export function encryptedXlsBytes(): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['buyer-name'], ['Jane Roe']]), 'Orders');
  const cfb = XLSX.CFB.read(XLSX.write(book, { type: 'buffer', bookType: 'biff8' }), { type: 'buffer' });
  const workbook = XLSX.CFB.find(cfb, 'Workbook') as { content: Buffer; size: number };
  const stream = Buffer.from(workbook.content);
  const bofEnd = 4 + stream.readUInt16LE(2);
  const filePass = Buffer.alloc(4 + 54);
  filePass.writeUInt16LE(0x002f, 0); // FILEPASS
  filePass.writeUInt16LE(54, 2);
  filePass.writeUInt16LE(1, 4); // wEncryptionType: RC4
  filePass.writeUInt16LE(1, 6); // RC4 header version 1.1
  filePass.writeUInt16LE(1, 8);
  workbook.content = Buffer.concat([stream.subarray(0, bofEnd), filePass, stream.subarray(bofEnd)]);
  workbook.size = workbook.content.length;
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}
