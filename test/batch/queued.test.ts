// Each worker holds two tasks (pool.ts DEPTH): the one it converts and the next, queued
// inside the worker. A worker that dies fails only the file it was converting; the
// queued one goes back to the pool and a fresh worker converts it, once.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkerPool, type TaskOutcome } from '../../pipeline/batch/pool.ts';
import { runBatch } from '../../pipeline/batch/run.ts';
import { hasShared, tempDir } from '../helpers.ts';
import { Collect, seedFiles } from './corpus.ts';

const CRASHY = new URL('./crashy-worker.mjs', import.meta.url);

/** Runs `names` (copies of a seed) on a one-worker pool, all submitted at once. */
async function onOneWorker(names: string[], timeoutMs = 0): Promise<{ outcomes: TaskOutcome[]; pool: WorkerPool }> {
  const input = tempDir('govtables-queued-');
  const spool = tempDir('govtables-queued-spool-');
  const seed = seedFiles()[0]!;
  const pool = new WorkerPool({ size: 1, init: { fingerprint: 'test', cacheDir: null }, workerUrl: CRASHY, timeoutMs, maxOldGenerationSizeMb: 256 });
  try {
    const outcomes = await Promise.all(
      names.map((n, id) => {
        copyFileSync(seed, join(input, n));
        return pool.run({ id, file: join(input, n), spool: join(spool, `${id}.bin`) });
      }),
    );
    return { outcomes, pool };
  } finally {
    await pool.close();
  }
}

describe.skipIf(!hasShared)('a worker holding a queued task', () => {
  it('that crashes fails only the file being converted; the queued file is converted by the fresh worker', async () => {
    const { outcomes, pool } = await onOneWorker(['crash.txt', 'a.txt', 'b.txt']);
    expect(outcomes.map((o) => o.type)).toEqual(['crashed', 'done', 'done']);
    expect(outcomes[0]!.type === 'crashed' && outcomes[0]!.code).toBe('worker-crashed');
    expect(outcomes.map((o) => o.id)).toEqual([0, 1, 2]);
    expect(pool.respawns).toBe(1);
    // a.txt was posted to the crashed worker with crash.txt, so it was given back.
    expect(pool.requeued).toBe(1);
  });

  it('that times out fails only the file being converted; the queued file is converted', async () => {
    const { outcomes, pool } = await onOneWorker(['hang.txt', 'a.txt'], 2000);
    expect(outcomes.map((o) => (o.type === 'crashed' ? o.code : o.type))).toEqual(['worker-timeout', 'done']);
    expect(pool.requeued).toBe(1);
  });

  it("starts a queued file's timeout when its worker starts it, not when it is queued", async () => {
    // Each slow file waits 3 s, then converts; the second waits another 3 s queued in the
    // worker first, so a timeout counted from queueing (≥ 6 s) would fire at 5 s. The 2 s
    // left for converting (and, for the first file, tsx loading the parser) keep the test
    // from failing on a loaded machine.
    const { outcomes, pool } = await onOneWorker(['slow1.txt', 'slow2.txt'], 5000);
    expect(outcomes.map((o) => o.type)).toEqual(['done', 'done']);
    expect(pool.respawns).toBe(0);
  });

  it('in a batch: every file is reported and written once, the same as with two workers', async () => {
    const input = tempDir('govtables-queued-batch-');
    const seeds = seedFiles().slice(0, 4);
    const files = seeds.map((s) => join(input, basename(s)));
    seeds.forEach((s, i) => copyFileSync(s, files[i]!));
    // The largest file goes first (run.ts), so a crash file larger than all others is
    // converted first, with the next file queued behind it in the same worker.
    const crash = join(input, 'crash.txt');
    writeFileSync(crash, Buffer.concat(seeds.map((s) => readFileSync(s))));
    files.push(crash);
    const run = async (jobs: number) => {
      const out = tempDir('govtables-queued-out-');
      const reporter = new Collect();
      const s = await runBatch(files, { output: out, jobs, reporter, workerUrl: CRASHY });
      return { s, reporter, bytes: readFileSync(join(out, 'dataset.json'), 'utf8') };
    };
    const one = await run(1);
    expect(one.s.failed).toBe(1);
    expect(one.s.respawns).toBe(1);
    expect(one.reporter.events.map((e) => e.stats.file).sort()).toEqual([...files].sort());
    expect(one.reporter.events.find((e) => e.stats.file === crash)?.crash).toBe('worker-crashed');
    const ds = JSON.parse(one.bytes);
    expect(ds.documents.map((d: { file: string }) => d.file).sort()).toEqual([...files].sort());
    for (const f of files) if (f !== crash) expect(ds.documents.find((d: { file: string }) => d.file === f).status).toBe('ok');
    expect((await run(2)).bytes).toBe(one.bytes);
  });
});
