// Generates a borderless Word sample (005-borderless.docx): the first rows of a real indicator list
// (附件1 of the 000 seed: 序号 | 考核细则要求 | 2017年底指标情况 | 2019年底达到目标 |
// 责任单位 | 备注) as a Word table drawn WITHOUT any borders, the way many offices
// lay out short lists with tab-like columns. scripts/make-pdf-samples.sh prints it
// to PDF so the PDF stream detector (no rulings) is exercised on CJK text with
// wrapped cells.
//
//   npx tsx scripts/make-borderless-sample.ts <out.docx> [seedDir]
//
// Only its PDF print (samples/005-borderless.pdf) is committed. Generator input only (seed lines, row count); nothing here is read by the pipeline.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { readRegion, type TableRegion } from './make-docx-samples.ts';

const SEED = '000_31c5ce152806ac8c.txt';
/** The indicator list of the seed, read as the docx sample reads it. */
const REGION: TableRegion = { from: 4, to: 320, columns: 6, widths: [5, 30, 12, 12, 30, 6], headerRows: 1, mergeColumns: [], shortRowSpan: 'last' };
/** Header plus this many data rows: two pages' worth would add stitching, which the ruled samples cover. */
const DATA_ROWS = 12;

const A4 = { width: 11906, height: 16838 }; // twips
const MARGIN = 1134; // 2 cm
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function cell(lines: string[], width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    children: (lines.length ? lines : ['']).map((l) => new Paragraph({ children: [new TextRun(l)] })),
  });
}

export async function makeBorderlessSample(seedDir: string): Promise<{ buffer: Buffer; rows: number; columns: number }> {
  const lines = readFileSync(join(seedDir, SEED), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const raw = readRegion(lines, REGION)
    .filter((r) => r.kind === 'row' && r.cells.length === REGION.columns)
    .slice(0, 1 + DATA_ROWS);
  const textWidth = A4.width - 2 * MARGIN;
  const total = REGION.widths.reduce((a, b) => a + b, 0);
  const grid = REGION.widths.map((w) => Math.floor((w / total) * textWidth));
  const table = new Table({
    borders: NO_BORDERS,
    columnWidths: grid,
    width: { size: grid.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    rows: raw.map((r, i) => new TableRow({ tableHeader: i === 0 ? true : undefined, children: r.cells.map((c, j) => cell(c, grid[j]!)) })),
  });
  const title = lines.slice(0, 3).map((l) => l.trim()).filter(Boolean);
  const doc = new Document({
    sections: [
      {
        properties: { page: { size: { width: A4.width, height: A4.height }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: [...title.map((t) => new Paragraph({ children: [new TextRun(t)] })), table],
      },
    ],
  });
  return { buffer: await Packer.toBuffer(doc), rows: raw.length, columns: REGION.columns };
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: npx tsx scripts/make-borderless-sample.ts <out.docx> [seedDir]');
  const seedDir = resolve(process.argv[3] ?? process.env.GOVTABLES_SEEDS ?? '../shared/seeds');
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const { buffer, rows, columns } = await makeBorderlessSample(seedDir);
  writeFileSync(out, buffer);
  console.log(`${out}: ${rows} rows × ${columns} columns, no borders`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
