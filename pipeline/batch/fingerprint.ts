// What a cached FileResult depends on besides the file's bytes and path: the
// govtables version, the options, the department dictionary (built-in data files
// and the user's extra file) and the pipeline's own code. Any change gives a new
// fingerprint, so stale cache entries are simply never found.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION } from '../../schemas/dataset.ts';
import { VERSION } from '../output/write.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Folders whose files decide what a conversion produces (code and reviewed data). */
const SOURCE_DIRS = ['pipeline', 'parsers', 'schemas'];
const SOURCE_EXT = /\.(ts|mjs|js|json|csv)$/;

function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : SOURCE_EXT.test(e.name) ? [join(dir, e.name)] : []));
}

let sourceHash: string | null = null;
/** Hash of the pipeline's code and data files (a few hundred kB, read once per process). */
export function sourceFingerprint(): string {
  if (sourceHash) return sourceHash;
  const h = createHash('sha256');
  const files = SOURCE_DIRS.flatMap((d) => listFiles(join(ROOT, d))).map((f) => relative(ROOT, f).split('\\').join('/')).sort();
  for (const f of files) h.update(f).update('\0').update(readFileSync(join(ROOT, f))).update('\0');
  sourceHash = h.digest('hex');
  return sourceHash;
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
