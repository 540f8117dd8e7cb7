// Repairs of ruled grids whose rulings are incomplete, decided from the text:
// - a "merged" cell whose text sits in separate columns, none of it crossing a
//   column boundary, is really several cells whose vertical rules were not
//   drawn (tables ruled only in the header, or row-striped tables);
// - a row band holding several text lines that line up across columns, each
//   line short of its cell's width and none wrapped into the next (so not
//   wrapped text), is really several rows whose horizontal rules were not drawn;
// - a row band whose entries are set apart by blank lines across every column
//   is several rows too.
import type { TextRun } from './extract.ts';
import { groupLines, softWrapped } from './lines.ts';
import { cellBox, centre, fillTable, type GridCell, type PageTable } from './table.ts';

function colOf(xs: readonly number[], x: number): number {
  for (let j = 0; j + 1 < xs.length; j++) if (x < xs[j + 1]!) return j;
  return xs.length - 2;
}

/** Splits multi-column cells whose text falls cleanly into separate columns. */
export function splitFalseColumnMerges(t: PageTable): boolean {
  let changed = false;
  const out: GridCell[] = [];
  for (const c of t.cells) {
    if (c.cs < 2 || !c.runs.length) {
      out.push(c);
      continue;
    }
    // A run crossing a boundary by more than a sliver is text laid across the merge: a true merge.
    const crosses = c.runs.some((r) => r.cut || t.xs.slice(c.c + 1, c.c + c.cs).some((x) => r.x0 < x - 2 && r.x1 > x + 2));
    const cols = new Set(c.runs.map((r) => colOf(t.xs, centre(r)[0])));
    if (crosses || cols.size < 2) {
      out.push(c);
      continue;
    }
    changed = true;
    for (let j = c.c; j < c.c + c.cs; j++) {
      out.push({ r: c.r, c: j, rs: c.rs, cs: 1, bbox: [t.xs[j]!, c.bbox[1], t.xs[j + 1]!, c.bbox[3]], runs: c.runs.filter((r) => colOf(t.xs, centre(r)[0]) === j), lines: [] });
    }
  }
  if (changed) t.cells = out.sort((a, b) => a.r - b.r || a.c - b.c);
  return changed;
}

/** Baseline clusters of a set of runs (line centres closer than half a line merge). */
function lineCentres(runs: readonly TextRun[]): number[] {
  return groupLines(runs.filter((r) => r.horizontal)).map((l) => (l.y0 + l.y1) / 2);
}

/** New row boundaries inside bands that hold unruled rows; empty when none. */
function hiddenRowCuts(t: PageTable): number[] {
  const R = t.ys.length - 1;
  const cuts: number[] = [];
  for (let i = 0; i < R; i++) {
    const band = t.cells.filter((c) => c.r === i);
    if (band.some((c) => c.rs !== 1)) continue;
    // Cells with several short lines: entries stacked in one unruled band. Not a cell whose
    // lines are one paragraph wrapped in a narrow cell (each line but the last filling the
    // cell's printable width, `夯实|质量|基础`): its lines line up with those of its
    // neighbours, wrapped the same way, without being rows.
    const stacked = band.filter((c) => {
      const lines = groupLines(c.runs.filter((r) => r.horizontal));
      if (lines.length < 2) return false;
      const w = c.bbox[2] - c.bbox[0];
      const box = cellBox(c, lines);
      if (box && lines.some((l, k) => k > 0 && softWrapped(lines[k - 1]!, l, box))) return false;
      return lines.every((l) => l.x1 - l.x0 < 0.7 * w);
    });
    // At least two cells with three or more stacked entries, and most filled cells stacked:
    // a multi-line header (one tall label beside short ones) is not a hidden row set.
    const filled = band.filter((c) => c.runs.length > 0).length;
    const deep = stacked.filter((c) => groupLines(c.runs.filter((r) => r.horizontal)).length >= 3);
    if (deep.length < 2 || stacked.length < 0.5 * filled) continue;
    // A CJK cell whose text wraps (two or more lines filling its width) is one paragraph
    // over several baselines: CJK text breaks at any character, so full lines mean wrapping,
    // and the band is one row with a tall cell, not rows without rules.
    const wraps = band.some((c) => {
      const w = c.bbox[2] - c.bbox[0];
      const cjk = c.runs.some((r) => /[\u4e00-\u9fff]/.test(r.str));
      return cjk && groupLines(c.runs.filter((r) => r.horizontal)).filter((l) => l.x1 - l.x0 >= 0.85 * w).length >= 2;
    });
    if (wraps) continue;
    const all = lineCentres(band.flatMap((c) => c.runs));
    if (all.length < 3) continue;
    // The stacked cells' lines must sit on shared baselines (rows), not at their own heights.
    const shared = stacked.every((c) => lineCentres(c.runs).every((y) => all.some((a) => Math.abs(a - y) < 2)));
    if (!shared) continue;
    const heights = band.flatMap((c) => groupLines(c.runs).map((l) => l.y1 - l.y0));
    const h = Math.min(...heights);
    for (let k = 0; k + 1 < all.length; k++) {
      // Cut midway between baselines that are at least a line apart.
      if (all[k + 1]! - all[k]! > 0.8 * h) cuts.push((all[k]! + all[k + 1]!) / 2);
    }
  }
  return cuts;
}

/**
 * New row boundaries inside bands whose rows are set apart by blank space instead of
 * rules (a ruled group holding several entries, each a paragraph in every column): a
 * horizontal gap of at least a line's height that no cell's text crosses, while each
 * cell's own lines sit tight, and the band's first column starts an entry after every gap.
 */
function blankGapCuts(t: PageTable): number[] {
  const R = t.ys.length - 1;
  const cuts: number[] = [];
  for (let i = 0; i < R; i++) {
    const band = t.cells.filter((c) => c.r === i);
    if (band.some((c) => c.rs !== 1)) continue;
    const filled = band.filter((c) => c.runs.some((r) => r.horizontal && r.str.trim()));
    if (filled.length < 2) continue;
    const lines = filled.flatMap((c) => groupLines(c.runs.filter((r) => r.horizontal && r.str.trim())).map((l) => ({ l, c })));
    const h = Math.min(...lines.map(({ l }) => l.y1 - l.y0));
    const spans = lines.map(({ l }) => [l.y0, l.y1] as const).sort((a, b) => a[0] - b[0]);
    const gaps: number[] = [];
    let reach = spans[0]![1];
    for (const [y0, y1] of spans.slice(1)) {
      if (y0 - reach >= h) gaps.push((reach + y0) / 2);
      reach = Math.max(reach, y1);
    }
    if (!gaps.length) continue;
    const key = filled.reduce((a, b) => (b.c < a.c ? b : a));
    const keyTops = lines.filter(({ c }) => c === key).map(({ l }) => l.y0);
    // Every entry (the stretch after each gap) starts with text in the key column.
    if (!gaps.every((g, k) => keyTops.some((y) => y > g && y < (gaps[k + 1] ?? Infinity) && y - g < 1.5 * h))) continue;
    cuts.push(...gaps);
  }
  return cuts;
}

/** Inserts hidden row boundaries and refills the table; returns true when rows were added. */
export function splitHiddenRows(t: PageTable, runs: readonly TextRun[]): boolean {
  const cuts: number[] = [];
  // Both repairs may cut the same band: one boundary per place.
  for (const y of [...hiddenRowCuts(t), ...blankGapCuts(t)].sort((a, b) => a - b)) if (!cuts.some((c) => Math.abs(c - y) < 2)) cuts.push(y);
  if (!cuts.length) return false;
  const ys = [...t.ys, ...cuts].sort((a, b) => a - b);
  const idx = (y: number) => ys.findIndex((v) => Math.abs(v - y) < 1e-6);
  const cells: GridCell[] = [];
  for (const c of t.cells) {
    const a = idx(t.ys[c.r]!);
    const b = idx(t.ys[c.r + c.rs]!);
    if (c.rs === 1 && b - a > 1) {
      // A cell of a split band: one cell per new row.
      for (let k = a; k < b; k++) cells.push({ ...c, r: k, rs: 1, bbox: [c.bbox[0], ys[k]!, c.bbox[2], ys[k + 1]!], runs: [], lines: [] });
    } else {
      cells.push({ ...c, r: a, rs: b - a, runs: [], lines: [] });
    }
  }
  t.ys = ys;
  t.cells = cells.sort((p, q) => p.r - q.r || p.c - q.c);
  fillTable(t, runs);
  return true;
}
