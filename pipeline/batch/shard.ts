// `--shard K/N`: a stable 1/N of the inputs. A file belongs to shard
// (first 4 bytes of sha256(path relative to the input root it was found under,
// with "/" separators) as an unsigned integer) mod N, plus 1. Relative paths make
// the split independent of where the corpus sits and of which other files exist,
// so adding files never moves the old ones to another shard.
import { createHash } from 'node:crypto';

export interface Shard {
  index: number; // 1-based
  count: number;
}

export function parseShard(s: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(s.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) return null;
  return { index, count };
}

export function shardOf(relativePath: string, count: number): number {
  const h = createHash('sha256').update(relativePath.split('\\').join('/')).digest();
  return (h.readUInt32BE(0) % count) + 1;
}
