// Inputs for the batch tests: the real seeds (and the repo's samples), copied under
// new names, plus files that are broken in the ways real folders are.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BatchSummary, FileEvent, Reporter } from '../../pipeline/batch/progress.ts';
import { ROOT, SEEDS } from '../helpers.ts';

export const BIN = join(ROOT, 'bin', 'govtables.mjs');
export const DATASET_FILES = ['dataset.json', 'records.jsonl', 'records.csv', 'allocations.csv'];
export const SAMPLES = join(ROOT, 'samples');

export function cli(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });
}

export function cliAsync(args: string[]): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
}

export function seedFiles(): string[] {
  return readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
}

/** Sample .docx files (a few, they are slower than text); PDFs are left to the bench. */
export function sampleDocx(limit = 2): string[] {
  if (!existsSync(SAMPLES)) return [];
  return readdirSync(SAMPLES).filter((f) => f.endsWith('.docx')).sort().slice(0, limit).map((f) => join(SAMPLES, f));
}

/** `copies` copies of every seed under distinct names (distinct paths are distinct results). */
export function writeSeedCopies(dir: string, copies: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < copies; c++)
    for (const s of seedFiles()) {
      const name = `c${String(c).padStart(2, '0')}-${s.split('/').pop()}`;
      copyFileSync(s, join(dir, name));
      out.push(join(dir, name));
    }
  return out;
}

export function filesEqual(a: string, b: string): boolean {
  return DATASET_FILES.every((f) => readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

/** The bad files, each with the error code convert gives it (with --max-size 1). */
export function writeBadFiles(dir: string): Record<string, string> {
  const seed = seedFiles()[0]!;
  writeFileSync(join(dir, 'empty.txt'), '');
  // Deterministic "random" bytes, so the test does not depend on luck.
  const noise = Buffer.alloc(3000, 0).map((_, i) => (i * 2654435761) >>> 24);
  writeFileSync(join(dir, 'corrupt.pdf'), noise);
  writeFileSync(join(dir, 'truncated.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), noise.subarray(0, 1500)]));
  writeFileSync(join(dir, 'noise.txt'), noise);
  // An OLE compound file named .docx: what an encrypted (password-protected) Word file looks like.
  writeFileSync(join(dir, 'encrypted.docx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4000)]));
  // A text file named .pdf.
  copyFileSync(seed, join(dir, 'text-named.pdf'));
  // Over the --max-size limit of 1 MB used by the tests.
  writeFileSync(join(dir, 'huge.txt'), readFileSync(seed, 'utf8').repeat(Math.ceil((1.5 * 1024 * 1024) / readFileSync(seed).length)));
  const bad: Record<string, string> = {
    'empty.txt': 'empty-file',
    'corrupt.pdf': 'pdf-not-pdf',
    'truncated.pdf': 'pdf-corrupt',
    'noise.txt': 'binary-file',
    'encrypted.docx': 'docx-corrupt',
    'text-named.pdf': 'pdf-not-pdf',
    'huge.txt': 'file-too-large',
  };
  const docx = sampleDocx(1)[0];
  if (docx) {
    writeFileSync(join(dir, 'truncated.docx'), readFileSync(docx).subarray(0, 9000));
    bad['truncated.docx'] = 'docx-corrupt';
  }
  return bad;
}

/** A batch reporter that keeps every file event and the summary, for assertions. */
export class Collect implements Reporter {
  events: FileEvent[] = [];
  summary: BatchSummary | null = null;
  start(): void {}
  phase(): void {}
  file(ev: FileEvent): void {
    this.events.push(ev);
  }
  done(s: BatchSummary): void {
    this.summary = s;
  }
}
