// The hash of the runtime sources (pipeline/, parsers/, schemas/ and the compiler
// settings). scripts/build.mjs writes it into dist/ next to the compiled code;
// bin/govtables.mjs runs dist/ only while the hashes agree, so an edited source is
// never shadowed by a stale build (it falls back to running the TypeScript via tsx).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIRS = ['pipeline', 'parsers', 'schemas'];
const FILES = ['tsconfig.json', 'tsconfig.build.json'];
const EXT = /\.(ts|mjs|js|json|csv)$/;

function list(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? list(join(dir, e.name)) : EXT.test(e.name) ? [join(dir, e.name)] : []));
}

/** sha256 over the sorted relative paths and bytes of every runtime source file under `root`. */
export function sourceHash(root) {
  const h = createHash('sha256');
  const files = [...DIRS.flatMap((d) => list(join(root, d))), ...FILES.map((f) => join(root, f))]
    .map((f) => relative(root, f).split('\\').join('/'))
    .sort();
  for (const f of files) {
    let bytes;
    try {
      bytes = readFileSync(join(root, f));
    } catch {
      continue;
    }
    h.update(f).update('\0').update(bytes).update('\0');
  }
  return h.digest('hex');
}

/** Whether the build in `distDir` was compiled from the sources under `root` as they are now. */
export function buildIsCurrent(root, distDir) {
  try {
    return readFileSync(join(distDir, 'SOURCE_HASH'), 'utf8').trim() === sourceHash(root);
  } catch {
    return false;
  }
}
