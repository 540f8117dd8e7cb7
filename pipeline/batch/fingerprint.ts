// What a cached result depends on besides the file's bytes and path: the
// govtables version, the options, the department dictionary (built-in data files
// and the user's extra file) and the pipeline's own code. Any change gives a new
// fingerprint, so stale cache entries are simply never found.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION } from '../../schemas/dataset.ts';
import { VERSION } from '../output/write.ts';
// One implementation for the build stamp and the cache key (plain JavaScript: the
// CLI entry uses it before anything is compiled; scripts/build.mjs copies it to dist/bin/).
import { sourceHash } from '../../bin/source-hash.mjs';

/** The repository root from the sources, dist/ when compiled. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let sourceHashValue: string | null = null;
/**
 * Hash of the pipeline's code and data files (pipeline/, parsers/, schemas/). Compiled,
 * it is the hash dist/ was stamped with, i.e. that of the sources it was built from, so
 * the tsx and the compiled runs share one cache.
 */
export function sourceFingerprint(): string {
  if (sourceHashValue) return sourceHashValue;
  let stamped: string | null = null;
  try {
    stamped = readFileSync(new URL('SOURCE_HASH', new URL('../../', import.meta.url)), 'utf8').trim() || null;
  } catch {
    // running from the sources: no stamp
  }
  sourceHashValue = stamped ?? sourceHash(ROOT);
  return sourceHashValue;
}

export interface FingerprintInput {
  departments?: string;
  region?: string;
  maxBytes?: number;
}

export function optionsFingerprint(o: FingerprintInput): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ version: VERSION, schema: SCHEMA_VERSION, region: o.region ?? null, maxBytes: o.maxBytes ?? null, source: sourceFingerprint() }));
  // The extra dictionary by content, not by name: editing it invalidates the cache.
  if (o.departments) h.update('\0departments\0').update(o.departments).update('\0').update(readFileSync(o.departments));
  return h.digest('hex');
}

/** Cache key of one input: fingerprint, the path as given (it is written into the result) and the bytes' hash. */
export function cacheKey(fingerprint: string, file: string, bytes: Uint8Array): string {
  const content = createHash('sha256').update(bytes).digest('hex');
  return createHash('sha256').update(fingerprint).update('\0').update(file).update('\0').update(content).digest('hex');
}
