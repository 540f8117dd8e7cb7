// SourceTable → Grid: spans expanded into a rectangle whose cells know their
// origin; rows that only repeat the header (page breaks) removed; repairs flagged.
// Format-blind: it reads SourceTable only.
import type { BBox, Diagnostic, Result, SourceTable, TableMode } from '../model.ts';
import { diag } from '../model.ts';
import { normalizeKey } from '../normalize/text.ts';
import { alignSplitRows, unnestRows } from './split-cells.ts';
import { continuationTitleOf, type ContinuedRow } from './stitch.ts';

export interface GridCell {
  /** 0-based top-left position in the grid. */
  r: number;
  c: number;
  rs: number;
  cs: number;
  lines: string[];
  page: number | null;
  bbox: BBox | null;
  /** Repairs applied to this cell (`repeated-text-collapsed`, `split-cell-aligned`, …). */
  flags: string[];
}

export interface Grid {
  rows: number;
  cols: number;
  /** One entry per source cell, at its top-left. */
  cells: GridCell[];
  /** at[r][c] → the cell covering that slot (a spanned slot points at its anchor). */
  at: GridCell[][];
  /** Per grid row: the source row it came from (1-based, as in the source table) and page. */
  rowInfo: {
    sourceRow: number;
    page: number | null;
    header: boolean;
    pageBreakBefore: boolean;
    /** Repairs of this row as a whole (`header-repeat-skipped` above it, `nested-row-split`). */
    flags: string[];
  }[];
  mode: TableMode;
  pages: number[];
}

export function cellText(c: GridCell | undefined): string {
  return c ? c.lines.join('\n') : '';
}

/** Expands spans with the HTML table algorithm; ragged rows are padded with empty cells. */
export function expandSpans(table: SourceTable): Grid {
  const at: (GridCell | undefined)[][] = [];
  const cells: GridCell[] = [];
  const rowInfo: Grid['rowInfo'] = [];
  table.rows.forEach((row, r) => {
    at[r] ??= [];
    // A row starting a continued part: after a repeated header that was dropped, or stitched on without one.
    const skipped = (row as ContinuedRow).headerRowsSkipped;
    const flags = row.pageBreakBefore ? [skipped ? 'header-repeat-skipped' : 'table-stitched'] : [];
    rowInfo.push({ sourceRow: r + 1, page: row.cells[0]?.page ?? null, header: row.header, pageBreakBefore: row.pageBreakBefore, flags });
    let c = 0;
    for (const sc of row.cells) {
      while (at[r]![c]) c++;
      const rs = Math.max(1, Math.min(sc.rowSpan, table.rows.length - r));
      // A column span that runs into a slot a row span from above already holds is
      // clipped there (overlapping spans happen in hand-edited Word tables).
      let cs = Math.max(1, sc.colSpan);
      for (let j = 1; j < cs; j++) {
        if (at[r]![c + j]) {
          cs = j;
          break;
        }
      }
      const g: GridCell = { r, c, rs, cs, lines: sc.lines, page: sc.page, bbox: sc.bbox, flags: cs < sc.colSpan || rs < sc.rowSpan ? ['span-clipped'] : [] };
      cells.push(g);
      for (let i = 0; i < rs; i++) {
        at[r + i] ??= [];
        for (let j = 0; j < cs; j++) at[r + i]![c + j] = g;
      }
      c += cs;
    }
  });
  const rows = table.rows.length;
  const cols = Math.max(0, ...at.map((row) => row.length));
  for (let r = 0; r < rows; r++) {
    at[r] ??= [];
    for (let c = 0; c < cols; c++) {
      if (!at[r]![c]) {
        const g: GridCell = { r, c, rs: 1, cs: 1, lines: [], page: rowInfo[r]!.page, bbox: null, flags: ['padded'] };
        cells.push(g);
        at[r]![c] = g;
      }
    }
  }
  cells.sort((a, b) => a.r - b.r || a.c - b.c);
  return { rows, cols, cells, at: at as GridCell[][], rowInfo, mode: table.mode, pages: table.pages };
}

export interface GridContext {
  documentId: string;
  /** 1-based table index, for diagnostics. */
  table: number;
}

/**
 * Builds the repaired grid of a table: split cells aligned, spans expanded, repeated
 * text collapsed inside a cell, header rows repeated mid-table removed.
 */
export function buildGrid(table: SourceTable, ctx: GridContext): Result<Grid> {
  const diagnostics: Diagnostic[] = [];
  const unnested = unnestRows(table);
  diagnostics.push(...unnested.notes.map((n) => diag(ctx.documentId, 'info', 'nested-row-split', n.message, { table: ctx.table, row: n.row, column: n.column })));
  const aligned = alignSplitRows(unnested.value);
  diagnostics.push(...aligned.notes.map((n) => diag(ctx.documentId, 'info', 'split-cell-aligned', n.message, { table: ctx.table, row: n.row, column: n.column })));
  const grid = expandSpans(aligned.value);
  for (const n of unnested.notes) for (const r of [n.row - 1, n.row]) grid.rowInfo[r]?.flags.push('nested-row-split');
  if (aligned.insertedAt !== null) {
    for (const row of grid.at) {
      const g = row[aligned.insertedAt];
      if (g && !aligned.rowsWithExtra.has(g.r)) g.flags.push('split-column-empty');
      else if (g) g.flags.push('split-cell-aligned');
    }
  }
  for (const g of grid.cells) {
    const collapsed = collapseRepeats(g.lines);
    if (collapsed.length !== g.lines.length) {
      g.flags.push('repeated-text-collapsed');
      diagnostics.push(
        diag(ctx.documentId, 'info', 'repeated-text-collapsed', `A cell repeated its text "${collapsed.join('').slice(0, 20)}" (a merged cell printed again after a page break); the copy was dropped.`, {
          table: ctx.table,
          row: g.r + 1,
          column: g.c + 1,
          page: g.page,
        }),
      );
      g.lines = collapsed;
    }
  }
  return { value: dropRepeatedHeaders(grid, ctx, diagnostics), diagnostics };
}

/** Most header rows a table repeats after a page break. */
const MAX_HEADER_ROWS = 4;

/**
 * Rows that repeat the table's first row (a header printed again after a page
 * break) are removed, with the rows right after them that repeat the header's
 * next rows (a two-row header: 责任单位 over 牵头单位/配合单位). Only a first row with at least two filled cells counts as a
 * header here, so a table of identical data rows is left alone.
 */
function dropRepeatedHeaders(grid: Grid, ctx: GridContext, diagnostics: Diagnostic[]): Grid {
  if (grid.rows < 3) return grid;
  const drop = new Set<number>();
  /** The row after a dropped one starts the continued part; a skipped header says more than a stitch. */
  const continuesAt = (r: number, flag: 'table-stitched' | 'header-repeat-skipped') => {
    const info = grid.rowInfo[r];
    if (!info || info.flags.includes('header-repeat-skipped')) return;
    info.flags = info.flags.filter((f) => f !== 'table-stitched').concat(flag);
  };
  // A `续表…` title written as a row inside the table (one Word table running over a page break).
  for (let r = 1; r < grid.rows; r++) {
    if (!grid.at[r]!.every((g) => g.r === r)) continue;
    const title = continuationTitleOf(grid.at[r]!.filter((g, c) => g.c === c).map((g) => g.lines.join('')));
    if (title === null) continue;
    drop.add(r);
    continuesAt(r + 1, 'table-stitched');
    diagnostics.push(diag(ctx.documentId, 'info', 'continuation-title-skipped', `Row ${r + 1} ("${title.slice(0, 40)}") marks the table continued after a page break and was removed.`, { table: ctx.table, row: r + 1, page: grid.rowInfo[r]!.page }));
  }
  const filled = grid.at[0]!.filter((g, c) => g.c === c && g.lines.join('').trim()).length;
  if (filled < 2) return dropRows(grid, drop);
  const head = rowKey(grid, 0);
  for (let r = 1; r < grid.rows; r++) {
    if (rowKey(grid, r) !== head || drop.has(r)) continue;
    // A header of several rows repeats them all: the rows after the repeated first one that equal the header's next rows.
    let k = 1;
    while (k < MAX_HEADER_ROWS && r + k < grid.rows && !drop.has(k) && rowKey(grid, r + k) === rowKey(grid, k) && rowKey(grid, k) !== head) k++;
    for (let j = 0; j < k; j++) {
      drop.add(r + j);
      diagnostics.push(
        diag(ctx.documentId, 'info', 'header-repeat-skipped', `Row ${r + j + 1} repeats the table header (a page break) and was removed.`, {
          table: ctx.table,
          row: r + j + 1,
          page: grid.rowInfo[r + j]!.page,
        }),
      );
    }
    continuesAt(r + k, 'header-repeat-skipped');
  }
  return dropRows(grid, drop);
}

/** Drops lines that repeat an earlier non-empty line of the same cell when the cell is nothing but repeats. */
export function collapseRepeats(lines: string[]): string[] {
  const nonEmpty = lines.map((l) => l.trim()).filter(Boolean);
  if (nonEmpty.length < 2) return lines.filter((l) => l.trim() !== '').length === lines.length ? lines : nonEmpty;
  const unique = [...new Set(nonEmpty.map((l) => normalizeKey(l)))];
  if (unique.length === 1) return [nonEmpty[0]!];
  // Repeated block (a, b, a, b): keep the first copy.
  for (let p = 1; p <= nonEmpty.length / 2; p++) {
    if (nonEmpty.length % p !== 0) continue;
    const head = nonEmpty.slice(0, p).map(normalizeKey).join('|');
    let all = true;
    for (let i = p; i < nonEmpty.length; i += p) {
      if (nonEmpty.slice(i, i + p).map(normalizeKey).join('|') !== head) {
        all = false;
        break;
      }
    }
    if (all) return nonEmpty.slice(0, p);
  }
  return nonEmpty;
}

/** Normalized text of a grid row (for comparing header rows). */
export function rowKey(grid: Grid, r: number): string {
  const parts: string[] = [];
  for (let c = 0; c < grid.cols; c++) {
    const g = grid.at[r]![c]!;
    if (g.c === c && g.r <= r) parts.push(normalizeKey(g.lines.join('')));
  }
  return parts.join('\u0001');
}

/** Removes grid rows (re-indexing cells); used for repeated header rows. */
export function dropRows(grid: Grid, drop: Set<number>): Grid {
  if (!drop.size) return grid;
  const keep = [...Array(grid.rows).keys()].filter((r) => !drop.has(r));
  const newIndex = new Map(keep.map((r, i) => [r, i]));
  const at = keep.map((r) => grid.at[r]!);
  const cells: GridCell[] = [];
  const seen = new Set<GridCell>();
  at.forEach((row, nr) => {
    for (const g of row) {
      if (seen.has(g)) continue;
      seen.add(g);
      const rowsCovered = [...Array(g.rs).keys()].map((i) => g.r + i).filter((r) => newIndex.has(r));
      g.rs = rowsCovered.length;
      g.r = newIndex.get(rowsCovered[0]!) ?? nr;
      cells.push(g);
    }
  });
  cells.sort((a, b) => a.r - b.r || a.c - b.c);
  return { ...grid, rows: keep.length, at, cells, rowInfo: keep.map((r) => grid.rowInfo[r]!) };
}
