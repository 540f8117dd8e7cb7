// Reads a zip's central directory straight from the End Of Central Directory
// record, without inflating anything, so that size limits can be enforced
// before a docx reaches mammoth/JSZip (which would inflate every part it reads
// into memory). Also inflates one entry with a hard output cap, because the
// sizes a zip declares can lie.
import { inflateRawSync } from 'node:zlib';

/** A Word file larger than this on disk is refused (no real indicator document comes near it). */
export const MAX_COMPRESSED_BYTES = 100 * 1024 * 1024;
/** The main document part (word/document.xml) may not inflate past this; mammoth keeps it all in memory. */
export const MAX_DOCUMENT_XML_BYTES = 200 * 1024 * 1024;
/**
 * Zip-bomb guard for every part: an entry that inflates to more than
 * MAX_RATIO_MIN_BYTES with a compression ratio above MAX_RATIO is refused.
 * Text XML compresses ~10–20:1; 100:1 over 50 MB is only reached by crafted files.
 */
export const MAX_RATIO = 100;
export const MAX_RATIO_MIN_BYTES = 50 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CDIR_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Central directory entries, or the reason the archive is unreadable (truncated, damaged). */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const dv = view(bytes);
  const n = bytes.length;
  // The EOCD is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  let eocd = -1;
  for (let i = n - 22; i >= 0 && i >= n - 22 - 65535; i--) {
    if (dv.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'the end-of-archive record is missing (the file is truncated or not a zip)' };
  let count = dv.getUint16(eocd + 10, true);
  let cdSize = dv.getUint32(eocd + 12, true);
  let cdOffset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || dv.getUint32(loc, true) !== ZIP64_LOCATOR_SIG) return { ok: false, reason: 'the zip64 end-of-archive locator is missing' };
    const z = Number(dv.getBigUint64(loc + 8, true));
    if (z + 56 > n || dv.getUint32(z, true) !== ZIP64_EOCD_SIG) return { ok: false, reason: 'the zip64 end-of-archive record is damaged' };
    count = Number(dv.getBigUint64(z + 32, true));
    cdSize = Number(dv.getBigUint64(z + 40, true));
    cdOffset = Number(dv.getBigUint64(z + 48, true));
  }
  if (cdOffset + cdSize > n) return { ok: false, reason: 'the central directory points past the end of the file (the file is truncated)' };
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > n || dv.getUint32(p, true) !== CDIR_SIG) return { ok: false, reason: 'the central directory is damaged' };
    const method = dv.getUint16(p + 10, true);
    let compressedSize = dv.getUint32(p + 20, true);
    let uncompressedSize = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    let localHeaderOffset = dv.getUint32(p + 42, true);
    if (p + 46 + nameLen + extraLen > n) return { ok: false, reason: 'the central directory is damaged' };
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // Zip64 extended information: the 8-byte fields present are those whose 32-bit field is 0xFFFFFFFF, in this order.
    let e = p + 46 + nameLen;
    const eEnd = e + extraLen;
    while (e + 4 <= eEnd) {
      const id = dv.getUint16(e, true);
      const len = dv.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= e + 4 + len) (uncompressedSize = Number(dv.getBigUint64(q, true))), (q += 8);
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) (compressedSize = Number(dv.getBigUint64(q, true))), (q += 8);
        if (localHeaderOffset === 0xffffffff && q + 8 <= e + 4 + len) localHeaderOffset = Number(dv.getBigUint64(q, true));
      }
      e += 4 + len;
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries };
}

/** Why the archive breaks a size limit, or null when it is within all of them. */
export function sizeLimitBreach(fileSize: number, entries: readonly ZipEntry[], mainPart: string): string | null {
  const mb = (x: number) => `${Math.round(x / (1024 * 1024))} MB`;
  if (fileSize > MAX_COMPRESSED_BYTES) return `the file is ${mb(fileSize)}, over the ${mb(MAX_COMPRESSED_BYTES)} limit`;
  for (const e of entries) {
    if (e.name === mainPart && e.uncompressedSize > MAX_DOCUMENT_XML_BYTES)
      return `${e.name} declares ${mb(e.uncompressedSize)} uncompressed, over the ${mb(MAX_DOCUMENT_XML_BYTES)} limit`;
    if (e.uncompressedSize > MAX_RATIO_MIN_BYTES && e.uncompressedSize > MAX_RATIO * Math.max(e.compressedSize, 1))
      return `${e.name} declares ${mb(e.uncompressedSize)} uncompressed from ${e.compressedSize} bytes, a ratio above ${MAX_RATIO}:1`;
  }
  return null;
}

export type Inflated = { ok: true; data: Uint8Array } | { ok: false; tooLarge: boolean; reason: string };

/** Inflates one entry, never producing more than `maxBytes` whatever the headers claim. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Inflated {
  const dv = view(bytes);
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || dv.getUint32(p, true) !== LOCAL_SIG) return { ok: false, tooLarge: false, reason: `the local header of ${entry.name} is damaged` };
  const start = p + 30 + dv.getUint16(p + 26, true) + dv.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return { ok: false, tooLarge: false, reason: `${entry.name} runs past the end of the file (the file is truncated)` };
  const raw = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (raw.length > maxBytes) return { ok: false, tooLarge: true, reason: `${entry.name} is larger than ${maxBytes} bytes` };
    return { ok: true, data: raw };
  }
  if (entry.method !== 8) return { ok: false, tooLarge: false, reason: `${entry.name} uses unsupported compression method ${entry.method}` };
  try {
    return { ok: true, data: inflateRawSync(raw, { maxOutputLength: maxBytes }) };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
      return { ok: false, tooLarge: true, reason: `${entry.name} inflates to more than ${Math.round(maxBytes / (1024 * 1024))} MB` };
    return { ok: false, tooLarge: false, reason: `${entry.name} cannot be inflated (${(err as Error).message})` };
  }
}
