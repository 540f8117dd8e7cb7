// Space-aligned text (`pdftotext -layout`, fixed-width exports): columns aligned with
// runs of spaces, a cell's wrapped text on the following lines in the same column
// positions, rows often without a blank line between them, pages separated by form
// feeds with the table header printed again on each page.
//
// How it is read, per page:
//  - table regions: runs of lines holding at least two chunks separated by two or more
//    spaces (single-chunk lines inside or right after such a run are wrapped cell text
//    when they sit inside a column; captions such as 续表/附件/注： end a region);
//  - columns: positions that some line covers with a non-space character; a gutter is a
//    position (almost) no line covers. pdftotext counts one position per character, so
//    positions are compared as code points; widths are measured in display units (an
//    ideograph or full-width mark is 2, other characters 1) to tell wrapped text apart;
//  - rows: a line opens a new row when a column whose cell already ended (its last line
//    would have had room for the next line's first character: a hard break, not a wrap)
//    gets text again, or when the first column holds a sequence number; cells are top
//    aligned (Word's default), a column empty in the row so far is filled from below;
//  - the header: the lines before the first row; a column that gets text only on a later
//    header line under a spanning title makes a second header row (spans set);
//  - pages: a table continuing on the next page (same column count) continues the row
//    stream; the header lines printed again at the top are dropped (diagnostic), and a row
//    cut by the page break joins back by the same wrapped-text rule.
// Wrapped lines of a cell are joined into one line (ideographs without a space, words with
// one), hard breaks kept as lines; the later stages see paragraphs as from a Word cell.
import type { Block, Diagnostic, SourceCell, SourceRow, SourceTable } from '../../pipeline/model.ts';
import { cell, diag } from '../../pipeline/model.ts';

/** Display width of a character: ideographs, CJK punctuation and full-width forms take two. */
export function charWidth(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c >= 0x20000 ||
    // quotes, dashes, ellipsis and ‰ print full width in Chinese fonts
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2014 ||
    c === 0x2015 ||
    c === 0x2026 ||
    c === 0x2030 ||
    c === 0x00b7 ||
    (c >= 0x2460 && c <= 0x24ff) ||
    (c >= 0x2500 && c <= 0x257f) ||
    (c >= 0x25a0 && c <= 0x26ff)
  )
    return 2;
  return 1;
}

const IDEO = '\\u2e80-\\u9fff\\uff00-\\uffef\\u3000-\\u303f\\u2018-\\u201f';
const AUTOSPACE = new RegExp(`(?<=[${IDEO}]) +(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%‰.]) +(?=[${IDEO}])`, 'g');
const AUTOSPACE_WIDTH = 0.25;
const CJK_SPACE = new RegExp(`(?<=[${IDEO}]) +| +(?=[${IDEO}])`, 'g');

/**
 * Printed width of a line in half-ideograph units. A space where ideographs meet Latin letters
 * or digits is the printer's autospace (a quarter em: half a unit); a space printed between
 * ideographs or beside CJK punctuation is pdftotext's, not the page's.
 */
export function textWidth(s: string): number {
  const auto = s.match(AUTOSPACE)?.length ?? 0;
  s = s.replace(AUTOSPACE, '').replace(CJK_SPACE, '');
  let w = auto * AUTOSPACE_WIDTH;
  for (const ch of s) w += charWidth(ch);
  return w;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2018-\u201f\u2026\u2014\u3000-\u303f]/;
/** Marks that may not start a line (kinsoku): they travel with the character before them. */
const NO_START = /^[”’）)》」』】〕，。、；：！？%‰…·.,;:!?\]]/;
/** Document-structure lines that end a table region. */
const CAPTION = /^(续表|附件|附表|注[：:]|说明[：:]|表\s*[A-Z]?\d)/;

/** A run of non-space characters (words separated by single spaces kept apart). */
interface Word {
  start: number;
  end: number; // exclusive, code points
  text: string;
}

interface PLine {
  /** 1-based line number in the file. */
  n: number;
  page: number;
  raw: string[];
  words: Word[];
  /** Chunks separated by two or more spaces. */
  chunks: number;
}

function splitWords(chars: string[]): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < chars.length) {
    if (chars[i] === ' ') {
      i++;
      continue;
    }
    const s = i;
    while (i < chars.length && chars[i] !== ' ') i++;
    out.push({ start: s, end: i, text: chars.slice(s, i).join('') });
  }
  return out;
}

function toLine(text: string, n: number, page: number): PLine {
  const raw = [...text.replace(/\t/g, '    ').replace(/\u3000/g, '  ').replace(/\s+$/, '')];
  const words = splitWords(raw);
  let chunks = words.length ? 1 : 0;
  for (let k = 1; k < words.length; k++) if (words[k]!.start - words[k - 1]!.end >= 2) chunks++;
  return { n, page, raw, words, chunks };
}

/** True when the text has space-aligned tables: several lines of two or more space-separated chunks in runs. */
export function looksLikeLayoutText(text: string): boolean {
  const lines = text.split('\n');
  let multi = 0;
  let run = 0;
  let bestRun = 0;
  for (const l of lines) {
    if (/\t/.test(l) || /^\s*\|.*\|\s*$/.test(l)) return false;
    const line = toLine(l.replace(/\f/g, ''), 0, 0);
    if (line.chunks >= 2) {
      multi++;
      run++;
      bestRun = Math.max(bestRun, run);
    } else if (line.words.length === 0) continue;
    else if (line.words[0]!.start === 0 && textWidth(line.words.map((w) => w.text).join(' ')) > 40) run = 0;
  }
  return multi >= 3 && bestRun >= 3;
}

interface Region {
  lines: PLine[];
  /** Column intervals [start, end) in code points. */
  cols: [number, number][];
  page: number;
}

/** Column intervals of a region: runs of positions that enough lines cover. */
function columnsOf(lines: PLine[]): [number, number][] {
  const width = Math.max(...lines.map((l) => l.raw.length));
  const cov = new Array<number>(width + 1).fill(0);
  // a flush-left line of one chunk (a section row across the table, or a first-column line) says nothing of the gutters
  // The header line's titles are centred and may bridge a gutter: they count only in a small table.
  const head = lines.length >= 6 && lines[0]!.chunks >= 2 ? lines[0]! : null;
  for (const l of lines) if (l !== head && !(l.chunks === 1 && l.words[0]!.start <= 1)) for (const w of l.words) for (let p = w.start; p < w.end; p++) cov[p]!++;
  const t = Math.floor(lines.length * 0.1);
  const cols: [number, number][] = [];
  let s = -1;
  for (let p = 0; p <= width; p++) {
    if (cov[p]! > t) {
      if (s < 0) s = p;
    } else if (s >= 0) {
      cols.push([s, p]);
      s = -1;
    }
  }
  // A gutter is a gap some line prints: two spaces or more there with text on both sides. A
  // single space all lines happen to share (`2023 年 6 月` over `2023 年底`) is no gutter.
  for (let k = cols.length - 1; k > 0; k--) {
    const a = cols[k - 1]![1];
    const b = cols[k]![0];
    const [s1] = cols[k - 1]!;
    const [, e2] = cols[k]!;
    const printed = lines.some((l) => {
      // the last word in the left column and the first after it in the right one
      let wa: Word | undefined;
      for (const w of l.words) if (w.start < a && w.end > s1) wa = w;
      const wb = wa && l.words.find((w) => w.start >= wa!.end && w.start < e2 && w.end > b);
      if (!wa || !wb) return false;
      const gap = wb.start - wa.end;
      return gap >= 2 || (gap === 1 && /[\u4e00-\u9fff]/.test(wa.text.slice(-1)) && /[\u4e00-\u9fff]/.test(wb.text[0]!));
    });
    if (!printed) cols.splice(k - 1, 2, [cols[k - 1]![0], cols[k]![1]]);
  }
  // A header title over no column found (a column empty on this page, such as a merged 指标项) still makes one.
  if (head) {
    for (const ch of chunksOf(head)) {
      if (cols.some(([a, b]) => ch[0] < b && ch[1] > a)) continue;
      cols.push(ch);
      cols.sort((x, y) => x[0] - y[0]);
    }
  }
  // Words in the zone after the last column (a sparse last column such as 备注) make a column.
  const last = cols[cols.length - 1]?.[1] ?? 0;
  const after = lines.flatMap((l) => l.words.filter((w, k) => w.start >= last && (k === 0 || w.start - l.words[k - 1]!.end >= 2)));
  if (after.length) cols.push([Math.min(...after.map((w) => w.start)), width + 1]);
  return cols;
}

/** The [start, end) spans of a line's chunks (words two or more spaces apart). */
function chunksOf(l: PLine): [number, number][] {
  const out: [number, number][] = [];
  for (const w of l.words) {
    const last = out[out.length - 1];
    if (last && w.start - last[1] < 2) last[1] = w.end;
    else out.push([w.start, w.end]);
  }
  return out;
}

/** Column index of each word: by its start; a word in a gutter belongs to the column on its right. */
function cellsOf(line: PLine, cols: [number, number][], ends: number[], caps?: number[]): string[][] {
  const out: string[][] = cols.map(() => []);
  let prevCol = -1;
  let prevEnd = -10;
  for (let k = 0; k < line.words.length; k++) {
    const w = line.words[k]!;
    let c = cols.findIndex(([s, e]) => w.start >= s && w.start < e);
    const glued = prevCol >= 0 && w.start - prevEnd <= 1;
    if (c < 0) {
      // in a gutter: with the word it is printed one space after (`5-51 名`), else the next column's
      // (a sequence number is a cell by itself: `1 实施质量提升` in a narrow 序号 column)
      // (one space between two ideographs is a gap pdftotext printed, not a space in the text: `序 重点任务`)
      const prevText = out[prevCol]?.[out[prevCol]!.length - 1] ?? '';
      const ideoGap = /[\u4e00-\u9fff]$/.test(prevText) && /^[\u4e00-\u9fff]/.test(w.text);
      if (glued && !ideoGap && !(out[prevCol]!.length === 1 && SEQ.test(out[prevCol]![0]!))) c = prevCol;
      else {
        c = cols.findIndex(([s]) => s > w.start);
        if (c < 0) c = cols.length - 1;
      }
    } else if (
      c < cols.length - 1 &&
      w.start >= ends[c]! &&
      w.start - cols[c]![0] >= 3 &&
      // after text of the column on the same line, only when that text fills the column
      !(caps && glued && prevCol === c && out[c]!.length && textWidth(out[c]![out[c]!.length - 1]!) < caps[c]! - 2)
    ) {
      // A word starting where the column's full lines end is the next column's: a centred
      // figure printed one space after a full line (`…创建示范 0`), a centred title (`指标情况`).
      c++;
    }
    if (c < prevCol) c = prevCol;
    // A second chunk (two spaces or more after the first) in one column, with the next column
    // empty on this line and the following word not in it, is that column's: a title pdftotext
    // pushed left (`考核评分方法     重点任务分解` over 考核评分方法 | 重点任务分解).
    const next = line.words[k + 1];
    if (c === prevCol && w.start - prevEnd >= 2 && c + 1 < cols.length && !out[c + 1]!.length && !(next && next.start >= cols[c + 1]![0] && next.start < cols[c + 1]![1])) c++;
    const cellWords = out[c]!;
    if (cellWords.length && prevCol === c) {
      // keep the single space pdftotext printed between runs (normalization drops it next to ideographs)
      cellWords[cellWords.length - 1] += (w.start - prevEnd >= 1 ? ' ' : '') + w.text;
    } else cellWords.push(w.text);
    prevCol = c;
    prevEnd = w.end;
  }
  return out;
}

/** Where each column's full lines end: the most common end of the text starting in the column. */
function fullEnds(lines: PLine[], cols: [number, number][]): number[] {
  return cols.map(([s, e], c) => {
    const freq = new Map<number, number>();
    for (const l of lines) {
      const inCol = l.words.filter((w) => w.start >= s && w.start < e);
      if (!inCol.length) continue;
      // the end of the run of words (single spaces apart) that starts the column's text
      let end = inCol[0]!.end;
      for (const w of l.words) if (w.start > inCol[0]!.start && w.start - end <= 1) end = w.end;
      freq.set(end, (freq.get(end) ?? 0) + 1);
    }
    let best = cols[c + 1]?.[0] ?? Infinity;
    let bestF = 2;
    for (const [end, f] of freq) if (f > bestF || (f === bestF && end > best)) [best, bestF] = [end, f];
    return Math.max(best, s + 1);
  });
}

/** Splits pages into paragraphs and table regions. */
function regionsOf(pages: PLine[][]): (Region | PLine)[] {
  const out: (Region | PLine)[] = [];
  for (const lines of pages) {
    let i = 0;
    while (i < lines.length) {
      const l = lines[i]!;
      if (l.chunks < 2) {
        // Indented lines right before a table's lines (at the top of a page): the rest of a row cut by the page break.
        let k = i;
        while (k < lines.length && lines[k]!.chunks === 1 && lines[k]!.words[0]!.start >= 2) k++;
        if (!(k > i && k < lines.length && lines[k]!.chunks >= 2 && out.every((o) => 'cols' in o || o.page !== l.page || o.words.length === 0 || isFurniture(o.words.map((w) => w.text).join(''))))) {
          out.push(l);
          i++;
          continue;
        }
      }
      // A run of tabular lines, single-chunk lines inside it allowed when short.
      let j = i;
      let lastMulti = i;
      while (j < lines.length) {
        const m = lines[j]!;
        if (m.words.length === 0) {
          j++;
          continue;
        }
        const text = m.words.map((w) => w.text).join(' ');
        if (m.chunks < 2 && CAPTION.test(text)) break;
        if (m.chunks >= 2) lastMulti = j;
        else if (m.words[0]!.start === 0 && textWidth(text) > 24) break;
        j++;
      }
      let region = lines.slice(i, lastMulti + 1).filter((x) => x.words.length > 0);
      if (region.filter((x) => x.chunks >= 2).length < 2) {
        out.push(l);
        i++;
        continue;
      }
      // Indented single-chunk lines right after the last tabular line: wrapped text of the last row.
      let k = lastMulti + 1;
      while (k < lines.length && lines[k]!.words.length > 0 && lines[k]!.chunks === 1 && lines[k]!.words[0]!.start >= 2 && k < j) region.push(lines[k++]!);
      if (region.filter((x) => x.chunks >= 2).length < 2) {
        out.push(l);
        i++;
        continue;
      }
      // A header line printed with single spaces between its titles (not told apart from prose
      // by its gaps) right above the table belongs to it when its words fall in different columns.
      let cols = columnsOf(region);
      const before = out[out.length - 1];
      if (before && !('cols' in before) && before.page === l.page && before.words.length >= 2 && !CAPTION.test(before.words[0]!.text)) {
        const at = before.words.map((w) => cols.findIndex(([s, e]) => w.start >= s - 1 && w.start < e));
        if (at.every((c) => c >= 0) && new Set(at).size === at.length && at.length >= Math.min(3, cols.length - 1)) {
          out.pop();
          region = [before, ...region];
          cols = columnsOf(region);
        }
      }
      out.push({ lines: region, cols, page: l.page });
      i = k;
      region = [];
    }
  }
  return out;
}

type LCells = string[][];

/** The first unit that could not have been pulled up to the line above: one character with the marks that travel with it, or a Latin word. */
function firstUnitWidth(s: string): number {
  // a Latin word, or one character, with the marks that may not start a line after it (`30%。`)
  const latin = s.match(/^[A-Za-z0-9.%‰\-+/]+/);
  if (latin) {
    let w = textWidth(latin[0]);
    for (const ch of [...s.slice(latin[0].length)]) {
      if (!NO_START.test(ch)) break;
      w += charWidth(ch);
    }
    return w;
  }
  const chars = [...s];
  let w = charWidth(chars[0]!);
  // an opening mark may not end a line: it travels with the character after it
  if (/[“‘（(《〔【「『]/.test(chars[0]!) && chars.length > 1) w += charWidth(chars[1]!);
  for (let k = 1; k < chars.length && NO_START.test(chars[k]!); k++) w += charWidth(chars[k]!);
  return w;
}

/** The joined text of a printed cell: wrapped lines joined, hard breaks kept. */
function joinWrapped(printed: string[], cap: number): string[] {
  const out: string[] = [];
  let prev = '';
  for (const p of printed) {
    if (out.length && isWrap(prev, p, cap)) {
      const last = out[out.length - 1]!;
      const glue = CJK.test(last.slice(-1)) || CJK.test(p[0]!) ? '' : ' ';
      out[out.length - 1] = last + glue + p;
    } else out.push(p);
    prev = p;
  }
  return out;
}

const WRAP_SLACK = -1;
/** The next printed line `next` continues `prev` (the printer wrapped it) rather than starting a paragraph. */
function isWrap(prev: string, next: string, cap: number): boolean {
  // a figure is not wrapped onto another figure (`3` over `29` in a 分值 column)
  if (/^[\d.]+%?$/.test(prev) && /^\d/.test(next)) return false;
  return textWidth(prev) + firstUnitWidth(next) > cap + WRAP_SLACK;
}

const SEQ = /^(\d{1,3}|[一二三四五六七八九十]{1,3}、?|[（(][一二三四五六七八九十\d]{1,3}[)）])$/;

interface Table {
  cols: number;
  lines: { cells: LCells; n: number; page: number }[];
  caps: number[];
}

const isSeqLine = (l: LCells) => l.length > 0 && SEQ.test(l[0]!.join(' ').trim());

/** Rows of lines: a row is opened by a hard break in a column that gets text again, or by a sequence number. */
/** Lines printed across the columns (a section row such as `一、质量宏观管理（23分）`), and the rows they make. */
const SPAN = new WeakSet<LCells>();
/** Lines printed first on a page after the table's header printed again, and the rows they open. */
const PAGE_START = new WeakSet<LCells>();

/**
 * Rows of the body lines. When nearly every row so found starts with its sequence number,
 * only a sequence number opens a row: a paragraph break inside a cell (`…32%。` / `2、林业…`)
 * then stays in its cell.
 */
function segment(t: Table, lines: LCells[]): LCells[] {
  const rows = segmentBy(t, lines, false);
  const numbered = rows.filter((r) => SEQ.test(r[0]!.join(' ').trim()) || SPAN.has(r)).length;
  if (rows.length >= 3 && numbered >= rows.length * 0.9 && isSeqLine(lines[0] ?? [])) return segmentBy(t, lines, true);
  return rows;
}

function segmentBy(t: Table, lines: LCells[], seqOnly: boolean): LCells[] {
  const rows: LCells[] = [];
  let cur: LCells | null = null;
  const seqRows = t.lines.filter((l) => isSeqLine(l.cells)).length;
  for (const l of lines) {
    if (SPAN.has(l)) {
      if (cur) rows.push(cur);
      rows.push(l);
      cur = null;
      continue;
    }
    if (!cur || (seqOnly ? isSeqLine(l) : opensRow(t, cur, l, seqRows))) {
      if (cur) rows.push(cur);
      cur = l.map((c) => [...c]);
      if (PAGE_START.has(l)) PAGE_START.add(cur);
    } else for (let c = 0; c < t.cols; c++) cur[c]!.push(...l[c]!);
  }
  if (cur) rows.push(cur);
  return rows;
}

function opensRow(t: Table, cur: LCells, l: LCells, seqRows: number): boolean {
  if (seqRows >= 2 && isSeqLine(l) && cur[0]!.length > 0) return true;
  // A row ends where a column's cell ended (room was left on its last line) and text comes again below it.
  for (let c = 0; c < t.cols; c++) {
    const text = l[c]!;
    const have = cur[c]!;
    if (text.length && have.length && !isWrap(have[have.length - 1]!, text[0]!, t.caps[c]!)) return true;
  }
  return false;
}

/** Lines of the header: those before the first body row (the first sequence number, else the first row break). */
function headerLineCount(t: Table): number {
  const lines = t.lines.map((l) => l.cells);
  const seqRows = lines.filter(isSeqLine).length;
  if (seqRows >= 2) {
    const k = lines.findIndex((l, i) => i > 0 && isSeqLine(l));
    const span = lines.findIndex((l) => SPAN.has(l));
    if (k > 0 && k <= 4) return span >= 0 && span < k ? span : k;
  }
  let cur = lines[0]!.map((c) => [...c]);
  if (SPAN.has(lines[0]!)) return 0;
  for (let k = 1; k < lines.length; k++) {
    if (SPAN.has(lines[k]!) || opensRow(t, cur, lines[k]!, 0)) return k;
    cur = cur.map((c, i) => [...c, ...lines[k]![i]!]);
  }
  return lines.length;
}

const squash = (cells: LCells) => cells.map((c) => c.join('').replace(/\s+/g, '')).join('|');

/** Builds the two header rows when a title spans columns whose own titles are printed below it. */
function headerRows(t: Table, headerLines: number): SourceRow[] | null {
  if (headerLines < 2) return null;
  const lines = t.lines.slice(0, headerLines).map((l) => l.cells);
  // the first header line where a column gets text that no line above had
  let split = -1;
  for (let k = 1; k < lines.length && split < 0; k++) {
    for (let c = 0; c < t.cols; c++) {
      if (lines[k]![c]!.length && lines.slice(0, k).every((l) => !l[c]!.length)) split = k;
    }
  }
  if (split < 0) return null;
  const top = lines.slice(0, split);
  const bottom = lines.slice(split);
  const topText = (c: number) => top.flatMap((l) => l[c]!);
  const botText = (c: number) => bottom.flatMap((l) => l[c]!);
  const row1: SourceCell[] = [];
  const row2: SourceCell[] = [];
  // Columns with a title of their own below only (under a spanning title printed over a
  // neighbour) are grouped with that neighbour: left if it has a title on top, else right.
  const group = Array.from({ length: t.cols }, (_, c) => c);
  for (let c = 0; c < t.cols; c++) {
    if (topText(c).length || !botText(c).length) continue;
    if (c > 0 && topText(c - 1).length && botText(c - 1).length) group[c] = group[c - 1]!;
    else if (c + 1 < t.cols && topText(c + 1).length && botText(c + 1).length) group[c + 1] = c;
  }
  for (let c = 0; c < t.cols; ) {
    let span = 1;
    while (c + span < t.cols && group[c + span] === group[c]) span++;
    if (span > 1) {
      const title = Array.from({ length: span }, (_, k) => topText(c + k)).flat();
      row1.push(cell(joinWrapped(title, t.caps[c]!), 1, span));
      for (let k = 0; k < span; k++) row2.push(cell(joinWrapped(botText(c + k), t.caps[c + k]!)));
    } else row1.push(cell(joinWrapped([...topText(c), ...botText(c)], t.caps[c]!), 2, 1));
    c += span;
  }
  if (!row2.length) return null;
  return [
    { cells: row1, header: true, pageBreakBefore: false },
    { cells: row2, header: true, pageBreakBefore: false },
  ];
}

export interface LayoutResult {
  blocks: Block[];
  diagnostics: Diagnostic[];
}

/** Reads space-aligned text into paragraphs and tables. */
export function readLayoutText(text: string, documentId: string | null = null): LayoutResult {
  const pages: PLine[][] = [];
  let n = 0;
  text.split('\f').forEach((p, pi) => {
    const lines = p.split('\n').map((l) => toLine(l, ++n, pi + 1));
    n--; // the form feed shares the line
    pages.push(lines);
  });
  const items = regionsOf(pages);
  const blocks: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  let open: Table | null = null;
  let openHeader = 0;
  let curHeader = 0;
  let openPage = 0;
  let tableCount = 0;
  let pending: PLine[] = [];
  let cur: Table | null = null;
  let pageStart = false;

  const flush = () => {
    if (!cur) return;
    blocks.push(buildTable(cur, curHeader, diagnostics, documentId, ++tableCount));
    cur = null;
    open = null;
  };
  const paragraph = (l: PLine) => {
    const s = l.words.map((w) => w.text).join(' ').trim();
    if (s) blocks.push({ kind: 'paragraph', text: s, page: null });
  };

  for (const it of items) {
    if (!('cols' in it)) {
      if (it.words.length === 0) continue;
      pending.push(it);
      continue;
    }
    const ends = fullEnds(it.lines, it.cols);
    const caps0 = capsOf(it.lines.map((l) => cellsOf(l, it.cols, ends)), it.cols.length);
    const cells = it.lines.map((l) => {
      let lc = cellsOf(l, it.cols, ends, caps0);
      // one chunk printed across a gutter, the first column's: a row spanning the table
      if (l.chunks === 1 && it.cols.length > 1 && l.words[0]!.start < it.cols[1]![0] && l.words[l.words.length - 1]!.end > it.cols[1]![0] + 1) {
        lc = it.cols.map((_, k) => (k === 0 ? [l.words.map((w) => w.text).join(' ')] : []));
        SPAN.add(lc);
      }
      return { cells: lc, n: l.n, page: l.page };
    });
    const caps = capsOf(cells.map((l) => l.cells), it.cols.length);
    // A region on a new page right after a table on the previous one (only page furniture, a
    // `续表` title and the header printed again between) continues it.
    const lineText = (p: PLine) => p.words.map((w) => w.text).join('');
    const isCont = (p: PLine) => /^续表/.test(p.words[0]?.text ?? '');
    const continued = pending.some(isCont);
    const pre = pending.filter((p) => !isCont(p) && !isFurniture(lineText(p)));
    if (open && cur && (it.page > openPage || continued) && it.cols.length === open.cols) {
      const head = open.lines.slice(0, openHeader).map((l) => l.cells.flat().join('').replace(/\s+/g, ''));
      const seq = [...pre.map(lineText), ...it.lines.map(lineText)].map((t) => t.replace(/\s+/g, ''));
      const repeated = openHeader > 0 && head.every((h, k) => seq[k] === h);
      if (repeated || pre.length === 0) {
        let lines = cells;
        if (repeated) {
          diagnostics.push(diag(documentId, 'info', 'txt-header-repeat-dropped', `The table header printed again on page ${it.page} (line ${(pre[0] ?? it.lines[0]!).n}) was dropped.`, { page: it.page }));
          lines = lines.slice(Math.max(0, openHeader - pre.length));
        }
        for (const p of pending) if (!pre.includes(p)) diagnostics.push(diag(documentId, 'info', 'txt-page-furniture-dropped', `The line "${lineText(p).slice(0, 40)}" between two parts of a table was dropped as page furniture or a continuation title.`, { page: p.page }));
        pending = [];
        // the first body line after a header printed again (in this region or the next) starts a page
        if (repeated) pageStart = true;
        if (pageStart && lines[0]) {
          PAGE_START.add(lines[0].cells);
          pageStart = false;
        }
        open.lines.push(...lines);
        open.caps = capsOf(open.lines.map((l) => l.cells), open.cols);
        openPage = it.page;
        continue;
      }
    }
    flush();
    for (const p of pending) paragraph(p);
    pending = [];
    pageStart = false;
    open = { cols: it.cols.length, lines: cells, caps };
    cur = open;
    openHeader = headerLineCount(open);
    curHeader = openHeader;
    openPage = it.page;
  }
  flush();
  for (const p of pending) paragraph(p);
  return { blocks, diagnostics };
}

/** A column's printable width: the most common width among its wide lines (one odd line does not set it). */
/**
 * A column's printable width: the most common width among its wide lines, wide meaning at
 * least three quarters of the width the widest tenth of its lines reach (a stray wide line,
 * such as a title, does not set it; full lines are the many).
 */
function capsOf(lines: LCells[], cols: number): number[] {
  return Array.from({ length: cols }, (_, c) => {
    const w = lines.flatMap((l) => l[c]!.map(textWidth)).sort((x, y) => y - x);
    if (!w.length) return 2;
    const high = w[Math.floor(w.length * 0.1)]!;
    const freq = new Map<number, number>();
    for (const x of w) if (x >= high * 0.75 && x <= high) freq.set(Math.ceil(x), (freq.get(Math.ceil(x)) ?? 0) + 1);
    let best = Math.ceil(high);
    let bestF = 0;
    for (const [x, f] of freq) if (f > bestF || (f === bestF && x > best)) [best, bestF] = [x, f];
    return Math.max(2, bestF >= 2 ? best : Math.ceil(w[0]!));
  });
}

function isFurniture(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  return t === '' || /^[—\-–]*\d+[—\-–]*$/.test(t) || /^第\d+页(共\d+页)?$/.test(t) || /^\d+\/\d+$/.test(t);
}

/** A line that starts an item of its own (`2．为实施…`, `（三）`, `6.1 举办…`): not the run-on of the text above. */
const ITEM_START = /^([（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,3}(\.\d{1,3})*[．.、\s]|\d{1,3}$)/;

/**
 * Cells merged down over rows: a column's text that runs on from a full line in one row into
 * the next row (the next row opened by another column's hard break) is one merged cell printed
 * beside several rows of the other columns, as a 指标项/指标内容 merged over a 任务分解表's task
 * rows. Returns each row's span per column: 1 a cell of its own, n > 1 a cell merged over n rows,
 * 0 a part of the merged cell above.
 */
const MERGED_EMPTY = 0.2;
const SENTENCE_END = /[。；;！？!?]$/;
function mergedDown(t: Table, body: LCells[]): number[][] {
  const spans = body.map(() => new Array<number>(t.cols).fill(1));
  const plain = body.filter((r) => !SPAN.has(r));
  for (let c = 0; c < t.cols; c++) {
    // only a column of merged cells: one empty in some rows (those its merged cells cover below their text)
    if (plain.filter((r) => !r[c]!.length).length < plain.length * MERGED_EMPTY) continue;
    let top = -1;
    for (let i = 0; i < body.length; i++) {
      const r = body[i]!;
      if (SPAN.has(r) || !r[c]!.length) {
        top = -1;
        continue;
      }
      const above = top >= 0 ? body[i - 1]![c]! : [];
      const first = r[c]![0]!;
      const last = above[above.length - 1] ?? '';
      // the line above is full (a wrap, not a short line the next word happened not to fit)
      // a page break where the header is printed again ends a merged cell (Word prints the part on the next page as a cell of its own)
      // nor after a sentence's end: the next row's text is a sentence of its own (`…（10 分）。` / `召开…`)
      if (above.length && !SENTENCE_END.test(last) && !PAGE_START.has(r) && !isSeqLine(r) && !ITEM_START.test(first) && textWidth(last) >= t.caps[c]! - 2 && isWrap(last, first, t.caps[c]!)) {
        spans[top]![c]!++;
        spans[i]![c] = 0;
      } else top = i;
    }
  }
  return spans;
}

function buildTable(t: Table, headerLines: number, diagnostics: Diagnostic[], documentId: string | null, index: number): SourceTable {
  const out: SourceRow[] = [];
  const head = headerRows(t, headerLines);
  if (head) out.push(...head);
  else if (headerLines > 0) {
    const h = t.lines.slice(0, headerLines).map((l) => l.cells);
    // header titles keep their printed lines (a title's lines are often its paragraphs: `2017年底` / `指标情况`)
    out.push({ cells: Array.from({ length: t.cols }, (_, c) => cell(h.flatMap((l) => l[c]!))), header: false, pageBreakBefore: false });
  }
  const body = segment(t, t.lines.slice(headerLines).map((l) => l.cells));
  const spans = mergedDown(t, body);
  for (let i = 0; i < body.length; i++) {
    const r = body[i]!;
    if (SPAN.has(r)) out.push({ cells: [cell(r.flat(), 1, t.cols)], header: false, pageBreakBefore: false });
    else {
      const cells: SourceCell[] = [];
      for (let k = 0; k < t.cols; k++) {
        const s = spans[i]![k]!;
        if (s === 0) continue;
        const lines = body.slice(i, i + s).flatMap((row) => row[k]!);
        cells.push(cell(joinWrapped(lines, t.caps[k]!), s));
      }
      out.push({ cells, header: false, pageBreakBefore: false });
    }
  }
  diagnostics.push(
    diag(documentId, 'info', 'txt-layout-table', `Table ${index} was read from space-aligned text: ${t.cols} columns found from the gaps between the printed words, rows from where cell text wraps.`, { table: index }),
  );
  return { kind: 'table', rows: out, pages: [], mode: 'text' };
}

