// Ruled tables: ruling segments → merged lines → connected groups of crossing
// lines → a grid of row/column boundaries → cells, where a cell spans several
// rows or columns when the border between them is missing.
import type { BBox } from '../../pipeline/model.ts';
import type { Segment } from './extract.ts';
import type { GridCell, PageTable } from './table.ts';

/** Two rulings closer than this (points) are the same line (double borders, anti-aliasing fills). */
const SNAP = 2;
/** Rows or columns narrower than this cannot hold text: their boundaries are merged. */
const MIN_GAP = 4;

export interface Line {
  /** Fixed coordinate: y for horizontal lines, x for vertical ones. */
  at: number;
  from: number;
  to: number;
}

/** Merges collinear segments that overlap or touch into longer lines. */
export function mergeLines(segs: readonly Segment[], horizontal: boolean): Line[] {
  const raw: Line[] = segs
    .filter((s) => s.horizontal === horizontal)
    .map((s) => (horizontal ? { at: s.y0, from: s.x0, to: s.x1 } : { at: s.x0, from: s.y0, to: s.y1 }))
    .sort((a, b) => a.at - b.at || a.from - b.from);
  // Cluster by the fixed coordinate first, then merge spans inside each cluster.
  const out: Line[] = [];
  let i = 0;
  while (i < raw.length) {
    let j = i + 1;
    while (j < raw.length && raw[j]!.at - raw[j - 1]!.at <= SNAP) j++;
    const group = raw.slice(i, j).sort((a, b) => a.from - b.from);
    const at = group.reduce((s, l) => s + l.at, 0) / group.length;
    let cur: Line | null = null;
    for (const l of group) {
      if (cur && l.from <= cur.to + SNAP) cur.to = Math.max(cur.to, l.to);
      else {
        if (cur) out.push(cur);
        cur = { at, from: l.from, to: l.to };
      }
    }
    if (cur) out.push(cur);
    i = j;
  }
  return out;
}

function crosses(h: Line, v: Line): boolean {
  return v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;
}

/** Cluster sorted values: neighbours closer than `gap` become their mean. */
function cluster(values: number[], gap: number): number[] {
  const v = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const x of v) {
    const last = out[out.length - 1];
    if (last && x - last[last.length - 1]! <= gap) last.push(x);
    else out.push([x]);
  }
  return out.map((g) => g.reduce((s, x) => s + x, 0) / g.length);
}

/** Does some line at `at` cover [from, to] (at least 60 % of it, measured around its middle)? */
function covered(lines: readonly Line[], at: number, from: number, to: number): boolean {
  const len = to - from;
  let cov = 0;
  for (const l of lines) {
    if (Math.abs(l.at - at) > SNAP * 1.5) continue;
    cov += Math.max(0, Math.min(l.to, to) - Math.max(l.from, from));
  }
  return cov >= 0.6 * len;
}

/**
 * A line at `at` that starts and ends on two neighbouring boundaries: the border between two
 * cells. Not when a boundary just outside it is a sliver away: then the two are a double
 * border and the line rules a box drawn inside the frame (lined entries in a boxed list).
 */
function splitsCell(lines: readonly Line[], cross: readonly Line[], at: number, bounds: readonly number[]): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= SNAP * 1.5;
  const framed = (k: number) => (k > 0 && bounds[k]! - bounds[k - 1]! <= 3 * MIN_GAP) || (k + 2 < bounds.length && bounds[k + 2]! - bounds[k + 1]! <= 3 * MIN_GAP);
  // The cell's side borders run on through the line (they are the column's, not a box's sides).
  const through = (b: number) => cross.some((c) => near(c.at, b) && c.from < at - MIN_GAP && c.to > at + MIN_GAP);
  return lines.some(
    (l) => near(l.at, at) && bounds.some((b, k) => k + 1 < bounds.length && near(l.from, b) && near(l.to, bounds[k + 1]!) && !framed(k) && through(b) && through(bounds[k + 1]!)),
  );
}

export interface LatticeGrid {
  bbox: BBox;
  xs: number[];
  ys: number[];
  cells: GridCell[];
  /** Lines of the group, for callers that look at rules (three-line tables). */
  hLines: Line[];
  vLines: Line[];
}

/** Finds ruled grids on a page. Groups with fewer than 2×2 boundaries are left to the stream detector. */
export function findLattices(segments: readonly Segment[]): LatticeGrid[] {
  const hs = mergeLines(segments, true);
  const vs = mergeLines(segments, false);
  // Union-find over all lines; an edge joins a horizontal and a vertical line that cross.
  const n = hs.length + vs.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let a = 0; a < hs.length; a++) {
    for (let b = 0; b < vs.length; b++) {
      if (crosses(hs[a]!, vs[b]!)) parent[find(a)] = find(hs.length + b);
    }
  }
  const groups = new Map<number, { h: Line[]; v: Line[] }>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, { h: [], v: [] });
    if (i < hs.length) groups.get(root)!.h.push(hs[i]!);
    else groups.get(root)!.v.push(vs[i - hs.length]!);
  }
  const out: LatticeGrid[] = [];
  for (const root of [...groups.keys()].sort((a, b) => a - b)) {
    const g = groups.get(root)!;
    if (g.h.length < 2 || g.v.length < 2) continue;
    const grid = buildGrid(g.h, g.v);
    if (grid) out.push(grid);
  }
  return out.sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
}

function buildGrid(h: Line[], v: Line[]): LatticeGrid | null {
  let ys = cluster(h.map((l) => l.at), MIN_GAP);
  let xs = cluster(v.map((l) => l.at), MIN_GAP);
  // A boundary ruled in a single row (or column) of a larger grid is a box drawn
  // around one value (a highlight), not a column (or row) of the table, unless it
  // runs from border to border of that cell: then it splits a cell whose neighbours
  // are all merged across it (a 具体措施 cell per row beside 序号, 任务, 责任单位 and
  // 完成时限 merged over the group).
  if (ys.length - 1 >= 4) {
    xs = xs.filter((x, j) => j === 0 || j === xs.length - 1 || ys.slice(0, -1).filter((y, i) => covered(v, x, y, ys[i + 1]!)).length >= 2);
  }
  if (xs.length - 1 >= 4) {
    ys = ys.filter((y, i) => i === 0 || i === ys.length - 1 || xs.slice(0, -1).filter((x, j) => covered(h, y, x, xs[j + 1]!)).length >= 2 || splitsCell(h, v, y, xs));
  }
  if (ys.length < 2 || xs.length < 2) return null;
  // Open sides: rules running well past the outermost vertical (horizontal) rule
  // mean the table has a column (row) there without an outer border.
  const left = Math.min(...h.map((l) => l.from));
  const right = Math.max(...h.map((l) => l.to));
  if (xs[0]! - left > 3 * MIN_GAP) xs.unshift(left);
  if (right - xs[xs.length - 1]! > 3 * MIN_GAP) xs.push(right);
  const top = Math.min(...v.map((l) => l.from));
  const bottom = Math.max(...v.map((l) => l.to));
  if (ys[0]! - top > 3 * MIN_GAP) ys.unshift(top);
  if (bottom - ys[ys.length - 1]! > 3 * MIN_GAP) ys.push(bottom);
  const R = ys.length - 1;
  const C = xs.length - 1;
  // vEdge[i][j]: a border on the left of column j in row i (j = 1..C-1 internal).
  const vEdge = (i: number, j: number) => covered(v, xs[j]!, ys[i]!, ys[i + 1]!);
  const hEdge = (i: number, j: number) => covered(h, ys[i]!, xs[j]!, xs[j + 1]!);
  const taken: boolean[][] = Array.from({ length: R }, () => new Array<boolean>(C).fill(false));
  const cells: GridCell[] = [];
  for (let i = 0; i < R; i++) {
    for (let j = 0; j < C; j++) {
      if (taken[i]![j]) continue;
      // Grow right while there is no border, then down while the whole span has no border.
      let cs = 1;
      while (j + cs < C && !taken[i]![j + cs] && !vEdge(i, j + cs)) cs++;
      let rs = 1;
      grow: while (i + rs < R) {
        for (let k = j; k < j + cs; k++) {
          if (taken[i + rs]![k] || hEdge(i + rs, k)) break grow;
        }
        rs++;
      }
      for (let a = i; a < i + rs; a++) for (let b = j; b < j + cs; b++) taken[a]![b] = true;
      cells.push({ r: i, c: j, rs, cs, bbox: [xs[j]!, ys[i]!, xs[j + cs]!, ys[i + rs]!], runs: [], lines: [] });
    }
  }
  return { bbox: [xs[0]!, ys[0]!, xs[C]!, ys[R]!], xs, ys, cells, hLines: h, vLines: v };
}

export function toPageTable(g: LatticeGrid, page: number): PageTable {
  // Fresh cells: a grid may be filled twice (index.ts reads a rejected grid again).
  return { page, mode: 'lattice', bbox: g.bbox, xs: [...g.xs], ys: [...g.ys], cells: g.cells.map((c) => ({ ...c, runs: [], lines: [] })) };
}
