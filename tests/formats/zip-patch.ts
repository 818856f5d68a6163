// Edits the central directory of a zip built by fflate, to make what fflate will not write: entries
// flagged as encrypted, and entries whose declared size lies (the zip bomb that defeats checks made
// on declared sizes alone).

export interface CentralFields {
  name: string;
  /** General-purpose flags; bit 0 means encrypted. */
  flags: number;
  /** Declared uncompressed size. */
  size: number;
}

export function patchCentralDirectory(zip: Uint8Array, edit: (entry: CentralFields) => Partial<CentralFields> | undefined): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = Buffer.from(out.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    const change = edit({ name, flags: view.getUint16(at + 8, true), size: view.getUint32(at + 24, true) });
    if (change?.flags !== undefined) {
      view.setUint16(at + 8, change.flags, true);
      // The local header carries the flags too; keep both in step as a real writer would.
      const local = view.getUint32(at + 42, true);
      view.setUint16(local + 6, change.flags, true);
    }
    if (change?.size !== undefined) view.setUint32(at + 24, change.size, true);
  }
  return out;
}
