// A batch conversion: files are converted on a pool of worker threads, each result
// goes to disk as soon as it is ready (the cache with --incremental, else a temp
// spool), and the dataset is then written by streaming those results in file-path
// order. The main thread holds only per-file counts, so memory does not grow with
// the batch, and the output bytes do not depend on the number of workers or on
// which file finished first.
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { mkdir, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_MAX_BYTES } from '../limits.ts';
import { DatasetStreamWriter } from '../output/stream.ts';
import { crashedResult } from './failed.ts';
import { decodeRendered, encodeRendered, renderResult } from './rendered.ts';
import { optionsFingerprint } from './fingerprint.ts';
import { WorkerPool, type TaskOutcome } from './pool.ts';
import type { BatchSummary, Reporter } from './progress.ts';
import type { FileStats } from './stats.ts';

export interface BatchOptions {
  output: string;
  /** Worker threads (default: available cores). */
  jobs?: number;
  /** Reuse and keep per-file results in `<output>/.cache`. */
  incremental?: boolean;
  /** Stop at the first failed file; nothing is written. */
  failFast?: boolean;
  departments?: string;
  region?: string;
  maxBytes?: number;
  bom?: boolean;
  /** Per-file time limit in ms (0: none). */
  timeoutMs?: number;
  /** Heap limit per worker in MB. */
  workerMemoryMb?: number;
  workerUrl?: URL;
  reporter: Reporter;
  signal?: AbortSignal;
}

export const CACHE_DIR = '.cache';
const TMP_PREFIX = '.govtables-tmp-';

/** assemble()'s order: by document file path, ties kept in input order (Array.prototype.sort is stable). */
function byFile(a: { stats: FileStats }, b: { stats: FileStats }): number {
  return a.stats.file < b.stats.file ? -1 : a.stats.file > b.stats.file ? 1 : 0;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temp folders of runs that were killed (their process is gone). */
async function removeStaleTemp(dir: string): Promise<void> {
  for (const e of await readdir(dir).catch(() => [] as string[])) {
    const m = e.startsWith(TMP_PREFIX) ? /^(\d+)-/.exec(e.slice(TMP_PREFIX.length)) : null;
    if (m && (Number(m[1]) === process.pid || !alive(Number(m[1])))) await rm(join(dir, e), { recursive: true, force: true });
  }
}

interface Entry {
  stats: FileStats;
  path: string;
}

export async function runBatch(files: string[], o: BatchOptions): Promise<BatchSummary> {
  const started = Date.now();
  const cpuStart = process.cpuUsage();
  const jobs = Math.max(1, Math.min(o.jobs ?? availableParallelism(), files.length || 1));
  const maxBytes = o.maxBytes ?? DEFAULT_MAX_BYTES;
  await mkdir(o.output, { recursive: true });
  await removeStaleTemp(o.output);
  const tmp = join(o.output, `${TMP_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
  const spool = join(tmp, 'spool');
  await mkdir(spool, { recursive: true });
  const cacheDir = o.incremental ? join(o.output, CACHE_DIR) : null;
  if (cacheDir) await mkdir(cacheDir, { recursive: true });

  const fingerprint = optionsFingerprint({ departments: o.departments, region: o.region, maxBytes: o.maxBytes });
  const pool = new WorkerPool({
    size: jobs,
    init: { departments: o.departments, region: o.region, maxBytes: o.maxBytes, fingerprint, cacheDir },
    workerUrl: o.workerUrl,
    timeoutMs: o.timeoutMs,
    maxOldGenerationSizeMb: o.workerMemoryMb,
  });

  const entries: (Entry | undefined)[] = new Array(files.length);
  const summary: BatchSummary = {
    files: files.length, failed: 0, cached: 0, records: 0, allocations: 0, warnings: 0, errors: 0, unknownDepartments: 0,
    ms: 0, cpuMs: 0, peakRssMb: 0, jobs, respawns: 0, interrupted: false, stoppedEarly: false, written: [],
  };
  const unknown = new Set<string>();
  let stopping = false;
  const stop = () => {
    stopping = true;
    void pool.close();
  };
  const onAbort = () => {
    summary.interrupted = true;
    stop();
  };
  o.signal?.addEventListener('abort', onAbort);
  if (o.signal?.aborted) onAbort();

  const finish = async (): Promise<BatchSummary> => {
    o.signal?.removeEventListener('abort', onAbort);
    await pool.close();
    await rm(tmp, { recursive: true, force: true });
    summary.respawns = pool.respawns;
    summary.ms = Date.now() - started;
    const cpu = process.cpuUsage(cpuStart);
    summary.cpuMs = Math.round((cpu.user + cpu.system) / 1000);
    summary.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    o.reporter.done(summary);
    return summary;
  };

  // Largest files first: a long file started last would otherwise leave the other workers idle.
  const sizes = await Promise.all(files.map((f) => stat(f).then((s) => s.size, () => 0)));
  const order = files.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  o.reporter.start(files.length, jobs);

  const record = async (i: number, out: TaskOutcome): Promise<void> => {
    if (stopping && out.type !== 'done') return;
    let entry: Entry;
    let cached = false;
    let ms = 0;
    let crash: string | undefined;
    if (out.type === 'done') {
      entry = { stats: out.stats, path: out.path };
      cached = out.cached;
      ms = out.ms;
    } else {
      // The worker died or threw: the file fails with a diagnostic, nothing is cached.
      const code = out.type === 'crashed' ? out.code : 'convert-internal-error';
      const message = out.type === 'crashed' ? out.message : `Converting the file failed inside govtables (${out.message}).`;
      const r = await renderResult(await crashedResult(files[i]!, code, message, maxBytes));
      const path = join(spool, `${i}.bin`);
      await writeFile(path, encodeRendered(r));
      entry = { stats: r.stats, path };
      crash = code;
    }
    entries[i] = entry;
    const s = entry.stats;
    if (s.status === 'failed') summary.failed++;
    if (cached) summary.cached++;
    summary.records += s.records;
    summary.allocations += s.allocations;
    summary.warnings += s.warnings;
    summary.errors += s.errors;
    for (const u of s.unknownDepartments) unknown.add(u);
    summary.unknownDepartments = unknown.size;
    o.reporter.file({ index: i, stats: s, cached, ms, crash });
    if (o.failFast && s.status === 'failed' && !stopping) {
      summary.stoppedEarly = true;
      stop();
    }
  };

  await Promise.all(order.map((i) => pool.run({ id: i, file: files[i]!, spool: join(spool, `${i}.bin`) }).then((out) => record(i, out))));
  if (stopping) return finish();

  // The workers are idle from here on: free their heaps before writing.
  await pool.close();
  // Write the dataset in assemble()'s order, one file's result in memory at a time.
  o.reporter.phase('writing');
  const sorted = entries.map((e, index) => ({ ...e!, index })).sort(byFile);
  const writer = await DatasetStreamWriter.open(o.output, join(tmp, 'write'), { bom: o.bom });
  try {
    for (const e of sorted) {
      if (summary.interrupted) break;
      const r = decodeRendered(await readFile(e.path));
      // Written by this run's workers a moment ago; unreadable only if the disk failed.
      if (!r) throw new Error(`the converted result of ${files[e.index]} (${e.path}) cannot be read back`);
      await writer.addFragments(r.fragments);
    }
    if (!summary.interrupted) {
      summary.written = await writer.finish(() => {
        // From here on the renames run to the end, even on Ctrl-C: they take microseconds.
        o.signal?.removeEventListener('abort', onAbort);
      });
    }
  } finally {
    await writer.abort();
  }
  if (cacheDir && !summary.interrupted) await pruneCache(cacheDir, new Set(sorted.map((e) => e.path)));
  return finish();
}

/** After a complete run the cache holds exactly this run's results: stale entries would only grow it. */
async function pruneCache(cacheDir: string, keep: Set<string>): Promise<void> {
  for (const e of await readdir(cacheDir).catch(() => [] as string[])) {
    const p = join(cacheDir, e);
    if (!keep.has(p)) await unlink(p).catch(() => undefined);
  }
}
