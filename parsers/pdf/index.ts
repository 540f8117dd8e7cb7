// PDF parser: bytes → SourceDocument. Per page: ruled grids (lattice), then
// aligned text without a full grid (stream), then the remaining text as
// paragraphs; page furniture is dropped first; tables that continue on the
// next page are stitched. Bad input never throws: it returns value null and one
// error diagnostic.
//
// Pages whose text cannot be read: runs that are mostly codes no font map reads
// (a font without ToUnicode: controls, private use, U+FFFD) are left out with a
// warning naming the page; a page that is a scanned image (images cover SCANNED_COVER
// of it: a map with its caption covers less) with no text, or almost none (under
// SCANNED_CHARS characters: a stamped page number), is named in one warning, and the other pages are converted. A
// document with no readable page fails with one error, as a scanned PDF does.
// Text drawn over itself (fake bold) is read once, white text on the bare page
// left out (extract.ts), each with an info.
import type { Block, Diagnostic, Parser, ParseContext, Result, SourceCell, SourceDocument, SourceRow, SourceTable } from '../../pipeline/model.ts';
import { diag } from '../../pipeline/model.ts';
import { PdfSource } from './actualtext.ts';
import { readPage, type PageGeometry, type TextRun } from './extract.ts';
import { dropFurniture } from './furniture.ts';
import { findLattices, mergeLines, toPageTable, type LatticeGrid } from './lattice.ts';
import { groupLines, isCjkChar, leadWidth, lineText, type TextLine } from './lines.ts';
import { isUnreadable, unifyIdeographs, unreadableFonts } from './glyphs.ts';
import { openDocument } from './pdfjs.ts';
import { splitFalseColumnMerges, splitHiddenRows } from './refine.ts';
import { joinCutRow, repeatedHeaderRows } from './continuation.ts';
import { canStitch, columnsLineUp, isContinuationTitle, refitColumns, sharedColumns } from './stitch.ts';
import { findStreamTables } from './stream.ts';
import { centre, fillTable, filledCells, inside, linesOf, type PageTable } from './table.ts';

/** A page covered by images (this share of it at least) with fewer visible characters than SCANNED_CHARS is a scanned page. */
const SCANNED_COVER = 0.8;
const SCANNED_CHARS = 20;

/** `2`, `2 and 5`, `2, 5 and 7`. */
function pageList(pages: readonly number[]): string {
  return pages.length === 1 ? String(pages[0]) : `${pages.slice(0, -1).join(', ')} and ${pages[pages.length - 1]}`;
}

type PageBlock = { kind: 'table'; table: PageTable; y: number } | { kind: 'para'; text: string; y: number; page: number };

function fail(ctx: ParseContext, code: string, message: string): Result<SourceDocument | null> {
  return { value: null, diagnostics: [{ ...diag(ctx.documentId, 'error', code, message), file: ctx.file }] };
}

function indexOf(bytes: Uint8Array, needle: string, from: number, to: number): number {
  const n = [...needle].map((c) => c.charCodeAt(0));
  for (let i = Math.max(0, from); i + n.length <= Math.min(bytes.length, to); i++) {
    let ok = true;
    for (let k = 0; k < n.length && ok; k++) ok = bytes[i + k] === n[k];
    if (ok) return i;
  }
  return -1;
}

/** Where a column of running text ends on the right, and how far apart its lines are. */
interface TextColumn {
  right: number;
  gap: number;
}

/**
 * Columns of running text beside the page's tables: the lines level with a table
 * (overlapping its height) that lie wholly to its left or to its right. Such a
 * column is narrower than the page's text and may be spaced like the table's rows
 * (wider than a paragraph's lines), so its lines are joined against the column's
 * own right edge (where at least two of its lines end) and its own line spacing.
 */
function sideColumns(lines: readonly TextLine[], tables: readonly PageTable[]): Map<TextLine, TextColumn> {
  const out = new Map<TextLine, TextColumn>();
  for (const t of tables) {
    const [x0, y0, x1, y1] = t.bbox;
    for (const side of ['left', 'right'] as const) {
      const col = lines.filter((l) => {
        if (out.has(l) || Math.min(l.y1, y1) - Math.max(l.y0, y0) <= 0) return false;
        return side === 'left' ? l.x1 <= x0 + l.size / 2 : l.x0 >= x1 - l.size / 2;
      });
      if (col.length < 2) continue;
      const right = Math.max(...col.map((l) => l.x1));
      const left = Math.min(...col.map((l) => l.x0));
      // The column may run on above or below the table: lines within its edges, as close as its own lines.
      const median = (c: readonly TextLine[]) => {
        const gaps = c.slice(1).map((l, i) => l.y0 - c[i]!.y1).sort((a, b) => a - b);
        return gaps[Math.floor((gaps.length - 1) / 2)]!;
      };
      const pitch = median(col);
      const fits = (l: TextLine) => !out.has(l) && !col.includes(l) && l.x0 >= left - l.size && l.x1 <= right + l.size;
      for (let k = lines.indexOf(col[col.length - 1]!) + 1; k < lines.length; k++) {
        const l = lines[k]!;
        if (!fits(l) || l.y0 - col[col.length - 1]!.y1 > pitch + 0.25 * l.size) break;
        col.push(l);
      }
      for (let k = lines.indexOf(col[0]!) - 1; k >= 0; k--) {
        const l = lines[k]!;
        if (!fits(l) || col[0]!.y0 - l.y1 > pitch + 0.25 * l.size) break;
        col.unshift(l);
      }
      if (col.filter((l) => l.x1 >= right - l.size).length < 2) continue;
      const column = { right, gap: median(col) };
      for (const l of col) out.set(l, column);
    }
  }
  return out;
}

/**
 * Text lines → paragraphs: a line continues the paragraph above when it is
 * closer than about half a line height AND the line above was wrapped (it
 * reaches the right edge of the page's text, so the next line's first word did
 * not fit). Word processors print paragraphs without extra spacing, so only
 * the short last line tells a title or a list item from the paragraph before.
 * Lines of a column beside a table are measured against that column (its right
 * edge, and its usual line spacing when that is wider).
 */
function paragraphs(lines: readonly TextLine[], page: number, right: number, columns: ReadonlyMap<TextLine, TextColumn> = new Map()): PageBlock[] {
  const out: PageBlock[] = [];
  let cur: { text: string; y: number; last: TextLine } | null = null;
  for (const l of lines) {
    const t = lineText(l);
    if (!t) continue;
    const h = l.y1 - l.y0;
    const col = cur ? columns.get(l) : undefined;
    const same = col !== undefined && columns.get(cur!.last) === col;
    const edge = same ? col.right : right;
    const near = same ? Math.max(0.6 * h, col.gap + 0.25 * h) : 0.6 * h;
    if (cur && l.y0 - cur.last.y1 < near && !isContinuationTitle(t) && cur.last.x1 + leadWidth(l) > edge - 0.5) {
      const a = cur.text.slice(-1);
      // A wrap right after a hyphen or slash (`2017-` / `2020年`) is the printer's break: no space.
      cur.text += isCjkChar(a) || isCjkChar(t[0]) || /[-‐‑–—/]/.test(a) ? t : ' ' + t;
      cur.last = l;
    } else {
      if (cur) out.push({ kind: 'para', text: cur.text, y: cur.y, page });
      cur = { text: t, y: l.y0, last: l };
    }
  }
  if (cur) out.push({ kind: 'para', text: cur.text, y: cur.y, page });
  return out;
}

/**
 * Right edge of the running text: where several lines end together (wrapped
 * lines of paragraphs). A document with too few such lines (only titles and
 * tables) gets the mirror of its left margin, so a long title is not taken
 * for a wrapped line.
 */
function textRightEdge(lines: readonly TextLine[], pageWidth: number): number {
  if (!lines.length) return pageWidth;
  const max = Math.max(...lines.map((l) => l.x1));
  const atEdge = lines.filter((l) => l.x1 >= max - l.size).length;
  if (atEdge >= 3) return max;
  return Math.max(max, pageWidth - Math.min(...lines.map((l) => l.x0)));
}

/** A lattice group is a table when it has at least 2 columns, 2 cells and 2 cells with text. */
function acceptLattice(t: PageTable): boolean {
  if (t.xs.length < 3 || t.cells.length < 2 || filledCells(t) < 2) return false;
  // Text laid across the rules (many runs cut by column boundaries) is a chart's labels over its grid, not cells.
  const runs = t.cells.flatMap((c) => c.runs);
  const cut = runs.filter((r) => r.cut).length;
  return !(runs.length >= 4 && cut > 0.25 * runs.length);
}

/**
 * A ruled strip: one row of several columns with text in one cell only, too little for a table
 * of its own (acceptLattice), so its text is read as a paragraph. At the top of a page, under
 * the columns of the table that ended the page before, it is that table's continuation: the
 * piece of a row cut by the break (`满意度|指标` in a narrow 二级指标 column), see continuesTable.
 */
export interface Strip {
  table: PageTable;
  runs: Set<TextRun>;
}

function pageTables(g: PageGeometry, runs: TextRun[]): { tables: PageTable[]; rest: TextRun[]; strips: Strip[] } {
  const grids = findLattices(g.segments);
  const tables: PageTable[] = [];
  const strips: Strip[] = [];
  let rest = runs;
  // Grids rejected for text laid across their rules, where that text is all in merged cells (a
  // grid whose title, 填报单位 and 注 rows over the whole width hold most of its text on a small page).
  const fallback: LatticeGrid[] = [];
  const accept = (t: PageTable, used: Set<TextRun>) => {
    // Incomplete rulings: recover unruled rows and columns from how the text lines up.
    splitHiddenRows(t, [...used]);
    if (splitFalseColumnMerges(t)) for (const c of t.cells) c.lines = linesOf(c, t.mode);
    tables.push(t);
    rest = rest.filter((r) => !used.has(r));
  };
  for (const grid of grids) {
    const t = toPageTable(grid, g.page);
    const used = fillTable(t, rest);
    if (acceptLattice(t)) accept(t, used);
    else if (t.xs.length >= 3 && filledCells(t) >= 2) fallback.push(grid);
    else if (t.xs.length >= 3 && t.ys.length === 2 && filledCells(t) === 1 && !t.cells.some((c) => c.runs.some((r) => r.cut))) strips.push({ table: t, runs: used });
  }
  // Horizontal rules outside accepted grids guide the stream detector (three-line tables).
  const rules = mergeLines(g.segments, true).filter(
    (l) => !tables.some((t) => l.at >= t.bbox[1] - 2 && l.at <= t.bbox[3] + 2 && l.from >= t.bbox[0] - 2 && l.to <= t.bbox[2] + 2),
  );
  const streams = findStreamTables(rest, rules, g.page, g.width);
  // Such a grid is the table when its text reads as no other table: it is read cutting its text only
  // where two cells meet, and must then pass as a table.
  for (const grid of fallback) {
    const overlaps = (b: readonly number[]) => Math.min(b[2]!, grid.bbox[2]) > Math.max(b[0]!, grid.bbox[0]) && Math.min(b[3]!, grid.bbox[3]) > Math.max(b[1]!, grid.bbox[1]);
    if (streams.some((s) => overlaps(s.bbox)) || tables.some((s) => overlaps(s.bbox))) continue;
    const t = toPageTable(grid, g.page);
    const used = fillTable(t, rest, { keepMerged: true });
    // Two rows at least with text in two cells: not a figure's legend boxed over its whole width.
    const rows = new Set(t.cells.filter((c) => c.lines.length && t.cells.some((d) => d !== c && d.r === c.r && d.lines.length)).map((c) => c.r));
    if (rows.size >= 2 && acceptLattice(t)) accept(t, used);
  }
  for (const t of streams) {
    const ids = new Set(t.cells.flatMap((c) => c.runs));
    rest = rest.filter((r) => !ids.has(r) && !inside(t.bbox, ...centre(r)));
    tables.push(t);
  }
  // A strip whose text a stream table took is that table's.
  return { tables, rest, strips: strips.filter((s) => [...s.runs].every((r) => rest.includes(r))) };
}

/**
 * The strip opens its page (no table and no other text above its bottom) and lines up with the
 * ruled table that ended the page before: a one-row piece of that table, not a box under a
 * heading nor a small table of other columns.
 */
function continuesTable(prev: PageTable, s: Strip, tables: readonly PageTable[], rest: readonly TextRun[]): boolean {
  if (prev.mode !== 'lattice' || !columnsLineUp(prev, s.table)) return false;
  const bottom = s.table.bbox[3];
  if (tables.some((t) => t.bbox[1] < bottom)) return false;
  return rest.every((r) => s.runs.has(r) || r.y0 >= bottom - 1);
}

/** Page table → source rows, with an empty cell in every slot no cell covers. */
function sourceRows(t: PageTable): SourceRow[] {
  const R = t.ys.length - 1;
  const C = t.xs.length - 1;
  const covered: boolean[][] = Array.from({ length: R }, () => new Array<boolean>(C).fill(false));
  const at = new Map<string, PageTable['cells'][number]>();
  for (const c of t.cells) at.set(`${c.r}:${c.c}`, c);
  const rows: SourceRow[] = [];
  for (let r = 0; r < R; r++) {
    const cells: SourceCell[] = [];
    for (let c = 0; c < C; c++) {
      if (covered[r]![c]) continue;
      const k = at.get(`${r}:${c}`);
      if (k) {
        for (let a = r; a < Math.min(R, r + k.rs); a++) for (let b = c; b < Math.min(C, c + k.cs); b++) covered[a]![b] = true;
        cells.push({ lines: k.lines, rowSpan: k.rs, colSpan: k.cs, page: t.page, bbox: round(k.bbox) });
      } else {
        covered[r]![c] = true;
        cells.push({ lines: [], rowSpan: 1, colSpan: 1, page: t.page, bbox: round([t.xs[c]!, t.ys[r]!, t.xs[c + 1]!, t.ys[r + 1]!]) });
      }
    }
    rows.push({ cells, header: false, pageBreakBefore: false });
  }
  return rows;
}

function round(b: [number, number, number, number]): [number, number, number, number] {
  return b.map((v) => Math.round(v * 100) / 100) as [number, number, number, number];
}

function toSourceTable(parts: PageTable[]): SourceTable {
  const rows: SourceRow[] = [];
  parts.forEach((p, i) => {
    const rs = sourceRows(p);
    if (i > 0 && rs[0]) rs[0].pageBreakBefore = true;
    rows.push(...rs);
  });
  return { kind: 'table', rows, pages: [...new Set(parts.map((p) => p.page))], mode: parts[0]!.mode };
}

async function parse(bytes: Uint8Array, ctx: ParseContext): Promise<Result<SourceDocument | null>> {
  if (indexOf(bytes, '%PDF-', 0, 1024) < 0) {
    return fail(ctx, 'pdf-not-pdf', 'The file is not a PDF: it does not start with a PDF header.');
  }
  if (indexOf(bytes, '%%EOF', bytes.length - 1024, bytes.length) < 0) {
    return fail(ctx, 'pdf-corrupt', 'The PDF is truncated or damaged: its end-of-file marker is missing.');
  }
  let doc;
  try {
    doc = await (await openDocument(bytes)).promise;
  } catch (e) {
    const name = (e as { name?: string })?.name;
    if (name === 'PasswordException') {
      return fail(ctx, 'pdf-encrypted', 'The PDF is protected by a password; remove the protection and convert it again.');
    }
    return fail(ctx, 'pdf-corrupt', 'The PDF is damaged and could not be opened.');
  }
  const diagnostics: Diagnostic[] = [];
  const note = (severity: 'error' | 'warning' | 'info', code: string, message: string, loc = {}) =>
    diagnostics.push({ ...diag(ctx.documentId, severity, code, message, loc), file: ctx.file });
  try {
    const geoms: PageGeometry[] = [];
    const source = new PdfSource(bytes);
    const visible = (runs: readonly TextRun[]) => runs.reduce((n, r) => n + r.str.replace(/\s/g, '').length, 0);
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const g = await readPage(page, p, source);
      for (const r of g.runs) r.str = unifyIdeographs(r.str);
      geoms.push(g);
      page.cleanup();
      if (g.turned) {
        const how = g.turned === 2 ? 'upside down' : 'sideways';
        note('info', 'pdf-page-read-turned', `The page's text is printed ${how}; the page was read turned ${90 * g.turned}° clockwise.`, { page: p });
      }
      if (g.hidden) {
        note('info', 'pdf-hidden-text-dropped', `Text drawn in white on the bare page cannot be seen and was left out (${g.hidden} characters).`, { page: p });
      }
      for (const text of g.pageNumbers) note('info', 'pdf-page-furniture-dropped', `Dropped the page number "${text}".`, { page: p });
      for (const text of g.artifacts) {
        note('info', 'pdf-artifact-dropped', `Dropped "${text}": the PDF marks it as an artifact (a running header or footer, a page number, a watermark), not as content.`, { page: p });
      }
      if (g.overprinted) {
        note('info', 'pdf-overprint-read-once', `Text drawn several times over itself (fake bold, or a copy printed twice) was read once (${g.overprinted} characters).`, { page: p });
      }
    }
    // Text in a font without a Unicode map, and runs that are mostly unreadable codes, are left out.
    const badFonts = unreadableFonts(geoms.flatMap((g) => g.runs));
    const scanned: number[] = [];
    const unreadablePages: number[] = [];
    for (const g of geoms) {
      const unreadable = g.runs.filter((r) => (r.font !== undefined && badFonts.has(r.font)) || isUnreadable(r.str));
      if (unreadable.length) {
        g.runs = g.runs.filter((r) => !unreadable.includes(r));
        unreadablePages.push(g.page);
        const n = visible(unreadable);
        note(
          'warning',
          'pdf-text-unreadable',
          `${n} character${n === 1 ? '' : 's'} of text on page ${g.page} could not be read (set in a font without a Unicode map, ${n === 1 ? 'it comes' : 'they come'} out as codes, not text) and ${n === 1 ? 'was' : 'were'} left out.`,
          { page: g.page },
        );
      }
      if (g.imageCover >= SCANNED_COVER && visible(g.runs) < SCANNED_CHARS) scanned.push(g.page);
    }
    const readable = geoms.filter((g) => !scanned.includes(g.page) && g.runs.some((r) => r.str.trim()));
    if (!readable.length) {
      if (unreadablePages.length) {
        return fail(ctx, 'pdf-text-unreadable', 'The PDF\'s text cannot be read (its fonts have no Unicode map, so it comes out as codes, not text); run OCR on it first and convert the OCR output.');
      }
      return fail(ctx, 'pdf-no-text-layer', 'The PDF has no text layer (it is a scanned image); run OCR on it first and convert the OCR output.');
    }
    if (scanned.length) {
      const pl = scanned.length === 1 ? `Page ${scanned[0]} is a scanned image` : `Pages ${pageList(scanned)} are scanned images`;
      note('warning', 'pdf-pages-without-text', `${pl} without a text layer and ${scanned.length === 1 ? 'was' : 'were'} not converted; run OCR on ${scanned.length === 1 ? 'it' : 'them'} to convert ${scanned.length === 1 ? 'its' : 'their'} tables.`, {
        page: scanned[0],
      });
    }

    // Ruled grid areas protect their text from being taken for headers or footers.
    const gridBoxes = new Map<number, [number, number, number, number][]>();
    for (const g of geoms) gridBoxes.set(g.page, findLattices(g.segments).filter((l) => l.xs.length >= 3).map((l) => l.bbox));
    const { kept, dropped } = dropFurniture(
      geoms.map((g) => ({ page: g.page, height: g.height, runs: g.runs })),
      (page, l) => (gridBoxes.get(page) ?? []).some((b) => inside(b, (l.x0 + l.x1) / 2, (l.y0 + l.y1) / 2)),
    );
    for (const d of dropped) {
      note('info', 'pdf-page-furniture-dropped', `Dropped ${d.reason === 'page-number' ? 'the page number' : 'a running header or footer'} "${d.text}".`, { page: d.page });
    }

    const found = geoms.map((g) => ({ g, ...pageTables(g, kept.get(g.page) ?? []) }));
    const textLines = found.map((f) => groupLines(f.rest.filter((r) => r.horizontal)));
    const right = textRightEdge(textLines.flat(), Math.min(...geoms.map((g) => g.width)));
    const blocksOf = ({ g, tables, rest }: (typeof found)[number]): PageBlock[] => {
      const blocks: PageBlock[] = [
        ...tables.map((t) => ({ kind: 'table' as const, table: t, y: t.bbox[1] })),
        ...(() => {
          const lines = groupLines(rest);
          return paragraphs(lines, g.page, right, sideColumns(lines, tables));
        })(),
      ];
      return blocks.sort((a, b) => a.y - b.y);
    };
    const perPage: PageBlock[][] = found.map(blocksOf);
    // A ruled strip opening a page under the table that ended the page before is a piece of
    // that table: read as a table, it is stitched below (and joined to a row cut by the break).
    for (let i = 1; i < found.length; i++) {
      const f = found[i]!;
      const last = perPage[i - 1]![perPage[i - 1]!.length - 1];
      if (last?.kind !== 'table' || f.g.page !== found[i - 1]!.g.page + 1) continue;
      const strip = f.strips.find((s) => continuesTable(last.table, s, f.tables, f.rest));
      if (!strip) continue;
      f.tables.push(strip.table);
      f.rest = f.rest.filter((r) => !strip.runs.has(r));
      perPage[i] = blocksOf(f);
    }

    // Reading order with stitching: a table that ends a page continues into a table that starts the next.
    const out: Block[] = [];
    let open: { parts: PageTable[]; pending: PageBlock[] } | null = null;
    let tableNo = 0;
    const close = () => {
      if (!open) return;
      tableNo++;
      out.push(toSourceTable(open.parts));
      for (const p of open.pending) if (p.kind === 'para') out.push({ kind: 'paragraph', text: p.text, page: p.page });
      open = null;
    };
    perPage.forEach((blocks) => {
      blocks.forEach((b, bi) => {
        if (b.kind === 'table') {
          const o = open as { parts: PageTable[]; pending: PageBlock[] } | null;
          // (A part whose only row was joined back into the row above holds no rows.)
          const prev = o ? [...o.parts].reverse().find((p) => p.ys.length > 1) : undefined;
          const onlyTitlesBefore = blocks.slice(0, bi).every((x) => x.kind === 'para' && isContinuationTitle(x.text));
          if (o && prev && onlyTitlesBefore && canStitch(prev, b.table)) {
            // All parts on the same column boundaries (a column split only on some pages).
            const xs = sharedColumns(prev, b.table)!;
            for (const p of [...o.parts, b.table]) refitColumns(p, xs);
            // The header printed again stays (later stages drop it); a row cut by the break comes after it.
            if (joinCutRow(prev, b.table, repeatedHeaderRows(o.parts[0]!, b.table), { titled: o.pending.some((p) => p.kind === 'para') })) {
              note('info', 'pdf-cell-joined-across-pages', 'A row cut by the page break was joined back into the row above it.', {
                table: tableNo + 1,
                page: b.table.page,
              });
            }
            o.parts.push(b.table);
            // The `续表` title between the parts marks the continuation, as in the other formats: dropped, said.
            for (const p of o.pending) {
              if (p.kind !== 'para') continue;
              note('info', 'continuation-title-skipped', `The line "${p.text.slice(0, 40)}" marks a table continued after a page break and was dropped.`, {
                table: tableNo + 1,
                page: p.page,
              });
            }
            o.pending = [];
          } else {
            close();
            open = { parts: [b.table], pending: [] };
          }
          // Only a table that ends its page may continue.
          if (bi !== blocks.length - 1) close();
        } else if (open && isContinuationTitle(b.text) && blocks.slice(0, bi).every((x) => x.kind === 'para' && isContinuationTitle(x.text))) {
          // A `续表` title at the top of the next page: keep it, after the stitched table.
          (open as { pending: PageBlock[] }).pending.push(b);
        } else {
          close();
          out.push({ kind: 'paragraph', text: b.text, page: b.page });
        }
      });
    });
    close();
    return { value: { documentId: ctx.documentId, file: ctx.file, format: 'pdf', blocks: out, pages: doc.numPages }, diagnostics };
  } catch {
    return fail(ctx, 'pdf-corrupt', 'The PDF is damaged: a page could not be read.');
  } finally {
    void doc.destroy();
  }
}

export const parsePdf: Parser = async (bytes, ctx) => {
  try {
    return await parse(bytes, ctx);
  } catch {
    return fail(ctx, 'pdf-corrupt', 'The PDF could not be read.');
  }
};
