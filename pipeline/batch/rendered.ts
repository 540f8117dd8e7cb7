// What a batch worker writes for one file, to the spool or the cache: its counts
// and its output already rendered (output/stream.ts Fragments). Serialising JSON
// and CSV happens in the workers, in parallel; the main thread only concatenates.
//
// On disk: one JSON line (stats, counts, byte length of each part), then the parts'
// UTF-8 bytes back to back. The main thread slices the bytes out without decoding
// them (decoding and re-encoding 80 MB was most of its writing phase).
import type { FileResult } from '../convert.ts';
import { FRAGMENT_PARTS, renderFragments, type Fragments } from '../output/stream.ts';
import { statsOf, type FileStats } from './stats.ts';

export interface RenderedResult {
  stats: FileStats;
  fragments: Fragments;
}

interface Header {
  stats: FileStats;
  counts: Fragments['counts'];
  sizes: number[];
}

export async function renderResult(r: FileResult): Promise<RenderedResult> {
  return { stats: statsOf(r), fragments: await renderFragments(r) };
}

export function encodeRendered(r: RenderedResult): Buffer {
  const parts = FRAGMENT_PARTS.map((p) => {
    const v = r.fragments[p];
    return typeof v === 'string' ? Buffer.from(v, 'utf8') : Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  });
  const header: Header = { stats: r.stats, counts: r.fragments.counts, sizes: parts.map((b) => b.length) };
  return Buffer.concat([Buffer.from(JSON.stringify(header) + '\n', 'utf8'), ...parts]);
}

/** The inverse of encodeRendered; null when the bytes are not a complete entry (a cache file from another version, a torn write). */
export function decodeRendered(bytes: Buffer): RenderedResult | null {
  const nl = bytes.indexOf(0x0a);
  if (nl < 0) return null;
  let header: Header;
  try {
    header = JSON.parse(bytes.subarray(0, nl).toString('utf8')) as Header;
  } catch {
    return null;
  }
  if (!header?.stats || !header.counts || !Array.isArray(header.sizes) || header.sizes.length !== FRAGMENT_PARTS.length) return null;
  if (nl + 1 + header.sizes.reduce((a, b) => a + b, 0) !== bytes.length) return null;
  const fragments = { counts: header.counts } as Fragments;
  let at = nl + 1;
  FRAGMENT_PARTS.forEach((p, i) => {
    fragments[p] = bytes.subarray(at, at + header.sizes[i]!);
    at += header.sizes[i]!;
  });
  return { stats: header.stats, fragments };
}
