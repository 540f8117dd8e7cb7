// Prints the documents of the unseen-layouts tests (test/e2e/unseen-docs.ts, the same blocks the
// tests build their .docx from) to PDF with LibreOffice, the way an office's "export as PDF" from
// Word/WPS does, into test/fixtures/pdf/unseen/<name>.pdf. Some documents are also printed on an
// A4 landscape page (<name>.landscape.pdf) and on a narrow A6 page (<name>.narrow.pdf), where cells
// wrap over more lines and tables run over page breaks (rows cut, header rows repeated).
// test/e2e/cross-format-unseen-2.test.ts rebuilds each .docx and requires the PDF to give the
// same records. The PDFs are committed: CI has no LibreOffice.
//
//   npx tsx scripts/make-unseen-pdfs.ts [name…]      # all documents, or only those named
//
// Needs soffice (libreoffice-writer-nogui) and a CJK font (fonts-noto-cjk).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { A4_LANDSCAPE, A6_NARROW, type WPage } from './word-builder.ts';
import { chuzhou, dingyuan, kaihua, quzhou, quzhouTowns, UNSEEN_DOCS, unseenDocx, wanjiang, xuzhou, yqyb, type UnseenDoc } from '../test/e2e/unseen-docs.ts';
import { furnished, furnishedUnderTitle, furnitureUnits, sectionNoHeader } from '../test/e2e/furniture-docs.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const UNSEEN_PDF_DIR = join(ROOT, 'test', 'fixtures', 'pdf', 'unseen');

/**
 * Every document printed: those of UNSEEN_DOCS, the round-5 documents of unseen-docs.ts
 * (test/e2e/unseen-layouts-5.test.ts) and the furniture documents (test/e2e/table-furniture.test.ts).
 * The cross-format test requires every exported document of unseen-docs.ts and furniture-docs.ts
 * to be here, so a document added there without its PDF fails rather than goes unchecked.
 */
export const PRINTED_DOCS: UnseenDoc[] = [
  ...UNSEEN_DOCS,
  { name: 'xuzhou', builder: 'word', blocks: xuzhou },
  { name: 'kaihua', builder: 'word', blocks: kaihua },
  { name: 'quzhou', builder: 'word', blocks: quzhou },
  { name: 'yqyb', builder: 'word', blocks: yqyb },
  { name: 'chuzhou', builder: 'word', blocks: chuzhou },
  { name: 'wanjiang', builder: 'word', blocks: wanjiang },
  { name: 'quzhouTowns', builder: 'word', blocks: quzhouTowns },
  { name: 'dingyuan', builder: 'word', blocks: dingyuan },
  { name: 'furnished', builder: 'word', blocks: furnished() },
  { name: 'furnishedUnderTitle', builder: 'word', blocks: furnishedUnderTitle },
  { name: 'furnitureUnits', builder: 'word', blocks: furnitureUnits },
  { name: 'sectionNoHeader', builder: 'word', blocks: sectionNoHeader },
];

/** Documents printed again on other pages (word-builder documents: the page is set in the .docx). */
export const PAGE_VARIANTS: Record<string, WPage> = { landscape: A4_LANDSCAPE, narrow: A6_NARROW };
export const VARIANT_DOCS = ['nantong', 'henan', 'shiyan', 'duchaDeductions', 'changdeHeaderRepeated', 'changdeScoring', 'changdeThreePages', 'quzhou', 'dingyuan', 'furnished'];
// Not xuzhou: its eight columns do not fit an A6 page, LibreOffice prints the table past the
// right edge and the 分值 column is cut off (the print cannot hold what the .docx does).

/** The PDFs this script writes: file stem → document name and page variant. */
export function unseenPdfs(): { stem: string; name: string; variant: string | null }[] {
  const out: { stem: string; name: string; variant: string | null }[] = [];
  for (const d of PRINTED_DOCS) {
    out.push({ stem: d.name, name: d.name, variant: null });
    if (VARIANT_DOCS.includes(d.name)) for (const v of Object.keys(PAGE_VARIANTS)) out.push({ stem: `${d.name}.${v}`, name: d.name, variant: v });
  }
  return out;
}

async function main(only: string[]) {
  const work = mkdtempSync(join(tmpdir(), 'unseen-pdfs-'));
  const profile = join(work, 'profile');
  mkdirSync(UNSEEN_PDF_DIR, { recursive: true });
  const todo = unseenPdfs().filter((p) => only.length === 0 || only.includes(p.name));
  if (todo.length === 0) throw new Error(`no document named ${only.join(', ')}`);
  const files: string[] = [];
  for (const p of todo) {
    const doc = PRINTED_DOCS.find((d) => d.name === p.name)!;
    const file = join(work, `${p.stem}.docx`);
    writeFileSync(file, await unseenDocx(doc, p.variant ? PAGE_VARIANTS[p.variant] : undefined));
    files.push(file);
  }
  // one LibreOffice run for all files, with a private profile (no user settings)
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...files], { stdio: 'ignore' });
  for (const p of todo) {
    const pdf = join(work, `${p.stem}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${p.stem}`);
    copyFileSync(pdf, join(UNSEEN_PDF_DIR, `${p.stem}.pdf`));
    const pages = (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`make-unseen-pdfs: ${p.stem}.pdf (${pages} page${pages === 1 ? '' : 's'})`);
  }
  rmSync(work, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
