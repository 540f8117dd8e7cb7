// How much optimising-compiler (TurboFan) work one batch worker causes, and which
// functions cause it. V8 compiles on background threads, so this work competes with
// a second worker for the cores (issue #7: --jobs 2 on 2 cores).
//
// Converts a corpus in ONE isolate the way a worker does (bench/compile-driver.mjs,
// from the compiled dist/) under `node --trace-opt --trace-deopt --trace-file-names`,
// then parses V8's trace and prints:
//   - total TurboFan ms: the sum of "completed compiling … took A, B, C ms" (A prepare
//     and C finalize run on the worker thread, B execute on a background thread) plus
//     the same for "aborted optimizing" jobs (work done, then thrown away),
//   - the number of optimisations (OSR included), aborted jobs, deoptimisations
//     (eager/lazy/soft bailouts) and code marked for deopt by a dependency change,
//   - the top functions by compile ms and by deopt count, and compile ms per source file.
// A diagnostic: it asserts nothing and prints no wall clock. Compile ms vary a little
// from run to run (timings of a background thread); counts vary less.
//
//   npx tsx bench/compile-work.ts [--files 2000] [--corpus DIR] [--top 10] [--trace FILE] [--keep DIR]
//
//   --files N    the corpus: N small generated .txt files (bench/corpus.ts, the memory
//                run's corpus of bench/batch.ts: seed layouts at ×0.05–0.4). Default 2000.
//   --corpus D   convert every .txt/.docx/.pdf under D instead (e.g. a kept bench corpus).
//   --trace F    also keep V8's raw trace in F.
//   --keep D     generate the corpus in D and keep it (else a temporary folder, removed).
// dist/ is rebuilt first when it does not match the sources (npm run build).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIsCurrent } from '../bin/source-hash.mjs';
import { repo, writeSmallTxtCorpus } from './corpus.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const FILES = Number(opt('files', '2000'));
const TOP = Number(opt('top', '10'));

export interface FnStats {
  /** Function name and source ("(anonymous) pipeline/grid/index.js"). */
  key: string;
  compiles: number;
  compileMs: number;
  maxMs: number;
  aborted: number;
  deopts: number;
  /** Deopt reasons → count. */
  reasons: Map<string, number>;
}

export interface TraceSummary {
  optimisations: number;
  osr: number;
  aborted: number;
  /** Sum of all three phases of completed and aborted jobs. */
  compileMs: number;
  /** The background (execute) phase alone. */
  backgroundMs: number;
  deopts: number;
  deoptKinds: Map<string, number>;
  dependentCode: number;
  fns: Map<string, FnStats>;
  /** Compile ms by the file being converted when the job completed (needs the driver's markers); index = file. */
  msByFile: number[];
}

/** "file:///…/dist/pipeline/grid/index.js" → "pipeline/grid/index.js"; node_modules and node: kept short. */
function shortSource(src: string | undefined): string {
  if (!src) return '?';
  let s = src.replace(/^file:\/\//, '');
  const nm = s.lastIndexOf('/node_modules/');
  if (nm >= 0) return s.slice(nm + 1).replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*$/, 'node_modules/$1');
  for (const root of [path.join(repo, 'dist') + '/', repo + '/']) if (s.startsWith(root)) s = s.slice(root.length);
  return s;
}

// "<JSFunction NAME <SOURCE> (sfi = 0x…)>" (SOURCE with --trace-file-names; NAME may be empty).
const FN = String.raw`<JSFunction ?(.*?)(?: ?<([^>]*)>)? \(sfi = 0x[0-9a-f]+\)>`;
const COMPLETED = new RegExp(String.raw`^\[completed compiling 0x[0-9a-f]+ ${FN} \(target (\w+)\)( OSR)? - took ([\d.]+), ([\d.]+), ([\d.]+) ms\]`);
const ABORTED = new RegExp(String.raw`^\[aborted optimizing 0x[0-9a-f]+ ${FN} \(target (\w+)\)( OSR)? because: .*? - took ([\d.]+), ([\d.]+), ([\d.]+) ms\]`);
const BAILOUT = new RegExp(String.raw`^\[bailout \(kind: ([\w-]+), reason: (.*?)\): begin\. deoptimizing 0x[0-9a-f]+ ${FN}`);
const DEPENDENT = /^\[marking dependent code .* for deoptimization/;
const MARKER = /^\[govtables-bench file (\d+)\]$/;

/** Parses V8's --trace-opt --trace-deopt --trace-file-names output (Node 20 / V8 11.3 format). */
export function parseTrace(text: string): TraceSummary {
  const s: TraceSummary = { optimisations: 0, osr: 0, aborted: 0, compileMs: 0, backgroundMs: 0, deopts: 0, deoptKinds: new Map(), dependentCode: 0, fns: new Map(), msByFile: [] };
  let file = -1;
  const fn = (name: string, src: string | undefined): FnStats => {
    const key = `${name || '(anonymous)'} ${shortSource(src)}`;
    let f = s.fns.get(key);
    if (!f) s.fns.set(key, (f = { key, compiles: 0, compileMs: 0, maxMs: 0, aborted: 0, deopts: 0, reasons: new Map() }));
    return f;
  };
  for (const line of text.split('\n')) {
    if (!line.startsWith('[')) continue;
    let m = MARKER.exec(line);
    if (m) {
      file = Number(m[1]);
      continue;
    }
    m = COMPLETED.exec(line) ?? ABORTED.exec(line);
    if (m) {
      const ms = Number(m[5]) + Number(m[6]) + Number(m[7]);
      const f = fn(m[1]!, m[2]);
      s.compileMs += ms;
      s.backgroundMs += Number(m[6]);
      if (file >= 0) s.msByFile[file] = (s.msByFile[file] ?? 0) + ms;
      f.compileMs += ms;
      f.maxMs = Math.max(f.maxMs, ms);
      if (line.startsWith('[aborted')) {
        s.aborted++;
        f.aborted++;
      } else {
        s.optimisations++;
        f.compiles++;
        if (m[4]) s.osr++;
      }
      continue;
    }
    m = BAILOUT.exec(line);
    if (m) {
      s.deopts++;
      s.deoptKinds.set(m[1]!, (s.deoptKinds.get(m[1]!) ?? 0) + 1);
      const f = fn(m[3]!, m[4]);
      f.deopts++;
      f.reasons.set(m[2]!, (f.reasons.get(m[2]!) ?? 0) + 1);
      continue;
    }
    if (DEPENDENT.test(line)) s.dependentCode++;
  }
  return s;
}

function listInputs(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|docx|pdf)$/i.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  // The pool hands out the largest files first; so does this.
  const size = new Map(out.map((f) => [f, statSync(f).size]));
  return out.sort((a, b) => size.get(b)! - size.get(a)! || (a < b ? -1 : 1));
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

function report(s: TraceSummary, files: number): void {
  const kinds = [...s.deoptKinds].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${n} ${k}`).join(', ');
  console.log(`TurboFan: ${fmt(s.compileMs)} ms compiling (${fmt(s.backgroundMs)} ms of it on background threads), ${fmt(s.compileMs / files, 2)} ms a file`);
  console.log(`optimisations: ${s.optimisations} (${s.osr} OSR), aborted jobs: ${s.aborted}, deopts: ${s.deopts} (${kinds || 'none'}), code marked for deopt by dependency changes: ${s.dependentCode}`);
  if (s.msByFile.length) {
    // How the work spreads over the batch: warm-up, then what every further file costs.
    const cuts = [0, 0.05, 0.25, 0.5, 0.75, 1].map((q) => Math.round(q * files));
    const parts: string[] = [];
    for (let i = 1; i < cuts.length; i++) {
      let ms = 0;
      for (let f = cuts[i - 1]!; f < cuts[i]!; f++) ms += s.msByFile[f] ?? 0;
      parts.push(`files ${cuts[i - 1]! + 1}–${cuts[i]}: ${fmt(ms)} ms (${fmt(ms / Math.max(1, cuts[i]! - cuts[i - 1]!), 2)} a file)`);
    }
    console.log(`over the batch (by the file being converted when a job completed):\n  ${parts.join('\n  ')}`);
  }
  const fns = [...s.fns.values()];
  const byMs = fns.filter((f) => f.compileMs > 0).sort((a, b) => b.compileMs - a.compileMs || (a.key < b.key ? -1 : 1)).slice(0, TOP);
  console.log(`\ntop ${TOP} functions by compile ms:`);
  console.log('      ms  share  compiles  aborted  max ms  deopts  function');
  for (const f of byMs)
    console.log(`${fmt(f.compileMs).padStart(8)}  ${fmt((100 * f.compileMs) / s.compileMs, 1).padStart(4)}%  ${String(f.compiles).padStart(8)}  ${String(f.aborted).padStart(7)}  ${fmt(f.maxMs).padStart(6)}  ${String(f.deopts).padStart(6)}  ${f.key}`);
  const byDeopt = fns.filter((f) => f.deopts > 0).sort((a, b) => b.deopts - a.deopts || (a.key < b.key ? -1 : 1)).slice(0, TOP);
  console.log(`\ntop ${TOP} functions by deopts:`);
  console.log('deopts  compiles       ms  function — reasons');
  for (const f of byDeopt) {
    const reasons = [...f.reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r, n]) => `${r} ×${n}`).join('; ');
    console.log(`${String(f.deopts).padStart(6)}  ${String(f.compiles).padStart(8)}  ${fmt(f.compileMs).padStart(7)}  ${f.key} — ${reasons}`);
  }
  const bySrc = new Map<string, { ms: number; compiles: number }>();
  for (const f of fns) {
    const src = f.key.slice(f.key.lastIndexOf(' ') + 1);
    const e = bySrc.get(src) ?? { ms: 0, compiles: 0 };
    e.ms += f.compileMs;
    e.compiles += f.compiles;
    bySrc.set(src, e);
  }
  console.log(`\ntop ${TOP} source files by compile ms:`);
  for (const [src, e] of [...bySrc].sort((a, b) => b[1].ms - a[1].ms || (a[0] < b[0] ? -1 : 1)).slice(0, TOP))
    console.log(`${fmt(e.ms).padStart(8)}  ${fmt((100 * e.ms) / s.compileMs, 1).padStart(4)}%  ${String(e.compiles).padStart(5)} compiles  ${src}`);
}

function main(): void {
  if (!buildIsCurrent(repo, path.join(repo, 'dist'))) {
    console.error('dist/ does not match the sources: building (npm run build) …');
    const b = spawnSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    if (b.status !== 0) throw new Error('build failed');
  }
  const keep = args.includes('--keep') ? opt('keep', '') : null;
  const work = mkdtempSync(path.join(os.tmpdir(), 'govtables-compile-'));
  let corpus = opt('corpus', '');
  if (!corpus) {
    corpus = keep ?? path.join(work, 'corpus');
    rmSync(corpus, { recursive: true, force: true });
    writeSmallTxtCorpus(corpus, FILES);
  }
  const inputs = listInputs(corpus);
  const list = path.join(work, 'inputs.txt');
  writeFileSync(list, inputs.join('\n') + '\n');
  const spool = path.join(work, 'spool');
  mkdirSync(spool);
  // V8 prints its trace through C stdio. It goes to a regular file, not a pipe: a pipe is
  // non-blocking under spawnSync, and the driver's writeSync of its markers then failed
  // with EAGAIN whenever the pipe was full. stdbuf (coreutils) makes C stdio line-buffered
  // so the driver's per-file markers land in order; without stdbuf the totals are the
  // same and the spread over the batch is left out.
  const nodeArgs = ['--trace-opt', '--trace-deopt', '--trace-file-names', path.join(repo, 'bench', 'compile-driver.mjs'), list, spool];
  const stdbuf = spawnSync('stdbuf', ['--version']).status === 0;
  const traceFile = path.join(work, 'trace.txt');
  const out = openSync(traceFile, 'w');
  const spawnOpts = { encoding: 'utf8' as const, maxBuffer: 1 << 30, stdio: ['ignore', out, 'pipe'] as ['ignore', number, 'pipe'] };
  const r = stdbuf ? spawnSync('stdbuf', ['-oL', process.execPath, ...nodeArgs], spawnOpts) : spawnSync(process.execPath, nodeArgs, spawnOpts);
  closeSync(out);
  if (r.status !== 0) throw new Error(`conversion failed (exit ${r.status}): ${r.stderr.slice(-2000)}`);
  const stdout = readFileSync(traceFile, 'utf8');
  const trace = opt('trace', '');
  if (trace) writeFileSync(trace, stdout);
  const done = JSON.parse(r.stderr.trim().split('\n').pop()!) as { files: number; records: number };
  console.log(`node ${process.version}, ${os.availableParallelism()} cores; one isolate converting ${done.files} files (${done.records} records) from ${corpus}`);
  const parsed = parseTrace(stdout);
  if (!stdbuf) parsed.msByFile = [];
  report(parsed, done.files);
  rmSync(work, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) main();
