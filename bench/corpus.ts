// The bench corpus, shared by bench/batch.ts and bench/compile-work.ts: text files
// generated from the seed layouts (a seed's first blocks, then windows of its rows
// repeated; deterministic PRNG, so every run builds the same files) and copies of
// samples/*.docx and samples/*.pdf.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS = path.resolve(process.env.GOVTABLES_SHARED ?? path.join(repo, '..', 'shared'), 'seeds');
export const SAMPLES = path.join(repo, 'samples');

/** Deterministic PRNG (mulberry32) so every run builds the same corpus. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed's text → its blank-line separated blocks (rows of the tab-cell format, and paragraphs). */
function blocks(text: string): string[] {
  return text.split(/\n[ \t]*\n/);
}

/** A variant of a seed: its first blocks (title, header rows), then a window of rows repeated. */
function variant(seedBlocks: string[], rand: () => number, scale: [number, number]): string {
  const head = Math.min(12, Math.floor(seedBlocks.length / 4));
  const body = seedBlocks.slice(head);
  const factor = scale[0] + rand() * (scale[1] - scale[0]);
  const want = Math.max(3, Math.round(body.length * factor));
  const out = seedBlocks.slice(0, head);
  while (out.length - head < want) {
    const start = Math.floor(rand() * body.length);
    const len = Math.min(body.length - start, want - (out.length - head));
    out.push(...body.slice(start, start + Math.max(1, len)));
  }
  return out.join('\n\n') + '\n';
}

/** `n` text files t00000.txt … in `dir`, each a variant of a seed scaled by a factor drawn from `scale`. */
export function writeTxtCorpus(dir: string, n: number, scale: [number, number], seed: number): void {
  mkdirSync(dir, { recursive: true });
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => blocks(readFileSync(path.join(SEEDS, f), 'utf8')));
  const rand = rng(seed);
  for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `t${String(i).padStart(5, '0')}.txt`), variant(seeds[i % seeds.length]!, rand, scale));
}

/** `copies` copies of every samples/*<ext> in `dir`; returns how many files were written. */
export function copySamples(dir: string, ext: string, copies: number): number {
  if (!existsSync(SAMPLES)) return 0;
  const src = readdirSync(SAMPLES).filter((f) => f.toLowerCase().endsWith(ext)).sort();
  if (!src.length) return 0;
  mkdirSync(dir, { recursive: true });
  for (let c = 0; c < copies; c++) for (const f of src) copyFileSync(path.join(SAMPLES, f), path.join(dir, `c${c}-${f}`));
  return src.length * copies;
}

/** The small-file corpus of the memory run: `n` text files at ×0.05–0.4 of a seed (PRNG seed 2). */
export function writeSmallTxtCorpus(dir: string, n: number): void {
  writeTxtCorpus(dir, n, [0.05, 0.4], 2);
}

/**
 * `copies` workbooks of each samples/*.docx: its tables pasted into a workbook, one sheet
 * per (stitched) table, its title above (scripts/workbook-builder.ts), as the tests make them.
 */
export async function writeXlsxCorpus(dir: string, copies: number): Promise<number> {
  const { parseDocx } = await import('../parsers/docx/index.ts');
  const { documentIdOf } = await import('../parsers/index.ts');
  const { stitchTables } = await import('../pipeline/grid/stitch.ts');
  const { documentAsWorkbook } = await import('../scripts/workbook-builder.ts');
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for (const f of readdirSync(path.join(repo, 'samples')).filter((x) => x.endsWith('.docx')).sort()) {
    const bytes = new Uint8Array(readFileSync(path.join(repo, 'samples', f)));
    const parsed = await parseDocx(bytes, { file: f, documentId: documentIdOf(bytes) });
    if (!parsed.value) continue;
    const book = documentAsWorkbook({ ...parsed.value, blocks: stitchTables(parsed.value.blocks, parsed.value.documentId).blocks });
    for (let i = 0; i < copies; i++, n++) writeFileSync(path.join(dir, `${f.replace(/\.docx$/, '')}-${i}.xlsx`), book);
  }
  return n;
}
