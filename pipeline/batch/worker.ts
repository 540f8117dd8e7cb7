// The worker-thread side of a batch: loads the department dictionary once, then
// converts the files it is sent one at a time, in order. With a cache folder it hashes the file and reuses
// a stored result for the same bytes, path and fingerprint; otherwise it converts
// and stores the result right away (a killed run keeps every finished file).
// Results go to disk, not through postMessage, and rendered (rendered.ts): the main
// thread only sees counts, and its writing phase only concatenates.
// File I/O here is synchronous on purpose: a worker converts one file at a time and
// has nothing to overlap with its own reads and writes (see convertFileReadSync).
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { convertFileReadSync, DEFAULT_MAX_BYTES, defaultOptions, type ConvertOptions } from '../convert.ts';
import { loadDepartmentDictionary } from '../normalize/departments.ts';
import { cacheKey } from './fingerprint.ts';
import { decodeRendered, encodeRendered, renderResult } from './rendered.ts';
import type { FileStats } from './stats.ts';

export interface WorkerInit {
  departments?: string;
  region?: string;
  maxBytes?: number;
  fingerprint: string;
  /** `<out>/.cache` with --incremental, else null. */
  cacheDir: string | null;
}

export interface Task {
  id: number;
  file: string;
  /** Where to write the result when there is no cache. */
  spool: string;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; id: number; stats: FileStats; path: string; cached: boolean; ms: number }
  | { type: 'error'; id: number; message: string };

export interface WorkerHooks {
  /** Called before each task; tests use it to crash a worker on purpose. */
  beforeTask?: (task: Task) => void | Promise<void>;
}

export function workerOptions(init: WorkerInit): ConvertOptions {
  const opts: ConvertOptions = { ...defaultOptions(), region: init.region };
  if (init.departments) opts.dictionary = loadDepartmentDictionary(init.departments).value;
  if (init.maxBytes !== undefined) opts.maxBytes = init.maxBytes;
  return opts;
}

function writeAtomically(path: string, data: Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}-${threadId}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

function readOrNull(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

export async function convertTask(task: Task, init: WorkerInit, opts: ConvertOptions): Promise<{ stats: FileStats; path: string; cached: boolean }> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let entry: string | null = null;
  if (init.cacheDir) {
    let st: { size: number } | null = null;
    try {
      st = statSync(task.file);
    } catch {
      st = null;
    }
    // Oversized or unreadable files are refused by convertFile at once: nothing to cache.
    if (st && st.size <= max) {
      const bytes = readOrNull(task.file);
      if (bytes) {
        entry = join(init.cacheDir, `${cacheKey(init.fingerprint, task.file, bytes)}.bin`);
        // A missing, unreadable or incomplete entry: convert again.
        const hit = decodeRendered(readOrNull(entry) ?? Buffer.alloc(0));
        if (hit) return { stats: hit.stats, path: entry, cached: true };
      }
    }
  }
  const r = await renderResult(await convertFileReadSync(task.file, opts));
  const path = entry ?? task.spool;
  if (entry) writeAtomically(entry, encodeRendered(r));
  else writeFileSync(path, encodeRendered(r));
  return { stats: r.stats, path, cached: false };
}

export function startWorker(hooks: WorkerHooks = {}): void {
  const port = parentPort;
  if (!port) throw new Error('startWorker must run in a worker thread');
  const init = workerData as WorkerInit;
  const opts = workerOptions(init); // once per worker: the dictionary is the costly part
  // The pool may post the next task while one is being converted (pool.ts DEPTH): the
  // tasks wait here and are converted one at a time, in the order they came, so a
  // crash is always the oldest unanswered task's and answers come in order.
  const queue: Task[] = [];
  let busy = false;
  const convertOne = async (task: Task): Promise<void> => {
    const t0 = performance.now();
    try {
      await hooks.beforeTask?.(task);
      const r = await convertTask(task, init, opts);
      port.postMessage({ type: 'done', id: task.id, ...r, ms: performance.now() - t0 } satisfies WorkerMessage);
    } catch (err) {
      // A programming error in the pipeline: this file fails, the worker goes on.
      port.postMessage({ type: 'error', id: task.id, message: err instanceof Error ? err.message : String(err) } satisfies WorkerMessage);
    }
  };
  const drain = async (): Promise<void> => {
    busy = true;
    for (let task = queue.shift(); task; task = queue.shift()) await convertOne(task);
    busy = false;
  };
  port.on('message', (task: Task) => {
    queue.push(task);
    if (!busy) void drain();
  });
  port.postMessage({ type: 'ready' } satisfies WorkerMessage);
}
