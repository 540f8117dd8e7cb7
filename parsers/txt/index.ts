// Plain-text parser: the tab-cell text that Word → text extractions produce.
//
// Layout of that text (see ../shared/seeds): a cell starts with a TAB at the start of
// a line; further lines without a TAB continue the cell (paragraphs inside it, and
// empty paragraphs that Word uses for vertical centring show up as blank lines);
// a row ends with a blank line; text outside tables is paragraphs. Lines holding
// several TABs (`a\tb\tc`) are one row each (TSV style, as markdown exports write
// form tables). Light markdown/HTML markup (`# `, `**`, `<b>`, checkboxes) is
// unwrapped here because it is a property of the format, not of the content.
//
// The blank line is ambiguous (row end, or an empty paragraph inside a cell), so
// rows are rebuilt against the table's column count; see segmentRows.
import { createHash } from 'node:crypto';
import type { Block, Diagnostic, Parser, SourceCell, SourceRow, SourceTable } from '../../pipeline/model.ts';
import { cell, diag } from '../../pipeline/model.ts';
import { decodeText } from './decode.ts';
import { looksLikeBoxTable, readBoxText } from './box-drawing.ts';
import { readCsvText } from './csv.ts';
import { looksLikeLayoutText, readLayoutText } from './layout-text.ts';

type Line =
  | { k: 'cell'; text: string; n: number }
  | { k: 'text'; text: string; n: number }
  | { k: 'blank'; n: number }
  | { k: 'tsv'; cells: string[]; n: number };

/** Unwraps markdown/HTML inline markup; checkboxes become ☑/☐ so a form's choice survives. */
export function unwrapMarkup(s: string): string {
  // Every rule below needs one of these characters; most cells hold none (nine regex passes saved).
  if (!/[<*&]/.test(s)) return s;
  return s
    .replace(/<input\b[^>]*\bchecked\b[^>]*>/gi, '☑')
    .replace(/<input\b[^>]*type=["']?checkbox["']?[^>]*>/gi, '☐')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][a-z0-9]*\b[^>]*>/gi, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Paragraph-level markdown: headings, list bullets, rules, and extractor bookmarks. */
function cleanParagraph(s: string): string {
  let t = unwrapMarkup(s)
    .replace(/\[bookmark: [^\]]*\]/g, '')
    .trim();
  t = t.replace(/^#{1,6}\s+/, '').replace(/^[-*+]\s+/, '');
  if (/^(-{3,}|\*{3,}|_{3,})$/.test(t)) return '';
  return t.trim();
}

function classify(raw: string, n: number): Line {
  // Spaces before a cell's TAB are extraction noise (` \t19.2 …`).
  const line = raw.replace(/\r$/, '').replace(/^ +(?=\t)/, '');
  if (line.trim() === '' && !line.startsWith('\t')) return { k: 'blank', n };
  if (/^\t[ \t]*$/.test(line) && (line.match(/\t/g) ?? []).length === 1) return { k: 'cell', text: '', n };
  // Markdown pipe tables: `| a | b |` rows; the `|---|---|` rule under the header carries no cells.
  if (/^\s*\|.*\|\s*$/.test(line) && (line.match(/\|/g) ?? []).length >= 3) {
    const inner = line.trim().slice(1, -1);
    if (/^[\s|:-]+$/.test(inner) && inner.includes('-')) return { k: 'tsv', cells: [], n };
    return { k: 'tsv', cells: inner.split(/(?<!\\)\|/).map((f) => unwrapMarkup(f.replace(/\\\|/g, '|').trim())), n };
  }
  const tabs = (line.match(/\t/g) ?? []).length;
  const inner = line.indexOf('\t', 1);
  if (tabs >= 2 && inner > 0 && line.slice(line.startsWith('\t') ? 1 : 0).includes('\t')) {
    // TSV row: the first field may be empty (a vertically merged cell).
    const body = line.startsWith('\t') ? line.slice(1) : line;
    const fields = body.split('\t').map((f) => unwrapMarkup(f));
    if (line.startsWith('\t')) fields.unshift('');
    while (fields.length > 1 && fields[fields.length - 1]!.trim() === '') fields.pop();
    return { k: 'tsv', cells: fields, n };
  }
  if (line.startsWith('\t')) return { k: 'cell', text: unwrapMarkup(line.slice(1)), n };
  if (tabs === 1 && inner > 0) {
    const [a, b] = line.split('\t');
    return { k: 'tsv', cells: [unwrapMarkup(a!), unwrapMarkup(b!)], n };
  }
  return { k: 'text', text: line, n };
}

/** Document-structure lines that never continue a cell: table captions, continuation titles, notes, attachments. */
const CAPTION = /^(续表|附件|附表|注[：:]|表\s*[A-Z]?\d)/;

interface RawCell {
  lines: string[];
}

/** A candidate row: cells plus whether it was opened after a blank line. */
interface Seg {
  cells: RawCell[];
  startLine: number;
  /** The tail of a glued pair: the first row of a new table. */
  newTable?: boolean;
  /** An indented line that stood between the two glued rows (a centred table title). */
  caption?: string;
}

/**
 * Splits a run of tab-cell lines into rows. A blank line before a cell is a row end
 * only when the row already has the table's column count, or when joining the next
 * candidate row would overflow it (a row with merged columns is legitimately short).
 */
function segmentRows(segs: Seg[], widthAt: (line: number) => number): { rows: RawCell[][]; caption?: string }[] {
  const tables: { rows: RawCell[][]; caption?: string }[] = [{ rows: [] }];
  let cur: RawCell[] | null = null;
  let curWidth = 0;
  segs = splitGluedSegs(segs, widthAt);
  for (const seg of segs) {
    const n = widthAt(seg.startLine);
    const startsWithSeq = /^\d{1,3}$/.test(seg.cells[0]!.lines.join('').normalize('NFKC').trim());
    const curStartsWithSeq = cur !== null && /^\d{1,3}$/.test(cur[0]!.lines.join('').normalize('NFKC').trim());
    if (cur && !seg.newTable && cur.length < n && cur.length + seg.cells.length <= n && !(startsWithSeq && curStartsWithSeq)) {
      // The blank line(s) were empty paragraphs inside the last cell.
      cur.push(...seg.cells);
      continue;
    }
    if (cur) tables[tables.length - 1]!.rows.push(cur);
    // A run of rows with another column count is another table written right after.
    if (cur && (seg.newTable || (n !== curWidth && seg.cells.length === n && Math.abs(n - curWidth) >= 3))) tables.push({ rows: [], caption: seg.caption });
    cur = [...seg.cells];
    curWidth = seg.newTable ? seg.cells.length : n;
  }
  if (cur) tables[tables.length - 1]!.rows.push(cur);
  return tables.filter((t) => t.rows.length > 0);
}

/**
 * A candidate row longer than the table is two rows written without a blank line
 * between (the last row of one table and the header of the next): split it so the
 * tail has the width of the rows that follow.
 */
function splitGluedSegs(segs: Seg[], widthAt: (line: number) => number): Seg[] {
  const out: Seg[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const n = widthAt(seg.startLine);
    const next = segs[i + 1];
    const m = next ? widthAt(next.startLine) : n;
    const len = seg.cells.length;
    if (next && len > Math.max(n, m) && m !== n && len - m >= 1 && next.cells.length === m) {
      const head = seg.cells.slice(0, len - m);
      // A centred (indented) last line of the head is the next table's title, not cell text.
      const last = head[head.length - 1]!.lines;
      let caption: string | undefined;
      if (last.length > 1 && /^ {2,}\S/.test(last[last.length - 1]!)) caption = last.pop()!.trim();
      out.push({ cells: head, startLine: seg.startLine });
      out.push({ cells: seg.cells.slice(len - m), startLine: next.startLine - 1, newTable: true, caption });
    } else out.push(seg);
  }
  return out;
}

/**
 * The column count around a line: the most common cell count of the tentative rows
 * (every blank line before a cell taken as a row end) within a window of rows.
 */
function localWidth(lines: Line[]): (line: number) => number {
  const starts: number[] = [];
  const counts: number[] = [];
  let blanks = 0;
  for (const l of lines) {
    if (l.k === 'blank') blanks++;
    else if (l.k === 'cell') {
      if (!starts.length || blanks > 0) {
        starts.push(l.n);
        counts.push(1);
      } else counts[counts.length - 1]!++;
      blanks = 0;
    } else if (l.k === 'tsv') blanks = 1;
    else if (blanks > 0 && l.k === 'text') blanks = blanks; // text keeps the pending blank
  }
  const W = 12;
  const cache = new Map<number, number>();
  return (line: number) => {
    // index of the last tentative row starting at or before the line
    let lo = 0;
    let hi = starts.length - 1;
    let idx = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= line) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const hit = cache.get(idx);
    if (hit !== undefined) return hit;
    const w = modeAtLeast2(counts.slice(Math.max(0, idx - W), idx + W + 1));
    cache.set(idx, w);
    return w;
  };
}

function modeAtLeast2(counts: number[]): number {
  const freq = new Map<number, number>();
  for (const c of counts) if (c >= 2) freq.set(c, (freq.get(c) ?? 0) + 1);
  let best = 0;
  let bestF = 0;
  for (const [c, f] of [...freq.entries()].sort((a, b) => a[0] - b[0])) {
    if (f > bestF || (f === bestF && c > best)) {
      best = c;
      bestF = f;
    }
  }
  return best || Math.max(1, ...counts);
}

function toSourceRows(rows: RawCell[][]): SourceRow[] {
  return rows.map((cells) => ({
    cells: cells.map((c): SourceCell => cell(trimBlankEdges(c.lines))),
    header: false,
    pageBreakBefore: false,
  }));
}

function trimBlankEdges(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a]!.trim() === '') a++;
  while (b > a && lines[b - 1]!.trim() === '') b--;
  return lines.slice(a, b);
}

/** Reads tab-cell text into blocks. Exported for tests. */
export function readTabCellText(text: string): Block[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((l, i) => classify(l, i + 1));
  // A file whose very first line starts with a space instead of a TAB (extractors
  // trim the leading TAB of the file) and whose next content is a table: restore it.
  if (lines[0]?.k === 'text' && /^ [^ ]/.test(lines[0].text)) {
    const firstTab = lines.findIndex((l) => l.k === 'cell');
    const between = lines.slice(1, firstTab < 0 ? 1 : firstTab);
    const textLines = between.filter((l) => l.k === 'text').length;
    const tsvBetween = between.some((l) => l.k === 'tsv');
    if (firstTab > 0 && !tsvBetween && textLines <= 2) lines[0] = { k: 'cell', text: lines[0].text.trim(), n: 1 };
  }

  const widthAt = localWidth(lines);
  const blocks: Block[] = [];
  let segs: Seg[] = [];
  let tsvRows: string[][] = [];

  const flushTable = () => {
    if (segs.length) {
      for (const { rows, caption } of segmentRows(segs, widthAt)) {
        if (caption) paragraph(caption);
        blocks.push({ kind: 'table', rows: toSourceRows(rows), pages: [], mode: 'text' } satisfies SourceTable);
      }
      segs = [];
    }
  };
  const flushTsv = () => {
    if (tsvRows.length) {
      const width = Math.max(...tsvRows.map((r) => r.length));
      blocks.push({
        kind: 'table',
        mode: 'text',
        pages: [],
        rows: tsvRows.map((r) => ({
          cells: [...r, ...Array(width - r.length).fill('')].map((t) => cell(t.trim() ? [t] : [])),
          header: false,
          pageBreakBefore: false,
        })),
      });
      tsvRows = [];
    }
  };
  const paragraph = (t: string) => {
    const p = cleanParagraph(t);
    if (p) blocks.push({ kind: 'paragraph', text: p, page: null });
  };

  let i = 0;
  let blanks = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    if (l.k === 'tsv') {
      flushTable();
      if (l.cells.length) tsvRows.push(l.cells);
      blanks = 0;
      i++;
      continue;
    }
    if (tsvRows.length && l.k !== 'blank') flushTsv();
    if (l.k === 'blank') {
      blanks++;
      i++;
      continue;
    }
    if (l.k === 'cell') {
      const seg = segs[segs.length - 1];
      if (!seg || blanks > 0) segs.push({ cells: [{ lines: [l.text] }], startLine: l.n });
      else seg.cells.push({ lines: [l.text] });
      blanks = 0;
      i++;
      continue;
    }
    // A text line.
    const seg = segs[segs.length - 1];
    if (!seg) {
      paragraph(l.text);
      blanks = 0;
      i++;
      continue;
    }
    const lastCell = seg.cells[seg.cells.length - 1]!;
    if (blanks === 0) {
      lastCell.lines.push(l.text);
      i++;
      continue;
    }
    // Text after a blank line inside a table: an empty paragraph inside the current
    // cell, or text after the table. Gather the block up to the next cell line.
    let j = i;
    const block: Line[] = [];
    while (j < lines.length && lines[j]!.k !== 'cell' && lines[j]!.k !== 'tsv') block.push(lines[j++]!);
    const textLines = block.filter((b) => b.k === 'text') as Extract<Line, { k: 'text' }>[];
    const nextIsCell = j < lines.length && lines[j]!.k === 'cell';
    const endsWithBlank = block[block.length - 1]?.k === 'blank';
    const width = widthAt(l.n);
    const rowLen = currentRowLength(segs, widthAt);
    const looksLikeCaption = textLines.some((t) => CAPTION.test(t.text.trim()));
    const continuesCell =
      nextIsCell &&
      !looksLikeCaption &&
      (rowLen < width ||
        // one more paragraph of the last cell, written after an empty paragraph
        // more short paragraphs of the last cell (a list of units), written after an empty paragraph
        (endsWithBlank && textLines.every((t) => t.text.trim().length <= 40)));
    if (continuesCell) {
      for (let k = 0; k < blanks; k++) lastCell.lines.push('');
      for (const b of block) lastCell.lines.push(b.k === 'text' ? b.text : '');
      // Keep the blank that ends the block: it decides the next row break.
      blanks = endsWithBlank ? 1 : 0;
      i = j;
      continue;
    }
    flushTable();
    for (const t of textLines) paragraph(t.text);
    blanks = 0;
    i = j;
  }
  flushTable();
  flushTsv();
  return blocks;
}

/** Cells in the row being built, after the same merging segmentRows will do. */
function currentRowLength(segs: Seg[], widthAt: (line: number) => number): number {
  let len = 0;
  for (const s of segs) {
    const width = widthAt(s.startLine);
    if (len && len < width && len + s.cells.length <= width) len += s.cells.length;
    else len = s.cells.length;
  }
  return len;
}

export const parseTxt: Parser = async (bytes, ctx) => {
  const decoded = decodeText(bytes, ctx.documentId);
  if (decoded.value === null) return { value: null, diagnostics: decoded.diagnostics };
  const text = decoded.value.replace(/\r\n?/g, '\n');
  const read = /\.csv$/i.test(ctx.file) ? await readCsvText(text, ctx.documentId) : readText(text, ctx.documentId);
  return {
    value: { documentId: ctx.documentId, file: ctx.file, format: 'txt', blocks: read.blocks, pages: null },
    diagnostics: [...decoded.diagnostics, ...read.diagnostics],
  };
};

/**
 * Chooses the reader for a text: drawn grids (box-drawing or ASCII `+---+`) when the text has
 * one and no tab-cell line, space-aligned columns (pdftotext -layout) when it has them and no
 * TAB at all, else the tab-cell reader (tab-cell text, TSV rows, markdown pipe tables), which
 * reads everything else as paragraphs.
 */
export function readText(text: string, documentId: string | null = null): { blocks: Block[]; diagnostics: Diagnostic[] } {
  const t = text.replace(/^\uFEFF/, '');
  // Tab-cell text is read as it always was, whatever else the file holds.
  if (!/^[ ]*\t/m.test(t) && looksLikeBoxTable(t)) return readBoxText(t, documentId);
  if (looksLikeLayoutText(t)) return readLayoutText(t, documentId);
  return { blocks: readTabCellText(text), diagnostics: [] };
}

export function documentIdOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

export { diag };
