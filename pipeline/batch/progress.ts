// What a batch tells the user on stderr. On a terminal: one progress line redrawn
// in place (files done/total, rate, ETA, failures) and the failures as they come.
// Otherwise plain text (one line per failed file and a summary) or, with
// `--log json`, one JSON object per line for machines.
import type { FileStats } from './stats.ts';

export interface FileEvent {
  index: number;
  stats: FileStats;
  cached: boolean;
  ms: number;
  /** Diagnostic code when the worker itself failed (crash, out of memory, timeout). */
  crash?: string;
}

export interface BatchSummary {
  files: number;
  failed: number;
  cached: number;
  records: number;
  allocations: number;
  warnings: number;
  errors: number;
  unknownDepartments: number;
  ms: number;
  /** CPU time of the whole process (main thread and workers), user + system. */
  cpuMs: number;
  peakRssMb: number;
  jobs: number;
  respawns: number;
  /** Stopped by SIGINT/SIGTERM: nothing was written. */
  interrupted: boolean;
  /** Stopped by --fail-fast: nothing was written. */
  stoppedEarly: boolean;
  written: string[];
}

export interface Reporter {
  start(total: number, jobs: number): void;
  file(ev: FileEvent): void;
  phase(name: 'writing'): void;
  done(s: BatchSummary): void;
}

export function summaryLine(s: BatchSummary): string {
  return (
    `files: ${s.files} (${s.failed} failed, ${s.cached} cached), records: ${s.records}, allocations: ${s.allocations}, ` +
    `warnings: ${s.warnings}, errors: ${s.errors}, unknown departments: ${s.unknownDepartments}, ` +
    `time: ${(s.ms / 1000).toFixed(1)} s, jobs: ${s.jobs}, peak RSS: ${s.peakRssMb} MB` +
    (s.respawns ? `, workers restarted: ${s.respawns}` : '') +
    (s.interrupted ? ' (interrupted, nothing written)' : s.stoppedEarly ? ' (stopped at the first failure, nothing written)' : '')
  );
}

function failureLine(ev: FileEvent): string {
  return `govtables: ${ev.stats.file}: ${ev.stats.firstError ?? 'failed'}\n`;
}

type Write = (s: string) => void;
const toStderr: Write = (s) => void process.stderr.write(s);

export class TextReporter implements Reporter {
  constructor(private readonly quiet = false, private readonly write: Write = toStderr) {}
  start(): void {}
  file(ev: FileEvent): void {
    if (ev.stats.status === 'failed') this.write(failureLine(ev));
  }
  phase(): void {}
  done(s: BatchSummary): void {
    if (!this.quiet || s.interrupted) this.write(summaryLine(s) + '\n');
  }
}

export class TtyReporter implements Reporter {
  private total = 0;
  private done_ = 0;
  private failed = 0;
  private cached = 0;
  private t0 = Date.now();
  private last = 0;
  private shown = false;
  constructor(private readonly quiet = false, private readonly write: Write = toStderr) {}
  start(total: number): void {
    this.total = total;
    this.t0 = Date.now();
    this.draw(true);
  }
  private line(): string {
    const sec = (Date.now() - this.t0) / 1000;
    const fresh = this.done_ - this.cached;
    const rate = sec > 0 ? fresh / sec : 0;
    const left = this.total - this.done_;
    const eta = rate > 0 ? `${Math.ceil(left / rate)} s` : '?';
    return `govtables: ${this.done_}/${this.total} files, ${rate.toFixed(1)} files/s, ETA ${eta}, ${this.failed} failed` + (this.cached ? `, ${this.cached} cached` : '');
  }
  private draw(force = false): void {
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    this.write(`\r\x1b[K${this.line()}`);
    this.shown = true;
  }
  private clear(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = false;
  }
  file(ev: FileEvent): void {
    this.done_++;
    if (ev.cached) this.cached++;
    if (ev.stats.status === 'failed') {
      this.failed++;
      this.clear();
      this.write(failureLine(ev));
    }
    this.draw(this.done_ === this.total);
  }
  phase(): void {
    this.clear();
    this.write(`govtables: writing the dataset…`);
    this.shown = true;
  }
  done(s: BatchSummary): void {
    this.clear();
    if (!this.quiet || s.interrupted) this.write(summaryLine(s) + '\n');
  }
}

export class JsonReporter implements Reporter {
  constructor(private readonly write: Write = toStderr) {}
  private emit(o: object): void {
    this.write(JSON.stringify(o) + '\n');
  }
  start(total: number, jobs: number): void {
    this.emit({ event: 'start', files: total, jobs });
  }
  file(ev: FileEvent): void {
    const s = ev.stats;
    this.emit({
      event: 'file', file: s.file, status: s.status, format: s.format, cached: ev.cached, ms: Math.round(ev.ms),
      records: s.records, allocations: s.allocations, warnings: s.warnings, errors: s.errors,
      ...(s.firstError ? { error: s.firstError } : {}), ...(ev.crash ? { crash: ev.crash } : {}),
    });
  }
  phase(name: string): void {
    this.emit({ event: 'phase', phase: name });
  }
  done(s: BatchSummary): void {
    this.emit({ event: 'summary', ...s });
  }
}
