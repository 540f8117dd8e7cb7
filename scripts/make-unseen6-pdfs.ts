// Prints the round-6 documents of the unseen-layouts tests (test/e2e/unseen-docs-6.ts, UNSEEN6_DOCS:
// the same blocks test/e2e/unseen-layouts-6.test.ts builds its .docx from) to PDF with LibreOffice,
// as an office's "export as PDF" does, into test/fixtures/pdf/unseen6/<name>.pdf. The documents of
// UNSEEN6_VARIANTS are printed again on another page (<name>.landscape.pdf on A4 landscape for the
// wide tables, <name>.narrow.pdf on an A6 page for the narrow ones, where cells wrap over more
// lines and tables run over pages). The test rebuilds each .docx and requires the PDF to give the
// same records. The PDFs are committed: CI has no LibreOffice. (Round 1–5: scripts/make-unseen-pdfs.ts.)
//
//   npx tsx scripts/make-unseen6-pdfs.ts [name…]      # all documents, or only those named
//
// Needs soffice (libreoffice-writer-nogui) and a CJK font (fonts-noto-cjk).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { A4_LANDSCAPE, A6_NARROW, wordFile, type WPage } from './word-builder.ts';
import { UNSEEN6_DOCS } from '../test/e2e/unseen-docs-6.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const UNSEEN6_PDF_DIR = join(ROOT, 'test', 'fixtures', 'pdf', 'unseen6');

export const UNSEEN6_PAGES: Record<string, WPage> = { landscape: A4_LANDSCAPE, narrow: A6_NARROW };
/** Document → the pages it is printed on besides A4 portrait. */
export const UNSEEN6_VARIANTS: Record<string, string[]> = {
  keyProjects: ['landscape'],
  threeRowHeader: ['landscape'],
  quarterly: ['landscape', 'narrow'],
  rectification: ['landscape'],
  yearColumns: ['landscape'],
  pointsInText: ['narrow'],
  notesColumn: ['narrow'],
  bureauTasks: ['narrow'],
  transposed: ['narrow'],
  qiangxianScoring: ['landscape', 'narrow'],
  performanceTargets: ['narrow'],
  checkMethod: ['narrow'],
  deductBonus: ['narrow'],
  taskSource: ['landscape', 'narrow'],
};

/** The PDFs this script writes: file stem → document name and page variant. */
export function unseen6Pdfs(): { stem: string; name: string; variant: string | null }[] {
  return UNSEEN6_DOCS.flatMap((d) => [{ stem: d.name, name: d.name, variant: null }, ...(UNSEEN6_VARIANTS[d.name] ?? []).map((v) => ({ stem: `${d.name}.${v}`, name: d.name, variant: v }))]);
}

async function main(only: string[]) {
  const todo = unseen6Pdfs().filter((p) => only.length === 0 || only.includes(p.name));
  if (todo.length === 0) throw new Error(`no document named ${only.join(', ')}`);
  const work = mkdtempSync(join(tmpdir(), 'unseen6-pdfs-'));
  mkdirSync(UNSEEN6_PDF_DIR, { recursive: true });
  const files: string[] = [];
  for (const p of todo) {
    const doc = UNSEEN6_DOCS.find((d) => d.name === p.name)!;
    const file = join(work, `${p.stem}.docx`);
    writeFileSync(file, await wordFile(doc.blocks, p.variant ? { page: UNSEEN6_PAGES[p.variant] } : {}));
    files.push(file);
  }
  // one LibreOffice run for all files, with a private profile (no user settings)
  execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...files], { stdio: 'ignore' });
  for (const p of todo) {
    const pdf = join(work, `${p.stem}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${p.stem}`);
    copyFileSync(pdf, join(UNSEEN6_PDF_DIR, `${p.stem}.pdf`));
    console.log(`make-unseen6-pdfs: ${p.stem}.pdf`);
  }
  rmSync(work, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
