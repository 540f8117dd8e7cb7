// A fixed-size pool of worker threads, one task per worker at a time. A worker that
// dies (uncaught exception, out of memory, exit) or overruns the per-file timeout
// fails only the task it held: the pool reports it and starts a fresh worker.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Task, WorkerInit, WorkerMessage } from './worker.ts';

export type TaskOutcome =
  | Extract<WorkerMessage, { type: 'done' }>
  | { type: 'error'; id: number; message: string }
  | { type: 'crashed'; id: number; code: 'worker-crashed' | 'worker-out-of-memory' | 'worker-timeout'; message: string };

export interface PoolOptions {
  size: number;
  init: WorkerInit;
  /** Worker entry module; tests pass one that misbehaves on purpose. */
  workerUrl?: URL;
  /** Per-worker heap limit, so a runaway file cannot take the whole process down. */
  maxOldGenerationSizeMb?: number;
  /** Per-file time limit in ms (0: none). */
  timeoutMs?: number;
}

/**
 * Compiled (dist/*.js) the worker loads its compiled entry directly; from the
 * TypeScript sources it needs worker-entry.mjs, which registers tsx first
 * (workers do not inherit the main thread's loader hooks).
 */
export const DEFAULT_WORKER_URL = import.meta.url.endsWith('.js') ? new URL('./worker-main.js', import.meta.url) : new URL('./worker-entry.mjs', import.meta.url);

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  resolve: ((o: TaskOutcome) => void) | null;
  timer: NodeJS.Timeout | null;
  lastError: Error | null;
  timedOut: boolean;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: { task: Task; resolve: (o: TaskOutcome) => void }[] = [];
  private closed = false;
  private fatal: Error | null = null;
  /** Workers started to replace dead ones. */
  respawns = 0;

  constructor(private readonly o: PoolOptions) {
    for (let i = 0; i < Math.max(1, o.size); i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const limits: ResourceLimits = {};
    if (this.o.maxOldGenerationSizeMb) limits.maxOldGenerationSizeMb = this.o.maxOldGenerationSizeMb;
    const worker = new Worker(this.o.workerUrl ?? DEFAULT_WORKER_URL, { workerData: this.o.init, resourceLimits: limits, stdout: false, stderr: false });
    const slot: Slot = { worker, ready: false, task: null, resolve: null, timer: null, lastError: null, timedOut: false };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'ready') {
        slot.ready = true;
        this.pump();
        return;
      }
      if (!slot.task || m.id !== slot.task.id) return;
      this.settle(slot, m);
      this.pump();
    });
    worker.on('error', (err) => {
      slot.lastError = err instanceof Error ? err : new Error(String(err));
    });
    worker.on('exit', (code) => this.onExit(slot, code));
    return slot;
  }

  private settle(slot: Slot, outcome: TaskOutcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    const resolve = slot.resolve;
    slot.task = null;
    slot.resolve = null;
    slot.timer = null;
    resolve?.(outcome);
  }

  private onExit(slot: Slot, exitCode: number): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    if (this.closed) return;
    if (!slot.ready) {
      // Died while loading: no file is to blame, and a new worker would die the same way.
      this.fatal = new Error(`A worker could not start: ${slot.lastError?.message ?? `exit code ${exitCode}`}`);
      this.slots.splice(i, 1);
      for (const q of this.queue.splice(0)) q.resolve({ type: 'error', id: q.task.id, message: this.fatal.message });
      if (slot.task) this.settle(slot, { type: 'error', id: slot.task.id, message: this.fatal.message });
      return;
    }
    if (slot.task) {
      const err = slot.lastError as (Error & { code?: string }) | null;
      const outcome: TaskOutcome = slot.timedOut
        ? { type: 'crashed', id: slot.task.id, code: 'worker-timeout', message: `Converting the file took longer than ${Math.round((this.o.timeoutMs ?? 0) / 1000)} s; it was stopped.` }
        : err?.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { type: 'crashed', id: slot.task.id, code: 'worker-out-of-memory', message: 'Converting the file ran out of memory; its worker was restarted.' }
          : { type: 'crashed', id: slot.task.id, code: 'worker-crashed', message: `The worker converting the file crashed (${err ? err.message.split('\n')[0] : `exit code ${exitCode}`}); it was restarted.` };
      this.settle(slot, outcome);
    }
    this.slots[i] = this.spawn();
    this.respawns++;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (!slot.ready || slot.task) continue;
      const { task, resolve } = this.queue.shift()!;
      slot.task = task;
      slot.resolve = resolve;
      slot.timedOut = false;
      slot.lastError = null;
      if (this.o.timeoutMs) {
        slot.timer = setTimeout(() => {
          slot.timedOut = true;
          void slot.worker.terminate();
        }, this.o.timeoutMs);
      }
      slot.worker.postMessage(task);
    }
  }

  run(task: Task): Promise<TaskOutcome> {
    if (this.closed) return Promise.resolve({ type: 'error', id: task.id, message: 'The batch was stopped.' });
    if (this.fatal) return Promise.resolve({ type: 'error', id: task.id, message: this.fatal.message });
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  /** The error that keeps workers from starting at all, if any. */
  get startupError(): Error | null {
    return this.fatal;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue.splice(0)) q.resolve({ type: 'error', id: q.task.id, message: 'The batch was stopped.' });
    await Promise.all(
      this.slots.map(async (s) => {
        if (s.timer) clearTimeout(s.timer);
        if (s.task) this.settle(s, { type: 'error', id: s.task.id, message: 'The batch was stopped.' });
        await s.worker.terminate();
      }),
    );
  }
}
