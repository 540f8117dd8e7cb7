// The compiled build (scripts/build.mjs → dist/) is what bin/govtables.mjs runs
// after `npm ci`. It must give the same bytes as the TypeScript sources run through
// tsx, with the worker threads on their compiled entry too. The build goes to a
// folder of its own under tmp/ so tests running at the same time keep using dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEEDS, hasShared, tempDir } from '../helpers.ts';

const OUT = join(ROOT, 'tmp', `compiled-test-${process.pid}`);
const BIN = join(ROOT, 'bin', 'govtables.mjs');
const OUTPUTS = ['dataset.json', 'records.jsonl', 'records.csv', 'allocations.csv'];

describe.skipIf(!hasShared)('compiled build', () => {
  let inputs: string;
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--out', OUT], { stdio: 'pipe' });
    // The compiled CLI is started from a runner file, not `node -e`: worker threads inherit the process's flags.
    writeFileSync(join(OUT, 'run.mjs'), `const { main } = await import('./pipeline/cli/main.js');\nprocess.exitCode = await main(process.argv);\n`);
    // One file of each format, so each lazily loaded parser runs compiled.
    inputs = tempDir('govtables-compiled-in-');
    for (const f of readdirSync(SEEDS).slice(0, 2)) copyFileSync(join(SEEDS, f), join(inputs, f));
    for (const f of ['000-jiangmen.docx', '003-hunan-standard.pdf']) copyFileSync(join(ROOT, 'samples', f), join(inputs, f));
  }, 120_000);
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it('stamps the build with the hash of the sources it came from', async () => {
    const { sourceHash } = (await import(join(ROOT, 'bin', 'source-hash.mjs'))) as { sourceHash: (root: string) => string };
    expect(readFileSync(join(OUT, 'SOURCE_HASH'), 'utf8').trim()).toBe(sourceHash(ROOT));
    expect(existsSync(join(OUT, 'pipeline', 'data', 'header-words.json'))).toBe(true);
    expect(existsSync(join(OUT, 'pipeline', 'batch', 'worker-main.js'))).toBe(true);
  });

  it('converts with --jobs 2 to the same bytes as the TypeScript sources', () => {
    const compiledOut = tempDir('govtables-compiled-out-');
    const tsxOut = tempDir('govtables-tsx-out-');
    const runner = join(OUT, 'run.mjs');
    const compiled = spawnSync(process.execPath, [runner, 'convert', inputs, '-o', compiledOut, '--jobs', '2', '--log', 'json'], { encoding: 'utf8', cwd: ROOT });
    expect(compiled.status, compiled.stderr).toBe(0);
    const fromSources = spawnSync(process.execPath, [BIN, 'convert', inputs, '-o', tsxOut, '--jobs', '2'], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, GOVTABLES_TSX: '1' } });
    expect(fromSources.status, fromSources.stderr).toBe(0);
    for (const f of OUTPUTS) expect(readFileSync(join(compiledOut, f)).equals(readFileSync(join(tsxOut, f))), f).toBe(true);
    const ds = JSON.parse(readFileSync(join(compiledOut, 'dataset.json'), 'utf8')) as { documents: { format: string }[]; records: unknown[] };
    expect(new Set(ds.documents.map((d) => d.format))).toEqual(new Set(['txt', 'docx', 'pdf']));
    expect(ds.records.length).toBeGreaterThan(100);
  }, 180_000);

  it('shares the --incremental cache with the sources: a compiled run reuses what a tsx run cached', () => {
    const out = tempDir('govtables-compiled-cache-');
    const runner = join(OUT, 'run.mjs');
    const fromSources = spawnSync(process.execPath, [BIN, 'convert', inputs, '-o', out, '--incremental', '--log', 'json'], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, GOVTABLES_TSX: '1' } });
    expect(fromSources.status, fromSources.stderr).toBe(0);
    const compiled = spawnSync(process.execPath, [runner, 'convert', inputs, '-o', out, '--incremental', '--log', 'json'], { encoding: 'utf8', cwd: ROOT });
    expect(compiled.status, compiled.stderr).toBe(0);
    const summary = JSON.parse(compiled.stderr.split('\n').find((l) => l.includes('"summary"'))!) as { files: number; cached: number };
    expect(summary.cached).toBe(summary.files);
  }, 180_000);

  it('hands the worker threads their compiled entry, not the tsx one', () => {
    const probe = `const { DEFAULT_WORKER_URL } = await import(${JSON.stringify('file://' + join(OUT, 'pipeline', 'batch', 'pool.js'))}); console.log(DEFAULT_WORKER_URL.href);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8', cwd: ROOT });
    expect(r.stdout.trim()).toBe('file://' + join(OUT, 'pipeline', 'batch', 'worker-main.js'));
  });

  it('counts a build as current only while its stamp matches the sources', async () => {
    const { buildIsCurrent } = (await import(join(ROOT, 'bin', 'source-hash.mjs'))) as { buildIsCurrent: (root: string, dist: string) => boolean };
    const { sourceHash } = (await import(join(ROOT, 'bin', 'source-hash.mjs'))) as { sourceHash: (root: string) => string };
    const stale = join(ROOT, 'tmp', `stale-build-${process.pid}`);
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, 'SOURCE_HASH'), sourceHash(ROOT) + '\n');
    expect(buildIsCurrent(ROOT, stale)).toBe(true);
    writeFileSync(join(stale, 'SOURCE_HASH'), '0'.repeat(64) + '\n');
    expect(buildIsCurrent(ROOT, stale)).toBe(false);
    rmSync(join(stale, 'SOURCE_HASH'));
    expect(buildIsCurrent(ROOT, stale)).toBe(false);
    rmSync(stale, { recursive: true, force: true });
  });
});
