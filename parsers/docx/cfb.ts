// Minimal reader for OLE Compound File Binary containers (MS-CFB), enough to
// list stream names and read the start of one stream. Office wraps a
// password-protected .docx in such a container (streams `EncryptionInfo` and
// `EncryptedPackage`), and legacy Word 97–2003 .doc files are CFB too (stream
// `WordDocument`, whose FIB carries an fEncrypted flag). We only need to tell
// these apart, so this never reads more than the directory and one sector.

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTORS_WALKED = 1_000_000;

export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && MAGIC.every((b, i) => bytes[i] === b);
}

export interface CfbStream {
  name: string;
  startSector: number;
  size: number;
}

export interface CfbInfo {
  streams: CfbStream[];
  /** True when a password protects the content (OOXML EncryptionInfo, or Word 97 FIB fEncrypted). */
  encrypted: boolean;
  /** True when it holds a Word 97–2003 document (WordDocument stream). */
  wordBinary: boolean;
}

/** Reads the CFB directory; null when the container is damaged. */
export function readCfb(bytes: Uint8Array): CfbInfo | null {
  if (!isCfb(bytes) || bytes.length < 512) return null;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = dv.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorOffset = (s: number) => (s + 1) * sectorSize;
  const u32 = (off: number) => (off + 4 <= bytes.length ? dv.getUint32(off, true) : END_OF_CHAIN);

  // FAT sector numbers: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(0x4c + i * 4);
    if (s < 0xfffffffa) fatSectors.push(s);
  }
  let difat = u32(0x44);
  let guard = 0;
  while (difat < 0xfffffffa && guard++ < 10_000) {
    const base = sectorOffset(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector; i++) {
      const s = u32(base + i * 4);
      if (s < 0xfffffffa) fatSectors.push(s);
    }
    difat = u32(base + perSector * 4);
  }
  const fatEntry = (sector: number): number => {
    const perSector = sectorSize / 4;
    const fs = fatSectors[Math.floor(sector / perSector)];
    if (fs === undefined) return END_OF_CHAIN;
    return u32(sectorOffset(fs) + (sector % perSector) * 4);
  };

  const streams: CfbStream[] = [];
  let dirSector = u32(0x30);
  let walked = 0;
  while (dirSector < 0xfffffffa && walked++ < MAX_SECTORS_WALKED) {
    const base = sectorOffset(dirSector);
    if (base + sectorSize > bytes.length) return null;
    for (let off = base; off < base + sectorSize; off += 128) {
      const nameLen = dv.getUint16(off + 0x40, true);
      const type = bytes[off + 0x42];
      if (type === 0 || nameLen < 2 || nameLen > 64) continue;
      let name = '';
      for (let i = 0; i < nameLen - 2; i += 2) name += String.fromCharCode(dv.getUint16(off + i, true));
      streams.push({ name, startSector: dv.getUint32(off + 0x74, true), size: dv.getUint32(off + 0x78, true) });
    }
    dirSector = fatEntry(dirSector);
  }
  if (streams.length === 0) return null;

  let encrypted = streams.some((s) => s.name === 'EncryptionInfo' || s.name === 'EncryptedPackage');
  const word = streams.find((s) => s.name === 'WordDocument');
  const miniCutoff = u32(0x38);
  if (word && word.size >= miniCutoff) {
    // FIB base: wIdent at 0, flags at 0x0A; bit 0x0100 is fEncrypted.
    const fib = sectorOffset(word.startSector);
    if (fib + 12 <= bytes.length && dv.getUint16(fib, true) === 0xa5ec) {
      encrypted ||= (dv.getUint16(fib + 0x0a, true) & 0x0100) !== 0;
    }
  }
  return { streams, encrypted, wordBinary: word !== undefined };
}
