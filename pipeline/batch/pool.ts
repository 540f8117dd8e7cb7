// A fixed-size pool of worker threads. Each worker holds up to DEPTH tasks: the one it
// converts and the next ones, queued inside the worker (worker.ts converts them one at a
// time, in order), so it never waits for the main thread between files. A worker that
// dies (uncaught exception, out of memory, exit) or overruns the per-file timeout fails
// only the task it was converting (the oldest it holds): the tasks queued behind it go
// back to the front of the pool's queue, and the pool starts a fresh worker. A task's
// timer starts when it becomes the oldest task of its worker, i.e. when the worker
// starts it (or a moment later: the 'done' of the previous one crossing threads).
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

/** Tasks a worker holds at once: the one it converts and the one queued behind it. */
export const DEPTH = 2;

interface Held {
  task: Task;
  resolve: (o: TaskOutcome) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Posted to this worker and not settled, oldest (the one being converted) first. */
  held: Held[];
  /** The timer of held[0]. */
  timer: NodeJS.Timeout | null;
  lastError: Error | null;
  /** The id of the task whose timer ran out, if one did. */
  timedOut: number | null;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: Held[] = [];
  private closed = false;
  private fatal: Error | null = null;
  /** Workers started to replace dead ones. */
  respawns = 0;
  /** Tasks given back to the queue because the worker they were queued in died. */
  requeued = 0;

  constructor(private readonly o: PoolOptions) {
    for (let i = 0; i < Math.max(1, o.size); i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const limits: ResourceLimits = {};
    if (this.o.maxOldGenerationSizeMb) limits.maxOldGenerationSizeMb = this.o.maxOldGenerationSizeMb;
    const worker = new Worker(this.o.workerUrl ?? DEFAULT_WORKER_URL, { workerData: this.o.init, resourceLimits: limits, stdout: false, stderr: false });
    const slot: Slot = { worker, ready: false, held: [], timer: null, lastError: null, timedOut: null };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'ready') {
        slot.ready = true;
        this.pump();
        return;
      }
      // The worker answers in the order it was given its tasks.
      if (!slot.held.length || m.id !== slot.held[0]!.task.id) return;
      this.settle(slot, m);
      this.pump();
    });
    worker.on('error', (err) => {
      slot.lastError = err instanceof Error ? err : new Error(String(err));
    });
    worker.on('exit', (code) => this.onExit(slot, code));
    return slot;
  }

  /** Settles the oldest task of the slot; the next one (already started by the worker) gets its timer. */
  private settle(slot: Slot, outcome: TaskOutcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const held = slot.held.shift();
    if (slot.held.length && !this.closed) this.startTimer(slot);
    held?.resolve(outcome);
  }

  private startTimer(slot: Slot): void {
    if (!this.o.timeoutMs) return;
    const id = slot.held[0]!.task.id;
    slot.timer = setTimeout(() => {
      slot.timer = null;
      slot.timedOut = id;
      void slot.worker.terminate();
    }, this.o.timeoutMs);
  }

  private onExit(slot: Slot, exitCode: number): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    if (this.closed) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (!slot.ready) {
      // Died while loading: no file is to blame, and a new worker would die the same way.
      this.fatal = new Error(`A worker could not start: ${slot.lastError?.message ?? `exit code ${exitCode}`}`);
      this.slots.splice(i, 1);
      for (const q of [...slot.held.splice(0), ...this.queue.splice(0)]) q.resolve({ type: 'error', id: q.task.id, message: this.fatal.message });
      return;
    }
    const [current, ...queued] = slot.held.splice(0);
    if (current) {
      const id = current.task.id;
      const err = slot.lastError as (Error & { code?: string }) | null;
      if (slot.timedOut !== null && slot.timedOut !== id) {
        // The timed-out task finished just before the worker was stopped: the one it
        // had started since is not to blame and goes back to the queue too.
        queued.unshift(current);
      } else {
        const outcome: TaskOutcome = slot.timedOut === id
          ? { type: 'crashed', id, code: 'worker-timeout', message: `Converting the file took longer than ${Math.round((this.o.timeoutMs ?? 0) / 1000)} s; it was stopped.` }
          : err?.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { type: 'crashed', id, code: 'worker-out-of-memory', message: 'Converting the file ran out of memory; its worker was restarted.' }
            : { type: 'crashed', id, code: 'worker-crashed', message: `The worker converting the file crashed (${err ? err.message.split('\n')[0] : `exit code ${exitCode}`}); it was restarted.` };
        current.resolve(outcome);
      }
    }
    // Queued behind the file that failed, never started (or stopped through no fault of
    // their own): converted by the next free worker, first, so the order stays largest-first.
    this.queue.unshift(...queued);
    this.requeued += queued.length;
    this.slots[i] = this.spawn();
    this.respawns++;
    this.pump();
  }

  private pump(): void {
    // Round by round, so every idle worker gets a task before any gets a second one.
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.slots) {
        if (!this.queue.length) return;
        if (!slot.ready || slot.held.length >= depth) continue;
        const held = this.queue.shift()!;
        slot.held.push(held);
        if (slot.held.length === 1) {
          slot.timedOut = null;
          slot.lastError = null;
          this.startTimer(slot);
        }
        slot.worker.postMessage(held.task);
      }
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
        s.timer = null;
        for (const h of s.held.splice(0)) h.resolve({ type: 'error', id: h.task.id, message: 'The batch was stopped.' });
        await s.worker.terminate();
      }),
    );
  }
}
