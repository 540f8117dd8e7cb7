// A second PDF producer: Chromium prints HTML with Skia (borders as filled rectangles,
// subset CID fonts with ToUnicode maps that name some ideographs by their radicals,
// text in long runs), unlike the LibreOffice prints of samples/. Each fixture under
// test/fixtures/pdf/chromium/ is an HTML page and the PDF Chromium printed from it
// (scripts/make-chromium-pdfs.ts). The HTML reader sees the true cell grid; the PDF
// parser must recover the same tables, paragraphs and records from the print.
//
// What a print cannot carry, and is allowed here:
// - a rowspan in a table without rules (borderless, three-line), or a ruled merged
//   cell running over a page break, prints as its text followed by empty cells:
//   a slot the HTML covers from a cell above may be an empty cell of its own in the PDF;
// - line breaks inside a cell: the HTML cell has its own lines, the PDF its wrapped
//   ones; cell text is compared without line breaks and spaces.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../parsers/index.ts';
import { layoutTables, type LaidOutTable } from '../../pipeline/cli/tables.ts';
import { convertFile } from '../../pipeline/convert.ts';
import { stitchTables } from '../../pipeline/grid/stitch.ts';
import type { SourceDocument } from '../../pipeline/model.ts';
import type { IndicatorRecord } from '../../schemas/dataset.ts';
import { ROOT } from '../helpers.ts';

const DIR = join(ROOT, 'test', 'fixtures', 'pdf', 'chromium');
const NAMES = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -5))
  .sort();

const flat = (s: string) => s.replace(/\s+/g, '');

type Slot = { text: string; from: 'own' | 'above' | 'left' };

/** Every slot of a laid-out table: the text of the cell starting there, or where it is covered from. */
function slots(t: LaidOutTable): Slot[][] {
  const out: Slot[][] = Array.from({ length: t.rows }, () => Array.from({ length: t.cols }, (): Slot => ({ text: '', from: 'own' })));
  for (const c of t.cells) {
    for (let i = c.r; i < c.r + c.rs; i++) {
      for (let j = c.c; j < c.c + c.cs; j++) out[i]![j] = i === c.r && j === c.c ? { text: flat(c.text), from: 'own' } : { text: '', from: i === c.r ? 'left' : 'above' };
    }
  }
  return out;
}

/** Differences between the HTML grid and the PDF grid beyond what a print cannot carry (see the top). */
function gridDiff(html: LaidOutTable, pdf: LaidOutTable): string[] {
  if (html.rows !== pdf.rows || html.cols !== pdf.cols) return [`size ${html.rows}×${html.cols} in HTML, ${pdf.rows}×${pdf.cols} in PDF`];
  const h = slots(html);
  const p = slots(pdf);
  const diff: string[] = [];
  h.forEach((row, r) =>
    row.forEach((a, c) => {
      const b = p[r]![c]!;
      const ok = a.from === b.from ? a.text === b.text : a.from === 'above' && b.from === 'own' && b.text === '';
      if (!ok) diff.push(`r${r + 1}c${c + 1}: HTML ${a.from} "${a.text}", PDF ${b.from} "${b.text}"`);
    }),
  );
  return diff;
}

async function read(file: string): Promise<SourceDocument> {
  const res = await parseFile(file);
  expect(res.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return res.value!;
}

/** Paragraphs as the later stages see them (a `续表` title between two parts of a table dropped). */
function paragraphs(doc: SourceDocument): string[] {
  return stitchTables(doc.blocks, doc.documentId).blocks.flatMap((b) => (b.kind === 'paragraph' && flat(b.text) ? [flat(b.text)] : []));
}

function content(r: IndicatorRecord): string {
  const { id: _id, documentId: _doc, provenance: _prov, flags: _flags, ...rest } = r;
  return JSON.stringify(rest);
}

describe('Chromium (Skia) prints of HTML tables read like the HTML', () => {
  it('has the fixtures', () => {
    expect(NAMES).toEqual(['a-ruled-spans', 'b-borderless', 'c-three-line', 'd-continued', 'e-prose-beside', 'f-stream-multiline', 'g-ruled-cut-rows', 'h-borderless-pages', 'i-borderless-continued']);
  });

  for (const name of NAMES) {
    describe(name, async () => {
      const htmlFile = join(DIR, `${name}.html`);
      const pdfFile = join(DIR, `${name}.pdf`);
      const [hdoc, pdoc] = [await read(htmlFile), await read(pdfFile)];
      const [hconv, pconv] = [await convertFile(htmlFile), await convertFile(pdfFile)];

      it('the same tables, cell by cell', () => {
        const ht = layoutTables(hdoc);
        const pt = layoutTables(pdoc);
        expect(pt.length).toBe(ht.length);
        expect(ht.length).toBeGreaterThan(0);
        expect(ht.map((t, i) => gridDiff(t, pt[i]!))).toEqual(ht.map(() => []));
      });

      it('the same paragraphs, in order (none cut into lines, no 续表 title left)', () => {
        expect(paragraphs(pdoc)).toEqual(paragraphs(hdoc));
      });

      it('the same records', () => {
        expect(hconv.records.length).toBeGreaterThan(0);
        expect(pconv.records.map(content)).toEqual(hconv.records.map(content));
        expect(pconv.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual(hconv.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code));
      });
    });
  }

  it('d-continued: the 续表 title is dropped with the same diagnostic as in HTML', async () => {
    const codes = async (f: string) => (await convertFile(join(DIR, f))).diagnostics.filter((d) => d.code === 'continuation-title-skipped').map((d) => [d.location.table, d.message]);
    const pdf = await codes('d-continued.pdf');
    expect(pdf).toEqual([[1, 'The line "续表1" marks a table continued after a page break and was dropped.']]);
    expect(pdf).toEqual(await codes('d-continued.html'));
  });
});
