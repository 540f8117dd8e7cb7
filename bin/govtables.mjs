#!/usr/bin/env node
// Entry point. Runs the compiled CLI in dist/ when it was built from the current
// sources (scripts/build.mjs stamps it with their hash; npm ci builds it), else the
// TypeScript sources through tsx: slower to start (tsx also transpiles the big
// dependencies, ≈1 s a process), same output. GOVTABLES_TSX=1 forces the sources.
import { fileURLToPath } from 'node:url';
import { buildIsCurrent } from './source-hash.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = fileURLToPath(new URL('../dist', import.meta.url));

let main;
if (process.env.GOVTABLES_TSX !== '1' && buildIsCurrent(root, dist)) {
  ({ main } = await import('../dist/pipeline/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../pipeline/cli/main.ts'));
}
process.exitCode = await main(process.argv);
