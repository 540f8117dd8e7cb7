// Tables without a full grid of rulings ("stream" tables, and three-line tables
// with horizontal rules only): columns come from the vertical gaps that the
// text of several lines shares; rows come from text lines, or from the bands
// between horizontal rules when the table rules every row.
//
// Conservative on purpose: a block becomes a table only when at least
// MIN_ROWS lines have text in at least 2 columns that line up.
import type { BBox } from '../../pipeline/model.ts';
import type { TextRun } from './extract.ts';
import type { Line } from './lattice.ts';
import { chunks, groupLines, joinRuns, type TextLine } from './lines.ts';
import { flowsPastRows, isCjkText, readsAsProse, type ColumnLine } from './prose.ts';
import { FIGURE, FIGURES, readTypedMarks } from './textmarks.ts';
import type { GridCell, PageTable } from './table.ts';

const MIN_ROWS = 3;
/** A gap wider than this many font sizes separates cells on one line. */
const CELL_GAP = 0.5;
/** Lines further apart than this many line heights end a block. */
const BLOCK_GAP = 2.2;

interface Chunk {
  runs: TextRun[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  text: string;
}

interface Row {
  line: TextLine;
  chunks: Chunk[];
}

function toChunks(l: TextLine): Chunk[] {
  return chunks(l.runs, CELL_GAP).map((rs) => ({
    runs: rs,
    x0: Math.min(...rs.map((r) => r.x0)),
    x1: Math.max(...rs.map((r) => r.x1)),
    y0: Math.min(...rs.map((r) => r.y0)),
    y1: Math.max(...rs.map((r) => r.y1)),
    text: joinRuns(rs),
  }));
}

/** Column separators of a block: x positions that (almost) no multi-cell line covers. */
function separators(rows: readonly Row[], x0: number, x1: number): number[] {
  const multi = rows.filter((r) => r.chunks.length >= 2);
  if (multi.length < MIN_ROWS) return [];
  const w = Math.ceil(x1 - x0) + 2;
  const count = new Array<number>(w).fill(0);
  for (const r of multi) {
    // Figures run together in one string sit across the columns they fill: they show no gaps.
    for (const c of r.chunks.filter((c) => !FIGURES(c.text))) {
      for (let x = Math.floor(c.x0 - x0); x <= Math.ceil(c.x1 - x0); x++) if (x >= 0 && x < w) count[x]!++;
    }
  }
  // A spanning header or an overflowing label may bridge a gap: tolerate a few.
  const tol = Math.floor(multi.length * 0.1);
  const seps: number[] = [];
  let x = 0;
  while (x < w && count[x]! <= tol) x++;
  while (x < w) {
    while (x < w && count[x]! > tol) x++;
    const start = x;
    while (x < w && count[x]! <= tol) x++;
    if (x < w && x - start >= 2) seps.push(x0 + (start + x) / 2);
  }
  // A sparse column (filled only in the header, like a 备注 column) is within the tolerance
  // above, but the gap before it is crossed by no line at all: that gap separates columns too.
  let z = 0;
  while (z < w && count[z] === 0) z++;
  while (z < w) {
    while (z < w && count[z]! > 0) z++;
    const start = z;
    while (z < w && count[z] === 0) z++;
    if (z >= w || z - start < 2) continue;
    let end = z;
    let peak = 0;
    while (end < w && count[end]! > 0) peak = Math.max(peak, count[end++]!);
    const at = x0 + (start + z) / 2;
    if (peak >= 2 && !seps.some((s) => Math.abs(s - at) < (z - start) / 2 + 2)) seps.push(at);
  }
  return seps.sort((a, b) => a - b);
}

/** Column index range a chunk covers, given separators. */
function colRange(c: Chunk, xs: readonly number[]): [number, number] {
  let first = -1;
  let last = -1;
  for (let j = 0; j + 1 < xs.length; j++) {
    const ov = Math.min(c.x1, xs[j + 1]!) - Math.max(c.x0, xs[j]!);
    if (ov > 0.5 || (c.x0 >= xs[j]! && c.x1 <= xs[j + 1]!)) {
      if (first < 0) first = j;
      last = j;
    }
  }
  if (first < 0) {
    const mid = (c.x0 + c.x1) / 2;
    first = last = Math.max(0, xs.findIndex((x, j) => j + 1 < xs.length && mid < xs[j + 1]!));
  }
  return [first, last];
}

/**
 * A column no chunk sits inside holds nothing of its own: it is the strip between the end
 * of a label that overflows into the next column's gap and that gap (two separators where
 * one belongs). Of its two separators the one more chunks cross goes.
 */
function dropEmptyColumns(block: readonly Row[], xs: number[]): number[] {
  const all = block.flatMap((r) => r.chunks);
  for (let guard = 0; guard < 50 && xs.length > 3; guard++) {
    const C = xs.length - 1;
    let j = 0;
    while (j < C && all.some((c) => colRange(c, xs)[0] === j && colRange(c, xs)[1] === j)) j++;
    if (j === C) break;
    const crossed = (x: number) => all.filter((c) => c.x0 < x - 1 && c.x1 > x + 1).length;
    // Edge columns lose their inner separator; interior ones the more crossed of the two.
    const drop = j === 0 ? 1 : j === C - 1 ? C - 1 : crossed(xs[j]!) > crossed(xs[j + 1]!) ? j : j + 1;
    xs = xs.filter((_, k) => k !== drop);
  }
  return xs;
}

/**
 * A chunk of figures run together (a typed table prints them as one string, so their
 * positions inside it are unknown) that covers exactly as many columns as it holds
 * figures: one figure per column, in order.
 */
function spreadFigures(c: Chunk, xs: readonly number[]): Chunk[] {
  const [a, b] = colRange(c, xs);
  if (b === a) return [c];
  const tokens = c.text.split(' ');
  if (tokens.length !== b - a + 1 || !tokens.every((t) => FIGURE.test(t))) return [c];
  return tokens.map((str, k) => {
    const x0 = Math.max(c.x0, xs[a + k]!) + 0.5;
    const x1 = Math.min(c.x1, xs[a + k + 1]!) - 0.5;
    const run: TextRun = { ...c.runs[0]!, str, x0, x1, y0: c.y0, y1: c.y1 };
    return { runs: [run], x0, x1, y0: c.y0, y1: c.y1, text: str };
  });
}

/** Columns of a block that read as running text, and whether each runs on past the table's rows. */
function proseColumns(block: readonly Row[], xs: readonly number[]): { at: number; flowing: boolean }[] {
  const C = xs.length - 1;
  const found: { at: number; flowing: boolean }[] = [];
  for (let j = 0; j < C; j++) {
    const col: ColumnLine[] = block.flatMap((r, row) =>
      r.chunks
        .filter((c) => {
          const [a, b] = colRange(c, xs);
          return a === j && b === j;
        })
        .map((c) => ({ text: c.text, x0: c.x0, x1: c.x1, size: r.line.size, row })),
    );
    if (!readsAsProse(col)) continue;
    // The table's rows without this column: lines with text in its first other column (序号),
    // when that column keys the rows, else lines with text in any other column.
    const others = block.map((r) => r.chunks.filter((c) => colRange(c, xs).some((k) => k !== j)));
    const key = j === 0 ? 1 : 0;
    const keyed = others.map((cs) => cs.some((c) => colRange(c, xs)[0] === key));
    const useKey = keyed.filter(Boolean).length >= Math.max(2, 0.15 * others.filter((cs) => cs.length).length);
    const rowStarts = others.flatMap((cs, i) => ((useKey ? keyed[i] : cs.length > 0) ? [i] : []));
    const flows = flowsPastRows(col, rowStarts);
    // CJK text of long wrapped cells reads like prose line by line; only its flow past the rows tells.
    if (!flows && isCjkText(col.map((c) => c.text).join(''))) continue;
    found.push({ at: j, flowing: flows });
  }
  return found;
}

/**
 * The block without the text of column j: rows left empty go. The text taken out stays
 * outside the table's box, so the page's paragraphs get it.
 */
function withoutColumn(block: readonly Row[], xs: readonly number[], j: number): Row[] {
  const out: Row[] = [];
  for (const r of block) {
    const cs = r.chunks.filter((c) => {
      const [a, b] = colRange(c, xs);
      const mid = (c.x0 + c.x1) / 2;
      return !(a <= j && b >= j && mid > xs[j]! && mid < xs[j + 1]!);
    });
    if (!cs.length) continue;
    const line: TextLine = {
      runs: cs.flatMap((c) => c.runs),
      x0: Math.min(...cs.map((c) => c.x0)),
      x1: Math.max(...cs.map((c) => c.x1)),
      y0: Math.min(...cs.map((c) => c.y0)),
      y1: Math.max(...cs.map((c) => c.y1)),
      size: r.line.size,
    };
    out.push({ line, chunks: cs });
  }
  return out;
}

/** Lines that form candidate blocks: consecutive, close, mostly multi-cell. */
function blocks(rows: readonly Row[], rules: readonly Line[]): Row[][] {
  const out: Row[][] = [];
  let cur: Row[] = [];
  const across = (l: Line, x0: number, x1: number) => Math.min(l.to, x1) - Math.max(l.from, x0) >= 0.5 * (x1 - x0);
  const extent = (rs: readonly Row[]): [number, number] => [Math.min(...rs.map((r) => r.line.x0)), Math.max(...rs.map((r) => r.line.x1))];
  // A three-line table's top rule right above a line (within a line and a half).
  // Only a label narrower than half the table: a title right under a rule runs wider.
  const ruledAbove = (r: Row, x0: number, x1: number) =>
    r.line.x1 - r.line.x0 < 0.5 * (x1 - x0) &&
    rules.some((l) => across(l, x0, x1) && l.at <= r.line.y0 + 1 && l.at >= r.line.y0 - 1.5 * (r.line.y1 - r.line.y0));
  // Inside one ruled frame: a rule across the lines right above the block, one further down, and at
  // most one rule (the header rule) in the gap. Group labels after a wide gap stay in the table.
  const framed = (b: Row) => {
    if (!cur.length) return false;
    const a = cur[cur.length - 1]!;
    const first = cur.find((r) => r.chunks.length >= 2) ?? cur[0]!;
    const [x0, x1] = extent([...cur, b]);
    const h = b.line.y1 - b.line.y0;
    const rs = rules.filter((l) => across(l, x0, x1));
    const inGap = rs.filter((l) => l.at > a.line.y1 - 1 && l.at < b.line.y0 + 1).length;
    const top = rs.some((l) => l.at <= first.line.y0 + 1 && l.at >= first.line.y0 - 3 * h);
    const bottom = rs.some((l) => l.at > b.line.y1 - 1 && l.at < b.line.y1 + 40 * h);
    return inGap <= 1 && top && bottom;
  };
  const flush = () => {
    // Trim single-cell lines off both ends: titles and notes, not rows; except a spanning
    // header line right under a three-line table's top rule.
    const [bx0, bx1] = cur.length ? extent(cur) : [0, 0];
    const f = cur.findIndex((r) => r.chunks.length >= 2);
    let k = f;
    while (k > 0 && cur[k - 1]!.line.x1 - cur[k - 1]!.line.x0 < 0.5 * (bx1 - bx0) && cur[k]!.line.y0 - cur[k - 1]!.line.y1 < cur[k]!.line.y1 - cur[k]!.line.y0) k--;
    cur = f < 0 ? [] : cur.slice(k < f && ruledAbove(cur[k]!, bx0, bx1) ? k : f);
    // Trailing single-cell lines go, except those indented past the block's left edge right under the
    // line above: a tall cell's last wrapped lines.
    if (cur.length) {
      const left = Math.min(...cur.map((c) => c.line.x0));
      let end = cur.map((c) => c.chunks.length >= 2).lastIndexOf(true) + 1;
      while (end > 0 && end < cur.length) {
        const r = cur[end]!;
        const p = cur[end - 1]!;
        if (r.line.x0 > left + r.line.size && r.line.y0 - p.line.y1 < r.line.y1 - r.line.y0) end++;
        else break;
      }
      cur = cur.slice(0, end);
    }
    if (cur.filter((r) => r.chunks.length >= 2).length >= MIN_ROWS) out.push(cur);
    cur = [];
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const prev = cur[cur.length - 1];
    const h = r.line.y1 - r.line.y0;
    if (prev && r.line.y0 - prev.line.y1 > BLOCK_GAP * Math.max(h, prev.line.y1 - prev.line.y0) && !framed(r)) flush();
    if (r.chunks.length >= 2) {
      cur.push(r);
      continue;
    }
    // A single-cell line stays inside a block when multi-cell lines follow soon (wrapped text, group labels),
    // or when it is indented past the block's left edge and multi-cell lines follow within a few lines: the
    // wrapped lines of one tall cell (a long requirement beside short figures).
    const next = rows.slice(i + 1, i + 3);
    const left = cur.length ? Math.min(...cur.map((c) => c.line.x0)) : Infinity;
    const indented = r.line.x0 > left + r.line.size;
    const under = !!prev && r.line.y0 - prev.line.y1 < h;
    if (cur.length && (next.some((n) => n.chunks.length >= 2) || (indented && (under || rows.slice(i + 1, i + 8).some((n) => n.chunks.length >= 2))))) cur.push(r);
    else {
      flush();
      cur.push(r);
    }
  }
  flush();
  return out;
}

/**
 * The block's rules rule its rows (a rule under every row): there are at least two inside it and
 * about one for every two of its lines. Or, counting rows rather than lines, one for every two
 * lines with text in two cells or more, when every band between the rules holds one line starting
 * at the block's left edge (its row's first cell; the header's band may hold more): a row whose cells are centred vertically prints
 * a wrapped neighbour's lines above and below its own one-line cells, three text lines for one row.
 */
function rulesEveryRow(block: readonly Row[], interior: readonly number[]): boolean {
  if (interior.length < 2) return false;
  if (interior.length + 1 >= 0.5 * block.length) return true;
  if (interior.length + 1 < 0.5 * block.filter((r) => r.chunks.length >= 2).length) return false;
  const left = Math.min(...block.map((r) => r.line.x0));
  const cuts = [-Infinity, ...interior, Infinity];
  const mid = (r: Row) => (r.line.y0 + r.line.y1) / 2;
  // The band above the first rule is the header's, which may wrap its first label (序|号).
  return cuts.slice(1).every((c, k) => {
    const band = block.filter((r) => mid(r) > cuts[k]! && mid(r) <= c);
    return k === 0 || !band.length || band.filter((r) => r.line.x0 <= left + 0.5 * r.line.size).length === 1;
  });
}

/** Most lines a header above a rule may have. */
const MAX_HEADER_LINES = 8;

/**
 * Number of header lines: the lines above the first interior rule, when that rule has
 * at most MAX_HEADER_LINES lines above it and at least MIN_ROWS multi-cell lines below.
 */
function headerLines(block: readonly Row[], interior: readonly number[]): number {
  // The lowest such rule: a table's top rule may sit inside the block too, above its header.
  let best = 0;
  for (const rule of interior) {
    const n = block.filter((r) => (r.line.y0 + r.line.y1) / 2 < rule).length;
    const below = block.slice(n).filter((r) => r.chunks.length >= 2).length;
    if (n >= 1 && n <= MAX_HEADER_LINES && below >= MIN_ROWS) best = n;
  }
  return best;
}

/**
 * Header rows of a table whose header is several text lines: a label printed on
 * several lines (same columns, right under each other) is one cell; then a header
 * cell reaches up and down over the header slots left empty above and below it,
 * as a label beside a two-level header spans both levels.
 */
function joinHeaderCells(cells: GridCell[], headRows: number, C: number, h: number): void {
  const head = cells.filter((c) => c.r < headRows).sort((a, b) => a.r - b.r || a.c - b.c);
  for (const c of head) {
    if (!c.runs.length) continue;
    // The label's line above, in the same columns: the row right above, or one further up when the
    // rows between have nothing in these columns (a label centred beside a two-line one prints between its lines).
    const between = (p: GridCell) => head.some((q) => q !== p && q !== c && q.runs.length && q.r >= p.r + p.rs && q.r < c.r && q.c < c.c + c.cs && q.c + q.cs > c.c);
    const above = head.find(
      (p) => p !== c && p.runs.length && p.c === c.c && p.cs === c.cs && p.r + p.rs <= c.r && !between(p) && c.bbox[1] - p.bbox[3] < 0.8 * h,
    );
    if (!above) continue;
    above.runs.push(...c.runs);
    above.rs += c.rs;
    above.bbox = [Math.min(above.bbox[0], c.bbox[0]), above.bbox[1], Math.max(above.bbox[2], c.bbox[2]), c.bbox[3]];
    c.runs = [];
  }
  const kept = head.filter((c) => c.runs.length);
  const slot: (GridCell | null)[][] = Array.from({ length: headRows }, () => new Array<GridCell | null>(C).fill(null));
  for (const c of kept) for (let i = c.r; i < c.r + c.rs; i++) for (let j = c.c; j < c.c + c.cs; j++) slot[i]![j] = c;
  const free = (i: number, c: GridCell) => i >= 0 && i < headRows && slot[i]!.slice(c.c, c.c + c.cs).every((x) => x === null);
  for (const c of kept) {
    while (free(c.r - 1, c)) {
      c.r--;
      c.rs++;
      for (let j = c.c; j < c.c + c.cs; j++) slot[c.r]![j] = c;
    }
    while (free(c.r + c.rs, c)) {
      for (let j = c.c; j < c.c + c.cs; j++) slot[c.r + c.rs]![j] = c;
      c.rs++;
    }
  }
  const body = cells.filter((c) => c.r >= headRows);
  cells.length = 0;
  cells.push(...kept, ...body);
}

/**
 * A three-line table's top rule inside a block (the lines above it, a title or a running
 * header, were taken in because they line up): when another rule under it ends a header,
 * the lines above the top rule are not the table's.
 */
function belowTopRule(block: Row[], rules: readonly Line[]): Row[] {
  const x0 = Math.min(...block.map((r) => r.line.x0));
  const x1 = Math.max(...block.map((r) => r.line.x1));
  const top = Math.min(...block.map((r) => r.line.y0));
  const bottom = Math.max(...block.map((r) => r.line.y1));
  const interior = rulesFor(rules, x0, x1, top, bottom, 0)
    .map((l) => l.at)
    .filter((y) => y > top + 1 && y < bottom - 1)
    .sort((a, b) => a - b);
  if (interior.length < 2 || rulesEveryRow(block, interior)) return block;
  const n = headerLines(block, interior);
  if (!n) return block;
  const headRule = interior.find((y) => block.filter((r) => (r.line.y0 + r.line.y1) / 2 < y).length === n)!;
  const topRule = interior.filter((y) => y < headRule - 1).pop();
  if (topRule === undefined) return block;
  const inside = block.filter((r) => (r.line.y0 + r.line.y1) / 2 > topRule);
  return inside.filter((r) => r.chunks.length >= 2).length >= MIN_ROWS ? inside : block;
}

/**
 * Two tables printed one under the other, each with its header over a rule, read as one
 * block: a later rule across the block with a header of a few tight lines above it, set
 * off from the rows before by a gap, starts a new table there. Tables ruled under every
 * row are left alone (their rules are rows, not headers).
 */
function splitStacked(block: Row[], rules: readonly Line[]): Row[][] {
  const x0 = Math.min(...block.map((r) => r.line.x0));
  const x1 = Math.max(...block.map((r) => r.line.x1));
  const top = Math.min(...block.map((r) => r.line.y0));
  const bottom = Math.max(...block.map((r) => r.line.y1));
  const h = block.reduce((s, r) => s + (r.line.y1 - r.line.y0), 0) / block.length;
  const interior = rulesFor(rules, x0, x1, top, bottom, 0)
    .map((l) => l.at)
    .filter((y) => y > top + 1 && y < bottom - 1)
    .sort((a, b) => a - b);
  if (interior.length < 2 || rulesEveryRow(block, interior)) return [block];
  const cuts: number[] = [];
  for (const rule of interior.slice(1)) {
    const end = block.findIndex((r) => (r.line.y0 + r.line.y1) / 2 > rule);
    if (end <= 0) continue;
    // Walk up from the line over the rule across the header's tight lines; a gap of half a
    // line or more marks its top.
    let k = end - 1;
    while (k > 0 && end - k < MAX_HEADER_LINES && block[k]!.line.y0 - block[k - 1]!.line.y1 < 0.5 * h) k--;
    if (k === 0 || end - k >= MAX_HEADER_LINES) continue;
    const start = k;
    const before = block.slice(cuts[cuts.length - 1] ?? 0, start).filter((r) => r.chunks.length >= 2).length;
    const after = block.slice(end).filter((r) => r.chunks.length >= 2).length;
    if (before >= MIN_ROWS && after >= MIN_ROWS) cuts.push(start);
  }
  if (!cuts.length) return [block];
  return [0, ...cuts].map((c, i) => block.slice(c, cuts[i] ?? block.length));
}

/** Horizontal rules that belong to a block: wide enough and within its vertical reach. */
function rulesFor(rules: readonly Line[], x0: number, x1: number, y0: number, y1: number, reach: number): Line[] {
  const w = x1 - x0;
  return rules.filter(
    (l) => Math.min(l.to, x1) - Math.max(l.from, x0) >= 0.5 * w && l.at >= y0 - reach && l.at <= y1 + reach,
  );
}

/**
 * Finds stream tables among text lines.
 * `rules` are horizontal rulings not used by a lattice; when a block's rows are
 * separated by rules, the bands between them become the rows.
 */
export function findStreamTables(runs: readonly TextRun[], drawnRules: readonly Line[], page: number, pageWidth: number): PageTable[] {
  // Rules typed as dashes count as drawn rules; leader dots and run-together figures are undone.
  const typed = readTypedMarks(runs);
  const rules = [...drawnRules, ...typed.rules];
  const lines = groupLines(typed.runs.filter((r) => r.horizontal));
  // Prose beside a table (a page in two columns) would pass for a column: a wide
  // chunk of many words is running text, never a cell of a stream table.
  // Figures run together (typed tables) are cells, however wide.
  const prose = (c: Chunk) => c.x1 - c.x0 > 0.28 * pageWidth && (c.text.split(' ').length >= 6 || c.text.length >= 24) && !FIGURES(c.text);
  // A line with several chunks between a rule right above its block and one below, both across
  // the whole line, is inside a three-line table's frame: its wide chunks are text cells.
  const covers = (l: Line, x0: number, x1: number) => l.from <= x0 + 2 && l.to >= x1 - 2;
  const framedLine = (l: TextLine) => {
    const above = rules.filter((r) => r.at < l.y0 && covers(r, l.x0, l.x1)).map((r) => r.at);
    const below = rules.filter((r) => r.at > l.y1 && covers(r, l.x0, l.x1)).map((r) => r.at);
    return above.length > 0 && below.length > 0 && Math.min(...below) - Math.max(...above) < 0.5 * pageWidth;
  };
  const rows: Row[] = lines
    .map((l) => {
      const all = toChunks(l);
      const inFrame = all.length >= 2 && framedLine(l);
      const kept = all.filter((c) => inFrame || !prose(c));
      // All prose: a text line (one cell, never a table row). Some prose: drop it, keep the cells beside it.
      const cs = kept.length ? kept : [{ ...all[0]!, runs: l.runs, x0: l.x0, x1: l.x1, y0: l.y0, y1: l.y1, text: joinRuns(l.runs) }];
      const rs = cs.flatMap((c) => c.runs);
      const line: TextLine = {
        runs: rs,
        x0: Math.min(...cs.map((c) => c.x0)),
        x1: Math.max(...cs.map((c) => c.x1)),
        y0: Math.min(...cs.map((c) => c.y0)),
        y1: Math.max(...cs.map((c) => c.y1)),
        size: l.size,
      };
      return { line, chunks: cs };
    });
  const tables: PageTable[] = [];
  const queue = blocks(rows, rules).flatMap((b) => splitStacked(b, rules));
  // Blocks with a column of running text split off are read again (each time one column fewer).
  const besideProse = new Set<Row[]>();
  for (let q = 0; q < queue.length; q++) {
    const block = belowTopRule(queue[q]!, rules);
    const x0 = Math.min(...block.map((r) => r.line.x0));
    const x1 = Math.max(...block.map((r) => r.line.x1));
    // Column gaps come from the rows under a ruled header: spanning header labels
    // ("Women" over six columns) bridge the gaps between the columns they head.
    const bTop = Math.min(...block.map((r) => r.line.y0));
    const bBottom = Math.max(...block.map((r) => r.line.y1));
    const bH = block.reduce((s, r) => s + (r.line.y1 - r.line.y0), 0) / block.length;
    const bInterior = rulesFor(rules, x0, x1, bTop, bBottom, bH)
      .map((l) => l.at)
      .filter((y) => y > bTop + 1 && y < bBottom - 1)
      .sort((a, b) => a - b);
    const ruledHeader = rulesEveryRow(block, bInterior) ? 0 : headerLines(block, bInterior);
    const seps = separators(block.slice(ruledHeader), x0, x1);
    if (!seps.length) continue;
    const xs = dropEmptyColumns(block, [x0, ...seps, x1]);
    if (xs.length < 3) continue;
    const C = xs.length - 1;
    // Alignment check: lines whose cells each sit inside one column.
    const aligned = block.filter((r) => r.chunks.length >= 2 && r.chunks.every((c) => colRange(c, xs)[0] === colRange(c, xs)[1]));
    if (aligned.length < MIN_ROWS) continue;
    // Prose in two page columns looks like a 2-column table: long cells mean text, not a table.
    const all = block.flatMap((r) => r.chunks);
    const long = all.filter((c) => c.text.length > 60).length;
    if (long > 0.3 * all.length) continue;

    // Running text beside the table (an article's page column, a paragraph in a narrow column) lines
    // up with its rows as one more column. On the outside, flowing past the rows, it is split off and
    // the rest read again; anywhere else the block is text, not a table.
    const prose = proseColumns(block, xs);
    if (prose.length) {
      const outside = prose.every((p) => (p.at === 0 || p.at === C - 1) && p.flowing);
      if (outside && C > 2) {
        for (const b of blocks(withoutColumn(block, xs, prose[0]!.at), rules).flatMap((b) => splitStacked(b, rules))) {
          besideProse.add(b);
          queue.push(b);
        }
      }
      continue;
    }
    const top = Math.min(...block.map((r) => r.line.y0));
    const bottom = Math.max(...block.map((r) => r.line.y1));
    const h = block.reduce((s, r) => s + (r.line.y1 - r.line.y0), 0) / block.length;
    const rs = rulesFor(rules, x0, x1, top, bottom, h).map((l) => l.at).sort((a, b) => a - b);
    const interior = rs.filter((y) => y > top + 1 && y < bottom - 1);

    // Row bands: between rules when the table rules most of its rows, else one per line.
    const bands: Row[][] = [];
    let headRows = 0;
    if (rulesEveryRow(block, interior)) {
      const cuts = [-Infinity, ...interior, Infinity];
      for (let k = 0; k + 1 < cuts.length; k++) {
        const band = block.filter((r) => {
          const cy = (r.line.y0 + r.line.y1) / 2;
          return cy > cuts[k]! && cy <= cuts[k + 1]!;
        });
        if (band.length) bands.push(band);
      }
    } else {
      // A rule across the table with a few lines above it and the rows below it ends the
      // header (a three-line table's middle rule): each header line is a row of its own here,
      // and its stacked lines are joined into cells below.
      headRows = headerLines(block, interior);
      for (const r of block.slice(0, headRows)) bands.push([r]);
      const body = block.slice(headRows);
      // No rules: a line with nothing in the anchor column (the leftmost column most
      // lines fill, e.g. 序号) and close under the line above continues that row: a
      // cell's text wrapped onto more lines.
      const filledIn = new Array<number>(C).fill(0);
      for (const r of body) for (const ch of r.chunks) filledIn[colRange(ch, xs)[0]]!++;
      // The first column keys the rows (序号, item names) when it is filled on enough lines;
      // wrapped lines leave it empty, so it is filled on far fewer lines than the text columns.
      const anchor = filledIn[0]! >= Math.max(2, 0.15 * body.length) ? 0 : -1;
      const hasAnchor = (r: Row) => r.chunks.some((ch) => colRange(ch, xs)[0] === anchor);
      const onlyAnchor = (r: Row) => r.chunks.every((ch) => colRange(ch, xs)[1] === anchor);
      // Rows set apart by more space than a cell's wrapped lines (cell padding): the gaps before
      // lines that continue a row and before lines that start one, when they clearly differ.
      const wrapGaps: number[] = [];
      const rowGaps: number[] = [];
      body.forEach((r, k) => {
        if (k === 0) return;
        const gap = r.line.y0 - body[k - 1]!.line.y1;
        if (!hasAnchor(r) && gap < 0.8 * h) wrapGaps.push(gap);
        else if (hasAnchor(r) && !onlyAnchor(r)) rowGaps.push(gap);
      });
      const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor((v.length - 1) / 2)]!;
      const padded = wrapGaps.length >= 2 && rowGaps.length >= 2 && median(rowGaps) - median(wrapGaps) > 0.3 * h;
      const wrapLimit = padded ? (median(rowGaps) + median(wrapGaps)) / 2 : -Infinity;
      // Rows padded apart whose cells are centred vertically: a wrapped cell's first lines sit above
      // the anchor line. When the gaps fall in two clear groups (wrapped lines, row breaks), a line
      // after a row break starts its row, anchor or not; a second anchor in it starts another.
      const gapAt = body.map((r, k) => (k === 0 ? Infinity : r.line.y0 - body[k - 1]!.line.y1));
      const sorted = gapAt.slice(1).sort((a, b) => a - b);
      let split = -1;
      let jump = 0;
      for (let k = 1; k < sorted.length; k++) {
        if (sorted[k]! - sorted[k - 1]! > jump && k >= 2 && sorted.length - k >= 2) {
          jump = sorted[k]! - sorted[k - 1]!;
          split = (sorted[k]! + sorted[k - 1]!) / 2;
        }
      }
      // Groups of lines between row breaks; the table is centred when the groups of several lines
      // with one anchor line hold it in their middle, at least twice and in two thirds of them.
      const groups: Row[][] = [];
      if (anchor >= 0 && jump > 0.3 * h && split < 1.5 * h) body.forEach((r, k) => (gapAt[k]! > split || !groups.length ? groups.push([r]) : groups[groups.length - 1]!.push(r)));
      const mid = (r: Row) => (r.line.y0 + r.line.y1) / 2;
      const tall = groups.filter((g) => g.length >= 3 && g.filter(hasAnchor).length === 1);
      const inMiddle = tall.filter((g) => Math.abs(mid(g.find(hasAnchor)!) - (g[0]!.line.y0 + g[g.length - 1]!.line.y1) / 2) < 0.6 * h);
      const centred = inMiddle.length >= 2 && inMiddle.length >= (2 / 3) * tall.length && tall.some((g) => !hasAnchor(g[0]!));
      if (centred) {
        body.forEach((r, k) => {
          const cur = bands.length > headRows ? bands[bands.length - 1] : undefined;
          if (!cur || gapAt[k]! > split || (hasAnchor(r) && cur.some(hasAnchor))) bands.push([r]);
          else cur.push(r);
        });
      }
      for (const r of centred ? [] : body) {
        const prev = bands.length > headRows ? bands[bands.length - 1] : undefined;
        const gap = prev ? r.line.y0 - Math.max(...prev.map((p) => p.line.y1)) : Infinity;
        // A line holding only an anchor cell's text, as close under a row as its wrapped lines
        // (`序` over `号` in a narrow 序号 column), continues that row's anchor cell.
        const wrappedAnchor = prev && anchor >= 0 && onlyAnchor(r) && prev.some(hasAnchor) && gap < wrapLimit;
        if (prev && anchor >= 0 && (!hasAnchor(r) || wrappedAnchor) && gap < 0.8 * h) prev.push(r);
        else bands.push([r]);
      }
    }

    const ys = [top, ...bands.slice(1).map((b) => Math.min(...b.map((r) => r.line.y0))), bottom];
    // A chunk spans a neighbour column only when it reaches over that column's text; running
    // into the blank margin before it (a long label in a column of short figures) is overflow.
    const confined = block.flatMap((r) => r.chunks).filter((c) => colRange(c, xs)[0] === colRange(c, xs)[1]);
    const textStart = xs.slice(0, -1).map((_, j) => Math.min(...confined.filter((c) => colRange(c, xs)[0] === j).map((c) => c.x0)));
    const textEnd = xs.slice(0, -1).map((_, j) => Math.max(...confined.filter((c) => colRange(c, xs)[0] === j).map((c) => c.x1)));
    const spanOf = (ch: Chunk): [number, number] => {
      let [a, b] = colRange(ch, xs);
      while (b > a && ch.x1 <= textStart[b]!) b--;
      while (a < b && ch.x0 >= textEnd[a]!) a++;
      return [a, b];
    };
    const cells: GridCell[] = [];
    bands.forEach((band, i) => {
      // Chunks of the band, grouped by the columns they cover.
      const byStart = new Map<string, { c: number; cs: number; runs: TextRun[]; chunks: Chunk[] }>();
      for (const r of band) {
        for (const ch of r.chunks.flatMap((c) => spreadFigures(c, xs))) {
          const [a, b] = spanOf(ch);
          const key = `${a}:${b}`;
          if (!byStart.has(key)) byStart.set(key, { c: a, cs: b - a + 1, runs: [], chunks: [] });
          byStart.get(key)!.runs.push(...ch.runs);
          byStart.get(key)!.chunks.push(ch);
        }
      }
      const taken = new Array<boolean>(C).fill(false);
      const entries = [...byStart.values()].sort((p, q) => p.c - q.c || q.cs - p.cs);
      for (const e of entries) {
        // Overlapping claims (a chunk spanning columns another chunk already holds) fold into the first.
        let c = e.c;
        while (c < C && taken[c]) c++;
        if (c >= C) {
          const owner = cells.filter((x) => x.r === i).pop();
          if (owner) owner.runs.push(...e.runs);
          continue;
        }
        let cs = 1;
        while (c + cs < e.c + e.cs && c + cs < C && !taken[c + cs]) cs++;
        for (let k = c; k < c + cs; k++) taken[k] = true;
        const b: BBox = [
          Math.min(...e.chunks.map((q) => q.x0)),
          Math.min(...e.chunks.map((q) => q.y0)),
          Math.max(...e.chunks.map((q) => q.x1)),
          Math.max(...e.chunks.map((q) => q.y1)),
        ];
        cells.push({ r: i, c, rs: 1, cs, bbox: b, runs: e.runs, lines: [] });
      }
    });
    if (headRows > 1) joinHeaderCells(cells, headRows, C, h);
    for (const c of cells) c.lines = groupLines(c.runs).map((l) => joinRuns(l.runs)).filter((s) => s.length > 0);
    cells.sort((a, b) => a.r - b.r || a.c - b.c);
    // A figure beside running text lines its labels up in rows too, but leaves its inner columns
    // empty but for the axis: what stood beside prose is a table only when most of its columns
    // hold text on at least half its rows.
    const R = ys.length - 1;
    const fill = new Array<number>(C).fill(0);
    for (const c of cells.filter((c) => c.lines.length)) for (let j = c.c; j < c.c + c.cs; j++) fill[j]! += c.rs;
    if (besideProse.has(queue[q]!) && fill.filter((n) => n >= 0.5 * R).length <= C / 2) continue;
    tables.push({ page, mode: 'stream', bbox: [x0, top, x1, bottom], xs, ys, cells });
  }
  return tables;
}
