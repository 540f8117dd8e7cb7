// Prints the round-6 documents of the unseen-layouts tests (test/e2e/unseen-docs-6.ts, UNSEEN6_DOCS:
// the same blocks test/e2e/unseen-layouts-6.test.ts builds its .docx from) to PDF with LibreOffice,
// as an office's "export as PDF" does, into test/fixtures/pdf/unseen6/<name>.pdf. The test rebuilds
// each .docx and requires the PDF to give the same records. The PDFs are committed: CI has no
// LibreOffice. (Round 1–5 documents: scripts/make-unseen-pdfs.ts.)
//
//   npx tsx scripts/make-unseen6-pdfs.ts [name…]      # all documents, or only those named
//
// Needs soffice (libreoffice-writer-nogui) and a CJK font (fonts-noto-cjk).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordFile } from './word-builder.ts';
import { UNSEEN6_DOCS } from '../test/e2e/unseen-docs-6.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const UNSEEN6_PDF_DIR = join(ROOT, 'test', 'fixtures', 'pdf', 'unseen6');

async function main(only: string[]) {
  const todo = UNSEEN6_DOCS.filter((d) => only.length === 0 || only.includes(d.name));
  if (todo.length === 0) throw new Error(`no document named ${only.join(', ')}`);
  const work = mkdtempSync(join(tmpdir(), 'unseen6-pdfs-'));
  mkdirSync(UNSEEN6_PDF_DIR, { recursive: true });
  const files: string[] = [];
  for (const d of todo) {
    const file = join(work, `${d.name}.docx`);
    writeFileSync(file, await wordFile(d.blocks));
    files.push(file);
  }
  // one LibreOffice run for all files, with a private profile (no user settings)
  execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...files], { stdio: 'ignore' });
  for (const d of todo) {
    const pdf = join(work, `${d.name}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${d.name}`);
    copyFileSync(pdf, join(UNSEEN6_PDF_DIR, `${d.name}.pdf`));
    console.log(`make-unseen6-pdfs: ${d.name}.pdf`);
  }
  rmSync(work, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
