// The page-level table shape shared by the lattice and stream detectors, and
// the step that pours text runs into its cells.
import type { BBox } from '../../pipeline/model.ts';
import type { TextRun } from './extract.ts';
import { cellLines, groupLines, splitRun, type CellBox, type TextLine } from './lines.ts';

export interface GridCell {
  r: number;
  c: number;
  rs: number;
  cs: number;
  bbox: BBox;
  runs: TextRun[];
  lines: string[];
}

export interface PageTable {
  page: number;
  mode: 'lattice' | 'stream';
  bbox: BBox;
  /** Column boundaries, left to right (columns + 1 values). */
  xs: number[];
  /** Row boundaries, top to bottom (rows + 1 values). */
  ys: number[];
  /** Cells in row-major order of their top-left slot. */
  cells: GridCell[];
}

export function centre(r: TextRun): [number, number] {
  return [(r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2];
}

export function inside(b: BBox, x: number, y: number, tol = 0): boolean {
  return x >= b[0] - tol && x <= b[2] + tol && y >= b[1] - tol && y <= b[3] + tol;
}

function slotIndex(bounds: readonly number[], v: number): number {
  for (let i = 0; i + 1 < bounds.length; i++) if (v < bounds[i + 1]!) return i;
  return bounds.length - 2;
}

/**
 * Puts each run into the cell under its centre. Runs crossing an internal
 * column boundary are cut there first (pdfjs sometimes merges text of
 * neighbouring cells into one run); with `keepMerged`, only where two cells
 * meet. Returns the runs that were used.
 */
export function fillTable(t: PageTable, runs: readonly TextRun[], opts: { keepMerged?: boolean } = {}): Set<TextRun> {
  const used = new Set<TextRun>();
  const owner: number[][] = [];
  const R = t.ys.length - 1;
  const C = t.xs.length - 1;
  for (let i = 0; i < R; i++) owner.push(new Array<number>(C).fill(-1));
  t.cells.forEach((c, k) => {
    for (let i = c.r; i < c.r + c.rs; i++) for (let j = c.c; j < c.c + c.cs; j++) owner[i]![j] = k;
  });
  for (const run of runs) {
    const [cx, cy] = centre(run);
    if (!inside(t.bbox, cx, cy)) continue;
    used.add(run);
    // With keepMerged, only at the column boundaries that are cell edges in the run's row: not
    // inside a merged cell (a title or a note over the whole width is no text laid across the rules).
    const row = owner[slotIndex(t.ys, cy)] ?? [];
    const cuts = t.xs.slice(1, -1).filter((_, k) => !opts.keepMerged || row[k] !== row[k + 1]);
    const pieces = t.mode === 'lattice' ? splitRun(run, cuts) : [run];
    for (const p of pieces) {
      const [px, py] = centre(p);
      const k = owner[slotIndex(t.ys, py)]?.[slotIndex(t.xs, px)] ?? -1;
      if (k >= 0) t.cells[k]!.runs.push(p);
    }
  }
  for (const c of t.cells) c.lines = linesOf(c, t.mode);
  return used;
}

/**
 * The printable width of a ruled cell, when its text is set from the left: its borders less
 * the padding its text keeps on the left (the same on the right). Text kept further from the
 * left border than from the right one (right-aligned, or short centred lines: numbers in a
 * column) has no known left edge: null. Text running over the right border (a character wider
 * than a narrow cell) is set from the left.
 */
export function cellBox(c: GridCell, lines: readonly TextLine[]): CellBox | null {
  const padL = Math.min(...lines.map((l) => l.x0 - c.bbox[0]));
  const padR = Math.min(...lines.map((l) => c.bbox[2] - l.x1));
  const size = Math.max(...lines.map((l) => l.size));
  if (padR > 0 && padL > padR + 0.5 * size) return null;
  const pad = Math.min(10, Math.max(0, padL));
  return { left: c.bbox[0] + pad, right: c.bbox[2] - pad };
}

/**
 * A cell's text lines; the right limit is its right edge less the padding its text keeps on
 * the left. A ruled cell's lines are its paragraphs (soft wraps joined, see cellLines): its
 * borders give the width the text was set in, which a stream table's cells do not have.
 */
export function linesOf(c: GridCell, mode: PageTable['mode']): string[] {
  const lines = groupLines(c.runs);
  if (!lines.length) return [];
  const pad = Math.min(10, Math.max(0, Math.min(...lines.map((l) => l.x0 - c.bbox[0]))));
  return cellLines(lines, c.bbox[2] - pad, mode === 'lattice' ? cellBox(c, lines) : undefined);
}

/** Number of cells with text. */
export function filledCells(t: PageTable): number {
  return t.cells.filter((c) => c.lines.length > 0).length;
}
