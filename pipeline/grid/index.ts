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
  for (let r = 0; r < table.rows.length; r++) placeRow(table, r, at, cells, rowInfo);
  const rows = table.rows.length;
  let cols = 0;
  for (const row of at) if (row.length > cols) cols = row.length;
  for (let r = 0; r < rows; r++) {
    at[r] ??= [];
    for (let c = 0; c < cols; c++) {
      if (!at[r]![c]) {
        const g = gridCell(r, c, 1, 1, [], rowInfo[r]!.page, null, ['padded']);
        cells.push(g);
        at[r]![c] = g;
      }
    }
  }
  cells.sort(byPosition);
  return makeGrid(rows, cols, cells, at as GridCell[][], rowInfo, table.mode, table.pages);
}

// Grids and their cells are made by these two functions only, so every one has the same
// fields in the same order (one object shape for V8; a spread copy would make another).
function gridCell(r: number, c: number, rs: number, cs: number, lines: string[], page: number | null, bbox: BBox | null, flags: string[]): GridCell {
  return { r, c, rs, cs, lines, page, bbox, flags };
}

function makeGrid(rows: number, cols: number, cells: GridCell[], at: GridCell[][], rowInfo: Grid['rowInfo'], mode: TableMode, pages: number[]): Grid {
  return { rows, cols, cells, at, rowInfo, mode, pages };
}

function byPosition(a: GridCell, b: GridCell): number {
  return a.r - b.r || a.c - b.c;
}

/** Places row r's cells in `at` (the HTML table algorithm), after the row spans from above. */
function placeRow(table: SourceTable, r: number, at: (GridCell | undefined)[][], cells: GridCell[], rowInfo: Grid['rowInfo']): void {
  const row = table.rows[r]!;
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
    const g = gridCell(r, c, rs, cs, sc.lines, sc.page, sc.bbox, cs < sc.colSpan || rs < sc.rowSpan ? ['span-clipped'] : []);
    cells.push(g);
    for (let i = 0; i < rs; i++) {
      at[r + i] ??= [];
      for (let j = 0; j < cs; j++) at[r + i]![c + j] = g;
    }
    c += cs;
  }
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
  for (const n of unnested.notes) diagnostics.push(diag(ctx.documentId, 'info', 'nested-row-split', n.message, { table: ctx.table, row: n.row, column: n.column }));
  const aligned = alignSplitRows(unnested.value);
  for (const n of aligned.notes) diagnostics.push(diag(ctx.documentId, 'info', 'split-cell-aligned', n.message, { table: ctx.table, row: n.row, column: n.column }));
  const grid = expandSpans(aligned.value);
  for (const n of unnested.notes) {
    grid.rowInfo[n.row - 1]?.flags.push('nested-row-split');
    grid.rowInfo[n.row]?.flags.push('nested-row-split');
  }
  if (aligned.insertedAt !== null) flagInsertedColumn(grid, aligned.insertedAt, aligned.rowsWithExtra);
  for (const g of grid.cells) collapseCell(g, ctx, diagnostics);
  return { value: dropRepeatedHeaders(grid, ctx, diagnostics), diagnostics };
}

function flagInsertedColumn(grid: Grid, insertedAt: number, rowsWithExtra: Set<number>): void {
  for (const row of grid.at) {
    const g = row[insertedAt];
    if (g && !rowsWithExtra.has(g.r)) g.flags.push('split-column-empty');
    else if (g) g.flags.push('split-cell-aligned');
  }
}

function collapseCell(g: GridCell, ctx: GridContext, diagnostics: Diagnostic[]): void {
  const collapsed = collapseRepeats(g.lines);
  if (collapsed.length === g.lines.length) return;
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
  // A `续表…` title written as a row inside the table (one Word table running over a page break).
  for (let r = 1; r < grid.rows; r++) {
    if (!startsAll(grid.at[r]!, r)) continue;
    const title = continuationTitleOf(ownTexts(grid.at[r]!));
    if (title === null) continue;
    drop.add(r);
    continuesAt(grid, r + 1, 'table-stitched');
    diagnostics.push(diag(ctx.documentId, 'info', 'continuation-title-skipped', `Row ${r + 1} ("${title.slice(0, 40)}") marks the table continued after a page break and was removed.`, { table: ctx.table, row: r + 1, page: grid.rowInfo[r]!.page }));
  }
  let filled = 0;
  const first = grid.at[0]!;
  for (let c = 0; c < first.length; c++) if (first[c]!.c === c && first[c]!.lines.join('').trim()) filled++;
  if (filled < 2) return dropRows(grid, drop);
  const head = rowKey(grid, 0);
  for (let r = 1; r < grid.rows; r++) {
    if (rowKey(grid, r) !== head || drop.has(r)) continue;
    // A header of several rows repeats them all: the rows after the repeated first one that equal the header's next rows.
    let k = 1;
    while (k < MAX_HEADER_ROWS && r + k < grid.rows && !drop.has(r + k) && rowKey(grid, r + k) === rowKey(grid, k) && rowKey(grid, k) !== head) k++;
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
    continuesAt(grid, r + k, 'header-repeat-skipped');
  }
  return dropRows(grid, drop);
}

/** The row's cells all start on row r (none is merged down from above). */
function startsAll(row: GridCell[], r: number): boolean {
  for (const g of row) if (g.r !== r) return false;
  return true;
}

/** The texts of the cells anchored in this row's slots (a span counted once). */
function ownTexts(row: GridCell[]): string[] {
  const out: string[] = [];
  for (let c = 0; c < row.length; c++) if (row[c]!.c === c) out.push(row[c]!.lines.join(''));
  return out;
}

/** The row after a dropped one starts the continued part; a skipped header says more than a stitch. */
function continuesAt(grid: Grid, r: number, flag: 'table-stitched' | 'header-repeat-skipped'): void {
  const info = grid.rowInfo[r];
  if (!info || info.flags.includes('header-repeat-skipped')) return;
  const flags: string[] = [];
  for (const f of info.flags) if (f !== 'table-stitched') flags.push(f);
  flags.push(flag);
  info.flags = flags;
}

/** Drops lines that repeat an earlier non-empty line of the same cell when the cell is nothing but repeats. */
export function collapseRepeats(lines: string[]): string[] {
  const nonEmpty: string[] = [];
  for (const l of lines) {
    const t = l.trim();
    if (t) nonEmpty.push(t);
  }
  // (a line that trims to nothing is the only kind left out of nonEmpty)
  if (nonEmpty.length < 2) return nonEmpty.length === lines.length ? lines : nonEmpty;
  const first = normalizeKey(nonEmpty[0]!);
  let allSame = true;
  for (let i = 1; i < nonEmpty.length && allSame; i++) if (normalizeKey(nonEmpty[i]!) !== first) allSame = false;
  if (allSame) return [nonEmpty[0]!];
  // Repeated block (a, b, a, b): keep the first copy.
  for (let p = 1; p <= nonEmpty.length / 2; p++) {
    if (nonEmpty.length % p !== 0) continue;
    const head = blockKey(nonEmpty, 0, p);
    let all = true;
    for (let i = p; i < nonEmpty.length; i += p) {
      if (blockKey(nonEmpty, i, i + p) !== head) {
        all = false;
        break;
      }
    }
    if (all) return nonEmpty.slice(0, p);
  }
  return nonEmpty;
}

function blockKey(lines: string[], from: number, to: number): string {
  const keys: string[] = [];
  for (let i = from; i < to; i++) keys.push(normalizeKey(lines[i]!));
  return keys.join('|');
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
  const keep: number[] = [];
  for (let r = 0; r < grid.rows; r++) if (!drop.has(r)) keep.push(r);
  const newIndex = new Map<number, number>();
  const at: GridCell[][] = [];
  const rowInfo: Grid['rowInfo'] = [];
  for (let i = 0; i < keep.length; i++) {
    newIndex.set(keep[i]!, i);
    at.push(grid.at[keep[i]!]!);
    rowInfo.push(grid.rowInfo[keep[i]!]!);
  }
  const cells: GridCell[] = [];
  const seen = new Set<GridCell>();
  for (let nr = 0; nr < at.length; nr++) {
    for (const g of at[nr]!) {
      if (seen.has(g)) continue;
      seen.add(g);
      // the kept rows the cell covers: its new top row and row span
      let first = -1;
      let covered = 0;
      for (let i = 0; i < g.rs; i++) {
        if (!newIndex.has(g.r + i)) continue;
        if (covered === 0) first = g.r + i;
        covered++;
      }
      g.rs = covered;
      g.r = (covered ? newIndex.get(first) : undefined) ?? nr;
      cells.push(g);
    }
  }
  cells.sort(byPosition);
  return makeGrid(keep.length, grid.cols, cells, at, rowInfo, grid.mode, grid.pages);
}
