// Workers that die mid-file (uncaught exception, exit, out of memory, timeout)
// fail only that file; the pool restarts them and the other files convert.
import { copyFileSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../pipeline/batch/run.ts';
import { hasShared, tempDir } from '../helpers.ts';
import { Collect, seedFiles } from './corpus.ts';

describe.skipIf(!hasShared)('worker crashes', () => {
  it('fail only the file being converted, and the batch goes on', async () => {
    const input = tempDir('govtables-crash-');
    const seeds = seedFiles().slice(1, 4);
    const good = seeds.map((s) => {
      copyFileSync(s, join(input, basename(s)));
      return join(input, basename(s));
    });
    const poisoned: Record<string, string> = {
      'crash.txt': 'worker-crashed',
      'exit.txt': 'worker-crashed',
      'oom.txt': 'worker-out-of-memory',
      'hang.txt': 'worker-timeout',
      'throw.txt': 'convert-internal-error',
    };
    for (const name of Object.keys(poisoned)) copyFileSync(seeds[0]!, join(input, name));
    // Poisoned files interleaved with good ones, so workers die between good files.
    const files = [...Object.keys(poisoned).map((n) => join(input, n)), ...good].sort();
    const out = tempDir('govtables-crash-out-');
    const reporter = new Collect();
    const s = await runBatch(files, {
      output: out,
      jobs: 2,
      reporter,
      workerUrl: new URL('./crashy-worker.mjs', import.meta.url),
      workerMemoryMb: 256,
      timeoutMs: 4000,
    });
    expect(s.files).toBe(files.length);
    expect(s.failed).toBe(Object.keys(poisoned).length);
    // crash, exit, oom and hang each cost a worker; throw does not.
    expect(s.respawns).toBe(4);
    const ds = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    for (const g of good) expect(ds.documents.find((d: { file: string }) => d.file === g)?.status).toBe('ok');
    for (const [name, code] of Object.entries(poisoned)) {
      const file = join(input, name);
      expect(ds.documents.find((d: { file: string }) => d.file === file)?.status, name).toBe('failed');
      expect(ds.diagnostics.filter((d: { file: string }) => d.file === file).map((d: { code: string }) => d.code), name).toEqual([code]);
      expect(reporter.events.find((e) => e.stats.file === file)?.crash).toBe(code);
    }
    expect(ds.records.length).toBeGreaterThan(0);
  });
});
