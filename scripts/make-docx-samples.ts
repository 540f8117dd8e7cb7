// Generates the committed Word samples in samples/*.docx from the seed
// tab-cell texts (../shared/seeds by default; GOVTABLES_SEEDS overrides).
//
//   npx tsx scripts/make-docx-samples.ts [seedDir]
//
// The samples are real .docx files built with the `docx` package: vertical
// merges (w:vMerge) where the seed shows blank cells under a hierarchy cell,
// horizontal merges (w:gridSpan) where a row has fewer cells than the table,
// `w:tblHeader` on the first header row, table grid widths (LibreOffice takes
// column widths from w:tblGrid when it prints these to PDF). The per-sample
// settings below (line ranges, column counts, which columns are hierarchy
// columns) describe how the seed text is laid out; they are generator input,
// never read by the pipeline. File names are for humans only.
import { readTabCellText } from '../parsers/txt/index.ts';
import { unnestRows } from '../pipeline/grid/split-cells.ts';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';

// ---------------------------------------------------------------------------
// Structured input of the builder (also used by the tests to make docx files).

export interface SpecCell {
  /** Paragraphs of the cell; a `\n` inside one becomes a line break (<w:br/>) in that paragraph. */
  lines: string[];
  rowSpan?: number;
  colSpan?: number;
}
export interface SpecRow {
  cells: SpecCell[];
  /** Marks the row `w:tblHeader` (Word repeats it on every printed page). */
  tableHeader?: boolean;
}
export interface SpecTable {
  kind: 'table';
  /** Relative column widths; scaled to the page's text width in the table grid. */
  widths: number[];
  rows: SpecRow[];
}
export interface SpecParagraph {
  kind: 'paragraph';
  text: string;
  heading?: boolean;
}
export type SpecBlock = SpecTable | SpecParagraph;

const A4 = { width: 11906, height: 16838 }; // twips
const MARGIN = 1134; // 2 cm

function paragraph(text: string, opts: { heading?: boolean; center?: boolean } = {}): Paragraph {
  const parts = text.split('\n');
  return new Paragraph({
    heading: opts.heading ? HeadingLevel.HEADING_2 : undefined,
    alignment: opts.center ? AlignmentType.CENTER : undefined,
    children: parts.map((p, i) => new TextRun({ text: p, break: i > 0 ? 1 : undefined })),
  });
}

function table(spec: SpecTable, textWidth: number): Table {
  const total = spec.widths.reduce((a, b) => a + b, 0);
  const grid = spec.widths.map((w) => Math.max(200, Math.floor((w / total) * textWidth)));
  // The docx package writes vMerge continuation cells itself for cells with
  // rowSpan; we only compute each cell's width from the grid columns it covers.
  const occupied: boolean[][] = [];
  const rows = spec.rows.map((row, r) => {
    occupied[r] ??= [];
    let col = 0;
    const cells = row.cells.map((c) => {
      while (occupied[r]![col]) col++;
      const colSpan = c.colSpan ?? 1;
      const rowSpan = c.rowSpan ?? 1;
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = col; cc < col + colSpan; cc++) (occupied[rr] ??= [])[cc] = true;
      const width = grid.slice(col, col + colSpan).reduce((a, b) => a + b, 0);
      col += colSpan;
      return new TableCell({
        children: (c.lines.length ? c.lines : ['']).map((l) => paragraph(l)),
        rowSpan: rowSpan > 1 ? rowSpan : undefined,
        columnSpan: colSpan > 1 ? colSpan : undefined,
        width: { size: width, type: WidthType.DXA },
      });
    });
    return new TableRow({ children: cells, tableHeader: row.tableHeader === true ? true : undefined });
  });
  return new Table({ rows, columnWidths: grid, width: { size: grid.reduce((a, b) => a + b, 0), type: WidthType.DXA } });
}

/** Builds a .docx (A4) from blocks. `landscape` turns the page for wide tables. */
export async function buildDocx(blocks: SpecBlock[], opts: { landscape?: boolean } = {}): Promise<Buffer> {
  const pageW = opts.landscape ? A4.height : A4.width;
  const textWidth = pageW - 2 * MARGIN;
  const children = blocks.map((b) => (b.kind === 'table' ? table(b, textWidth) : paragraph(b.text, { heading: b.heading })));
  const doc = new Document({
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: opts.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// Keep VerticalMergeType referenced for readers looking for how merges are written.
void VerticalMergeType;

// ---------------------------------------------------------------------------
// Reader for the seed tab-cell text.

export interface TableRegion {
  /** 1-based first and last line of the table in the seed file. */
  from: number;
  to: number;
  columns: number;
  /** Relative column widths. */
  widths: number[];
  /** Number of header rows at the top (marked tableHeader on the first one). */
  headerRows: number;
  /** Hierarchy columns (0-based): a blank cell below a filled one becomes part of a vertical merge. */
  mergeColumns: number[];
  /** Columns (0-based) whose blank cells join the cell above only where every hierarchy column continues (e.g. points of an item). */
  followColumns?: number[];
  /** Which cell of a row with fewer cells than `columns` spans the missing columns (or a 0-based cell index). */
  shortRowSpan: 'first' | 'last' | number;
  /** Lines such as `续表A.1…` inside the region: the first splits the table (paragraph between two tables), later ones become a full-width row. */
  continuationTitle?: RegExp;
}

interface RawRow {
  cells: string[][];
  kind: 'row' | 'title';
}

const PAGE_NUMBER = /^\s*[—–-]\s*\d+\s*[—–-]\s*$/;
const BOOKMARK = /\[bookmark: [^\]]*\]/g;

/**
 * Reads the rows of one table region with the project's own tab-cell reader
 * (parsers/txt), so the samples carry exactly the rows the text path sees; a
 * continuation title (`续表…`) inside the region is kept as a title row.
 */
export function readRegion(lines: string[], region: TableRegion): RawRow[] {
  const text = lines
    .slice(region.from - 1, region.to)
    .map((l) => l.replace(BOOKMARK, ''))
    .join('\n');
  const out: RawRow[] = [];
  for (const b of readTabCellText(text)) {
    if (b.kind === 'paragraph') {
      if (region.continuationTitle?.test(b.text)) out.push({ cells: [[b.text]], kind: 'title' });
      continue;
    }
    // A row holding two items from a flattened nested table is written as the two rows it was.
    for (const row of unnestRows(b).value.rows) out.push({ cells: row.cells.map((c) => c.lines.filter((l) => l.trim() !== '')), kind: 'row' });
  }
  return out;
}

/** Rows → docx tables (split at the first continuation title) with merges. */
export function regionToBlocks(raw: RawRow[], region: TableRegion, problems: string[]): SpecBlock[] {
  const blocks: SpecBlock[] = [];
  let current: SpecRow[] = [];
  let seenTitle = false;
  let headerLeft = region.headerRows;
  // Grid of the current table to compute vertical merges: origin cell per column.
  type Slot = { cell: SpecCell; blank: boolean; origin: SpecCell | null };
  let grid: Slot[][] = [];
  const flush = () => {
    if (current.length) blocks.push({ kind: 'table', widths: region.widths, rows: current });
    current = [];
    grid = [];
  };
  for (const r of raw) {
    if (r.kind === 'title') {
      if (!seenTitle) {
        flush();
        blocks.push({ kind: 'paragraph', text: r.cells[0]![0]! });
        seenTitle = true;
      } else {
        current.push({ cells: [{ lines: r.cells[0]!, colSpan: region.columns }] });
        grid.push([]);
      }
      continue;
    }
    let cells = r.cells;
    if (cells.length > region.columns) {
      problems.push(`row starting "${(cells[0]![0] ?? '').slice(0, 20)}" has ${cells.length} cells, more than ${region.columns}; extra cells joined into the last`);
      cells = [...cells.slice(0, region.columns - 1), cells.slice(region.columns - 1).flat()];
    }
    const isHeader = headerLeft > 0;
    if (headerLeft > 0) headerLeft--;
    const spec: SpecCell[] = cells.map((lines) => ({ lines }));
    const missing = region.columns - spec.length;
    if (missing > 0) {
      const at = region.shortRowSpan === 'first' ? 0 : region.shortRowSpan === 'last' ? spec.length - 1 : Math.min(region.shortRowSpan, spec.length - 1);
      const target = spec[at]!;
      // A label written across the hierarchy columns (`加分项`) spans them; cells still
      // missing after that are empty cells at the end of the row.
      const span = region.shortRowSpan === 'first' && region.mergeColumns.length > 0 ? Math.min(missing + 1, region.mergeColumns.length) : missing + 1;
      target.colSpan = span;
      for (let k = span; k < missing + 1; k++) spec.push({ lines: [] });
    }
    // Expand to grid slots.
    const slots: Slot[] = [];
    for (const c of spec) for (let k = 0; k < (c.colSpan ?? 1); k++) slots.push({ cell: c, blank: c.lines.length === 0 && (c.colSpan ?? 1) === 1, origin: null });
    const above = grid[grid.length - 1];
    const merged = new Set<SpecCell>();
    if (!isHeader && above && above.length === region.columns) {
      let parentContinues = true;
      const tryMerge = (col: number): boolean => {
        const s = slots[col];
        const up = above[col];
        if (!s || !up || !s.blank) return false;
        const origin = up.origin ?? up.cell;
        if (origin.lines.length === 0) return false;
        origin.rowSpan = (origin.rowSpan ?? 1) + 1;
        s.origin = origin;
        merged.add(s.cell);
        return true;
      };
      for (const col of [...region.mergeColumns].sort((a, b) => a - b)) {
        parentContinues = parentContinues && tryMerge(col);
      }
      if (parentContinues && region.mergeColumns.length > 0) for (const col of region.followColumns ?? []) tryMerge(col);
    }
    grid.push(slots);
    current.push({ cells: spec.filter((c) => !merged.has(c)), tableHeader: isHeader && headerLeft === region.headerRows - 1 ? true : undefined });
  }
  flush();
  return blocks;
}

// ---------------------------------------------------------------------------
// Samples.

interface SampleDef {
  out: string;
  seed: string;
  tables: TableRegion[];
  /** 1-based line ranges of the seed kept as paragraphs (others outside tables are dropped). */
  paragraphs: [number, number][];
  landscape?: boolean;
}

const SAMPLES: SampleDef[] = [
  {
    // 附件1 (indicator list) and 附件2 (task breakdown, vertical merges on the three hierarchy columns; crosses many pages).
    out: '000-jiangmen.docx',
    seed: '000_31c5ce152806ac8c.txt',
    paragraphs: [[1, 3], [321, 329]],
    tables: [
      { from: 4, to: 320, columns: 6, widths: [5, 30, 12, 12, 30, 6], headerRows: 1, mergeColumns: [], shortRowSpan: 'last' },
      // Some sections split the task column in two (a 方面 label before the task): 7 grid columns, the task cell spans 2 elsewhere.
      { from: 330, to: 2259, columns: 7, widths: [12, 16, 22, 6, 22, 14, 10], headerRows: 1, mergeColumns: [0, 1, 2], followColumns: [5, 6], shortRowSpan: 3 },
    ],
  },
  {
    // Headerless scoring table (一级/二级/三级 hierarchy, points column merged under its item) and the town × metric matrix.
    out: '001-rugao.docx',
    seed: '001_81fbc2292bfaeaa4.txt',
    paragraphs: [[674, 675]],
    landscape: true,
    tables: [
      { from: 1, to: 673, columns: 7, widths: [8, 10, 14, 18, 30, 14, 6], headerRows: 0, mergeColumns: [0, 1, 2], followColumns: [5, 6], shortRowSpan: 'first' },
      { from: 676, to: 848, columns: 16, widths: [3, 16, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], headerRows: 1, mergeColumns: [], shortRowSpan: 'last' },
    ],
  },
  {
    // Task breakdown with 牵头/配合 columns and the document-level deadline note after the table.
    out: '002-wafangdian.docx',
    seed: '002_a89f8253a52a9184.txt',
    paragraphs: [[1, 4], [425, 426]],
    tables: [{ from: 5, to: 424, columns: 5, widths: [16, 24, 36, 12, 12], headerRows: 1, mergeColumns: [0], shortRowSpan: 'last' }],
  },
  {
    // Table A.1 of a provincial standard: tblHeader row, 续表 title splitting the table once, then inside it with a hand-repeated header row.
    out: '003-hunan-standard.docx',
    seed: '003_7252e7e3900ebd4b.txt',
    paragraphs: [[1, 173]],
    tables: [{ from: 174, to: 497, columns: 4, widths: [8, 30, 6, 56], headerRows: 1, mergeColumns: [0], shortRowSpan: 'last', continuationTitle: /^续表/ }],
  },
];

export async function makeSample(def: SampleDef, seedDir: string, problems: string[]): Promise<Buffer> {
  const lines = readFileSync(join(seedDir, def.seed), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  type Placed = { line: number; blocks: SpecBlock[] };
  const placed: Placed[] = [];
  for (const [a, b] of def.paragraphs) {
    for (let i = a; i <= b && i <= lines.length; i++) {
      const text = lines[i - 1]!.replace(BOOKMARK, '').trim();
      if (text && !PAGE_NUMBER.test(text) && !text.startsWith('\t')) placed.push({ line: i, blocks: [{ kind: 'paragraph', text }] });
    }
  }
  for (const t of def.tables) placed.push({ line: t.from, blocks: regionToBlocks(readRegion(lines, t), t, problems) });
  placed.sort((x, y) => x.line - y.line);
  return buildDocx(placed.flatMap((p) => p.blocks), { landscape: def.landscape });
}

async function main(): Promise<void> {
  const seedDir = resolve(process.argv[2] ?? process.env.GOVTABLES_SEEDS ?? '../shared/seeds');
  const outDir = resolve('samples');
  mkdirSync(outDir, { recursive: true });
  for (const def of SAMPLES) {
    const problems: string[] = [];
    const buf = await makeSample(def, seedDir, problems);
    writeFileSync(join(outDir, def.out), buf);
    console.log(`samples/${def.out}: ${buf.length} bytes${problems.length ? `; ${problems.length} notes:\n  ${problems.join('\n  ')}` : ''}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
