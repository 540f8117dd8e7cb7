// Word files written cell by cell, as Word writes them: every row lists its cells,
// vertical merges as w:vMerge restart/continue, horizontal ones as w:gridSpan. Used by
// scripts/make-unseen-sample.ts (samples/006-changde.docx) and test/e2e/unseen-layouts.test.ts.
import { Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType, type INumberingOptions } from 'docx';

/** A paragraph in one of the document's automatically numbered lists (`wordFile`'s `lists`). */
export interface WList {
  reference: string;
  level?: number;
  /** Paragraphs with the same instance are one list; a new instance starts again (Word's "restart numbering"). */
  instance?: number;
}

/** A cell: text (`\n` = a new paragraph), columns spanned, and its part in a vertical merge. */
export interface WCell {
  text: string;
  span?: number;
  merge?: 'restart' | 'continue';
  /** Every paragraph of the cell carries this automatic numbering (an empty cell gets its number alone). */
  list?: WList;
}
export interface WRow {
  cells: WCell[];
  header?: boolean;
}
export type WBlock = { paragraph: string; pageBreakBefore?: boolean; list?: WList } | { widths: number[]; rows: WRow[] };

export const w = (text: string, span?: number): WCell => ({ text, span });
/** A cell numbered automatically by Word (a 序号 cell: no typed number, `text` usually ''). */
export const numbered = (list: WList, text = ''): WCell => ({ text, list });
/** First cell of a vertical merge; the rows below carry `cont()` in its place. */
export const top = (text: string): WCell => ({ text, merge: 'restart' });
export const cont = (): WCell => ({ text: '', merge: 'continue' });
export const hrow = (...texts: string[]): WRow => ({ header: true, cells: texts.map((t) => w(t)) });
export const wrow = (...cells: (string | WCell)[]): WRow => ({ cells: cells.map((x) => (typeof x === 'string' ? w(x) : x)) });

const TEXT_WIDTH = 9638; // A4 less 2 cm margins, in twips

/** A page other than the default (twips); tables take the width between the margins. */
export interface WPage {
  width: number;
  height: number;
  margin: number;
  landscape?: boolean;
}
/** A4 turned, 2 cm margins. */
export const A4_LANDSCAPE: WPage = { width: 16838, height: 11906, margin: 1134, landscape: true };
/** A narrow, short page (A6, 1.27 cm margins): cells wrap over more lines, tables run over pages. */
export const A6_NARROW: WPage = { width: 5954, height: 8391, margin: 720 };

const numberingOf = (l: WList) => ({ reference: l.reference, level: l.level ?? 0, ...(l.instance !== undefined ? { instance: l.instance } : {}) });

/** `lists`: the numbering definitions WList references name (the docx package's `numbering.config`). */
/** `page`: the page size and margins (left out: the docx package's default page, as before). */
export async function wordFile(blocks: WBlock[], opts: { lists?: INumberingOptions['config']; page?: WPage } = {}): Promise<Uint8Array> {
  const textWidth = opts.page ? opts.page.width - 2 * opts.page.margin : TEXT_WIDTH;
  const children = blocks.map((b) => {
    if ('paragraph' in b) return new Paragraph({ pageBreakBefore: b.pageBreakBefore, ...(b.list ? { numbering: numberingOf(b.list) } : {}), children: [new TextRun(b.paragraph)] });
    const total = b.widths.reduce((a, x) => a + x, 0);
    const grid = b.widths.map((x) => Math.floor((x / total) * textWidth));
    const rows = b.rows.map((r) => {
      let col = 0;
      const cells = r.cells.map((c) => {
        const span = c.span ?? 1;
        const width = grid.slice(col, col + span).reduce((a, x) => a + x, 0);
        col += span;
        return new TableCell({
          children: c.text.split('\n').map((t) => new Paragraph({ ...(c.list ? { numbering: numberingOf(c.list) } : {}), children: [new TextRun(t)] })),
          columnSpan: span > 1 ? span : undefined,
          verticalMerge: c.merge === 'restart' ? VerticalMergeType.RESTART : c.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
          width: { size: width, type: WidthType.DXA },
        });
      });
      return new TableRow({ children: cells, tableHeader: r.header || undefined });
    });
    return new Table({ rows, columnWidths: grid, width: { size: textWidth, type: WidthType.DXA } });
  });
  return new Uint8Array(await Packer.toBuffer(new Document({ ...(opts.lists ? { numbering: { config: opts.lists } } : {}), sections: [{ ...(opts.page ? { properties: pageProperties(opts.page) } : {}), children }] })));
}

function pageProperties(p: WPage) {
  // the docx package swaps width and height itself for a landscape page
  const size = p.landscape ? { width: p.height, height: p.width, orientation: PageOrientation.LANDSCAPE } : { width: p.width, height: p.height, orientation: PageOrientation.PORTRAIT };
  return { page: { size, margin: { top: p.margin, bottom: p.margin, left: p.margin, right: p.margin } } };
}
