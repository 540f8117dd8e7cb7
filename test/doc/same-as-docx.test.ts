// The built-in Word 97–2003 reader (parsers/doc/binary.ts) on real .doc files: each fixture in
// test/fixtures/doc was saved by LibreOffice (`soffice --headless --convert-to doc`, see
// make-doc-fixtures.ts) from a .docx — samples/*.docx, and every document of the unseen-layout
// tests (test/e2e/unseen-docs.ts, built here as .docx again). Read without LibreOffice, the .doc
// must give the .docx's records, allocations, document fields and no warning or error the
// .docx does not have (test/e2e/same-results.ts). No soffice is needed: the .doc files are
// committed.
//
// Blocks are compared too, cell by cell (lines, rowSpan, colSpan, header rows): equal for every
// document but changdeContinuationRow, whose .docx has two tables with no paragraph between them
// (the builder writes them so; Word itself joins such tables when it opens the file): the binary
// format has no mark between the rows of two adjacent tables, so the .doc holds one table whose
// rows are the two tables' rows. The pipeline stitches the .docx's two (the second starts with
// 续表) into one, so the records are the same.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertBytes, convertFile } from '../../pipeline/convert.ts';
import { ROOT } from '../helpers.ts';
import { parseWordBinary } from '../../parsers/doc/index.ts';
import { parseDocx } from '../../parsers/docx/index.ts';
import type { Block } from '../../pipeline/model.ts';
import { readFileSync } from 'node:fs';
import { docFields, expectSameResults, type Res } from '../e2e/same-results.ts';
import { UNSEEN_DOCS, unseenDocx } from '../e2e/unseen-docs.ts';

const DIR = join(ROOT, 'test', 'fixtures', 'doc');

/** Tables as text: a row per line, cells `lines:rowSpan×colSpan`, header rows marked. */
function shape(blocks: Block[]): string[] {
  return blocks.map((b) =>
    b.kind === 'paragraph' ? `P ${b.text}` : b.rows.map((r) => `${r.header ? 'H' : ' '} ${r.cells.map((c) => `${c.lines.join('/')}:${c.rowSpan}×${c.colSpan}${c.continuesAbove ? '^' : ''}`).join(' | ')}`).join('\n'),
  );
}

/** Blocks the .doc must have, from the .docx's (see the header). */
function expectedShape(name: string, docx: Block[]): string[] {
  const s = shape(docx);
  if (name !== 'changdeContinuationRow') return s;
  const t = s.findIndex((x, i) => !x.startsWith('P ') && s[i + 1] && !s[i + 1]!.startsWith('P '));
  expect(t).toBeGreaterThanOrEqual(0);
  return [...s.slice(0, t), `${s[t]}\n${s[t + 1]}`, ...s.slice(t + 2)];
}

/** Blocks of the .doc (built-in reader) and of the .docx (parseDocx), compared as shapes. */
async function expectSameBlocks(name: string, doc: Uint8Array, docx: Uint8Array): Promise<void> {
  const ctx = { file: `${name}.doc`, documentId: 'd' };
  const fromDoc = parseWordBinary(doc, ctx);
  const fromDocx = await parseDocx(docx, { ...ctx, file: `${name}.docx` });
  expect(shape(fromDoc!.value!.blocks)).toEqual(expectedShape(name, fromDocx.value!.blocks));
}

function check(name: string, doc: Res, docx: Res): void {
  expect(doc.document.status).toBe('ok');
  expect(doc.document.format).toBe('doc');
  expect(doc.diagnostics.map((d) => d.code)).toContain('doc-read-built-in');
  expect(doc.diagnostics.map((d) => d.code)).not.toContain('converted-by-libreoffice');
  expectSameResults(doc, docx);
}

describe('a .doc saved from a sample gives the sample .docx results', () => {
  const samples = existsSync(join(DIR, 'samples')) ? readdirSync(join(DIR, 'samples')).filter((f) => f.endsWith('.doc')) : [];
  it('the five samples are there', () => expect(samples.sort()).toEqual(['000-jiangmen.doc', '001-rugao.doc', '002-wafangdian.doc', '003-hunan-standard.doc', '006-changde.doc']));
  for (const f of samples) {
    it(f, async () => {
      const docxFile = join(ROOT, 'samples', f.replace(/\.doc$/, '.docx'));
      await expectSameBlocks(f, new Uint8Array(readFileSync(join(DIR, 'samples', f))), new Uint8Array(readFileSync(docxFile)));
      const doc = await convertFile(join(DIR, 'samples', f));
      const docx = await convertFile(docxFile);
      expect(docx.records.length).toBeGreaterThan(0);
      check(f, doc, docx);
      // every table of the .docx is there (LibreOffice's own .doc import loses the second of 000, 001 and 003)
      expect(docFields(doc).tables).toBe(docFields(docx).tables);
    });
  }
});

describe('a .doc saved from each unseen-layout document gives the .docx results', () => {
  it('every unseen document has its .doc', () => {
    const have = readdirSync(DIR).filter((f) => f.endsWith('.doc')).map((f) => f.replace(/\.doc$/, ''));
    expect(have.sort()).toEqual(UNSEEN_DOCS.map((d) => d.name).sort());
  });
  for (const d of UNSEEN_DOCS) {
    it(d.name, async () => {
      const docxBytes = await unseenDocx(d);
      await expectSameBlocks(d.name, new Uint8Array(readFileSync(join(DIR, `${d.name}.doc`))), docxBytes);
      const doc = await convertFile(join(DIR, `${d.name}.doc`));
      const docx = await convertBytes(docxBytes, `${d.name}.docx`);
      check(d.name, doc, docx);
    });
  }
});
