// Compiles the runtime code to dist/ (tsc -p tsconfig.build.json), copies the data
// files the compiled modules read next to them, and stamps dist/ with the hash of the
// sources it was built from. Plain JavaScript so it runs before anything is compiled.
//
//   npm run build        (npm ci / npm install run it through `prepare`)
//   node scripts/build.mjs --out DIR    (elsewhere; DIR must lie inside the repository
//                                        so the compiled modules find node_modules)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceHash } from '../bin/source-hash.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outAt = process.argv.indexOf('--out');
const dist = outAt > 0 && process.argv[outAt + 1] ? resolve(process.argv[outAt + 1]) : join(root, 'dist');
const hash = sourceHash(root);

// A clean build: no module deleted from the sources survives in dist/.
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', dist], { stdio: 'inherit' });
if (r.status !== 0) {
  rmSync(dist, { recursive: true, force: true });
  console.error('govtables build: tsc failed; the CLI will run the TypeScript sources through tsx.');
  process.exit(r.status ?? 1);
}
mkdirSync(join(dist, 'pipeline', 'data'), { recursive: true });
cpSync(join(root, 'pipeline', 'data'), join(dist, 'pipeline', 'data'), { recursive: true });
// The compiled cache fingerprint imports it from ../../bin/, as the sources do.
mkdirSync(join(dist, 'bin'), { recursive: true });
cpSync(join(root, 'bin', 'source-hash.mjs'), join(dist, 'bin', 'source-hash.mjs'));
writeFileSync(join(dist, 'SOURCE_HASH'), hash + '\n');
console.error(`govtables build: ${dist} compiled from sources ${hash.slice(0, 12)}.`);
