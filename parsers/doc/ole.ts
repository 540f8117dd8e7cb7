// Reads whole streams out of an OLE Compound File (MS-CFB), for the Word 97–2003
// reader (binary.ts). parsers/docx/cfb.ts only lists a container's directory; a
// .doc needs the bytes of its `WordDocument`, `0Table`/`1Table` and `Data`
// streams, the small ones of which live in the mini stream (64-byte sectors).
//
// Bounded: every sector number is checked against the file, every chain walk
// stops after as many steps as the file has sectors (a loop in the FAT cannot
// hang it), and nothing throws: a damaged container gives a reason string.
import { isCfb } from '../docx/cfb.ts';

const FREE_OR_END = 0xfffffffa; // sector numbers at or above this end a chain (or mark free/FAT/DIFAT sectors)
const NO_STREAM = 0xffffffff;

export type OleResult = { ok: true; streams: Map<string, Uint8Array> } | { ok: false; reason: string };

/**
 * The streams directly under the root storage, by name (streams in sub-storages,
 * such as an embedded object's own `WordDocument` under `ObjectPool`, are not listed).
 */
export function readOleStreams(bytes: Uint8Array): OleResult {
  if (!isCfb(bytes) || bytes.length < 512) return { ok: false, reason: 'it is not an OLE compound file' };
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (off: number) => (off >= 0 && off + 4 <= bytes.length ? dv.getUint32(off, true) : NO_STREAM);
  const shift = dv.getUint16(0x1e, true);
  const miniShift = dv.getUint16(0x20, true);
  if ((shift !== 9 && shift !== 12) || miniShift !== 6) return { ok: false, reason: 'its container header is damaged' };
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor(bytes.length / sectorSize) - 1;
  const sectorAt = (s: number) => (s + 1) * sectorSize;

  // The FAT: its sectors are listed in the header (109) and the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(0x4c + i * 4);
    if (s < FREE_OR_END) fatSectors.push(s);
  }
  let difat = u32(0x44);
  for (let guard = 0; difat < FREE_OR_END && guard <= sectorCount; guard++) {
    const base = sectorAt(difat);
    const per = sectorSize / 4 - 1;
    for (let i = 0; i < per; i++) {
      const s = u32(base + i * 4);
      if (s < FREE_OR_END) fatSectors.push(s);
    }
    difat = u32(base + per * 4);
  }
  const perFat = sectorSize / 4;
  const next = (s: number): number => {
    const fs = fatSectors[Math.floor(s / perFat)];
    return fs === undefined ? NO_STREAM : u32(sectorAt(fs) + (s % perFat) * 4);
  };

  /** Concatenated sectors of a chain, cut to `size` (null when the chain leaves the file or is too short). */
  const readChain = (start: number, size: number): Uint8Array | null => {
    if (size > bytes.length) return null;
    const out = new Uint8Array(size);
    let s = start;
    for (let got = 0, steps = 0; got < size; steps++) {
      if (s >= FREE_OR_END || steps > sectorCount) return null;
      const off = sectorAt(s);
      if (off + sectorSize > bytes.length + sectorSize) return null;
      const take = Math.min(sectorSize, size - got, bytes.length - off);
      if (take <= 0) return null;
      out.set(bytes.subarray(off, off + take), got);
      got += take;
      s = next(s);
    }
    return out;
  };
  /** A chain of unknown length (directory, mini FAT): every sector until the end mark. */
  const readWholeChain = (start: number): Uint8Array | null => {
    let n = 0;
    for (let s = start; s < FREE_OR_END; s = next(s)) if (++n > sectorCount) return null;
    return readChain(start, n * sectorSize);
  };

  const dir = readWholeChain(u32(0x30));
  if (!dir || dir.length < 128) return { ok: false, reason: 'its directory cannot be read' };
  const ddv = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
  const entryCount = Math.floor(dir.length / 128);
  const entry = (i: number) => {
    const o = i * 128;
    const nameLen = ddv.getUint16(o + 0x40, true);
    let name = '';
    for (let k = 0; k + 2 < nameLen && k < 64; k += 2) name += String.fromCharCode(ddv.getUint16(o + k, true));
    return {
      name,
      type: dir[o + 0x42]!,
      left: ddv.getUint32(o + 0x44, true),
      right: ddv.getUint32(o + 0x48, true),
      child: ddv.getUint32(o + 0x4c, true),
      start: ddv.getUint32(o + 0x74, true),
      size: ddv.getUint32(o + 0x78, true),
    };
  };
  const root = entry(0);
  if (root.type !== 5) return { ok: false, reason: 'its root directory entry is damaged' };

  // The mini stream (the root entry's chain) and the mini FAT, for streams under the cutoff.
  const miniCutoff = u32(0x38);
  let mini: Uint8Array | null = null;
  let miniFat: Uint8Array | null = null;
  const readMini = (start: number, size: number): Uint8Array | null => {
    mini ??= readChain(root.start, Math.min(root.size, bytes.length));
    miniFat ??= readWholeChain(u32(0x3c));
    if (!mini || !miniFat) return null;
    const mfv = new DataView(miniFat.buffer, miniFat.byteOffset, miniFat.byteLength);
    const out = new Uint8Array(size);
    let s = start;
    for (let got = 0, steps = 0; got < size; steps++) {
      if (s >= FREE_OR_END || steps > mini.length / 64 || (s + 1) * 64 > mini.length) return null;
      const take = Math.min(64, size - got);
      out.set(mini.subarray(s * 64, s * 64 + take), got);
      got += take;
      s = s * 4 + 4 <= miniFat.length ? mfv.getUint32(s * 4, true) : NO_STREAM;
    }
    return out;
  };

  // Walk the root's children (a red-black tree through left/right siblings).
  const streams = new Map<string, Uint8Array>();
  const stack = [root.child];
  const seen = new Set<number>();
  while (stack.length) {
    const i = stack.pop()!;
    if (i >= entryCount || seen.has(i)) continue;
    seen.add(i);
    const e = entry(i);
    stack.push(e.left, e.right);
    if (e.type !== 2) continue;
    const data = e.size < miniCutoff ? readMini(e.start, e.size) : readChain(e.start, e.size);
    if (!data) return { ok: false, reason: `its ${e.name || 'unnamed'} stream runs past the end of the file` };
    if (!streams.has(e.name)) streams.set(e.name, data);
  }
  return { ok: true, streams };
}
