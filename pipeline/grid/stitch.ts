// Tables continued after a `续表…` title (or straight after a page break) are one
// table: the continuation's repeated header rows are dropped and its rows appended.
import type { Block, Diagnostic, SourceCell, SourceRow, SourceTable } from '../model.ts';
import { diag } from '../model.ts';
import { normalizeKey } from '../normalize/text.ts';
import { continuationWords, fieldOfHeader } from '../layout/header-words.ts';

function rowKey(t: SourceTable, r: number): string {
  const keys: string[] = [];
  for (const c of t.rows[r]!.cells) keys.push(normalizeKey(c.lines.join('')));
  return keys.join('|');
}

export function isContinuationTitle(text: string): boolean {
  const k = normalizeKey(text);
  return continuationWords.some((w) => k.startsWith(w));
}

/**
 * A row stitched on after a page break. `headerRowsSkipped` says how many repeated header
 * rows were dropped above it, so the grid flags `header-repeat-skipped` only where a header
 * really was skipped (a continuation without a header row is only `table-stitched`).
 */
export interface ContinuedRow extends SourceRow {
  headerRowsSkipped?: number;
}

/** The title of a row holding nothing but a `续表…` title (one cell across, or one filled cell), else null. */
export function continuationTitleOf(cellTexts: string[]): string | null {
  const filled: string[] = [];
  for (const text of cellTexts) {
    const t = text.trim();
    if (t) filled.push(t);
  }
  return filled.length === 1 && isContinuationTitle(filled[0]!) ? filled[0]! : null;
}

/** Page furniture between two parts of a table: page numbers such as `— 4 —`, `第 3 页`. */
function isPageFurniture(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return /^[—\-–]*\d+[—\-–]*$/.test(t) || /^第\d+页(共\d+页)?$/.test(t) || /^\d+\/\d+$/.test(t);
}

export function stitchTables(blocks: Block[], documentId: string): { blocks: Block[]; diagnostics: Diagnostic[] } {
  const out: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  let lastTable: SourceTable | null = null;
  let pending: Block[] = [];
  let sawContinuation = false;
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      if (lastTable && (isContinuationTitle(b.text) || isPageFurniture(b.text))) {
        sawContinuation ||= isContinuationTitle(b.text);
        pending.push(b);
        continue;
      }
      out.push(...pending, b);
      pending = [];
      lastTable = null;
      sawContinuation = false;
      continue;
    }
    if (b.standalone) lastTable = null;
    // A `续表` title written as the continuation's first row, inside the table.
    const titleRow = lastTable && b.rows.length > 1 ? continuationTitleOf(b.rows[0]!.cells.map((c) => c.lines.join(''))) : null;
    const body: SourceTable = titleRow !== null ? { ...b, rows: b.rows.slice(1) } : b;
    if (titleRow !== null) {
      pending.push({ kind: 'paragraph', text: titleRow, page: b.rows[0]!.cells[0]?.page ?? null });
      sawContinuation = true;
    }
    const sameHeader = lastTable && lastTable.rows.length > 0 && body.rows.length > 0 && rowKey(lastTable, 0) === rowKey(body, 0);
    const sameWidth = lastTable && width(lastTable) === width(body);
    // Right after a table with a header (only empty paragraphs, a page break, between), a table of
    // the same width whose first row is no header continues it (Word splits a long table so).
    const bare = lastTable && sameWidth && !sameHeader && !isHeaderRow(body.rows[0]) && lastTable.rows.slice(0, 3).some(isHeaderRow);
    if (lastTable && (sameHeader || (sawContinuation && sameWidth) || bare)) {
      appendContinuation(lastTable, body, b.pages, !!sameHeader, !!bare && !sawContinuation, out, pending, documentId, diagnostics);
      pending = [];
      sawContinuation = false;
      continue;
    }
    // A title row that continued nothing stays in its table (its caption).
    if (titleRow !== null) pending.pop();
    out.push(...pending);
    pending = [];
    const copy: SourceTable = { ...b, rows: [...b.rows], pages: [...b.pages] };
    out.push(copy);
    lastTable = copy;
    sawContinuation = false;
  }
  out.push(...pending);
  return { blocks: out, diagnostics };
}

/** Appends a continued part's rows to the table it continues (its repeated header rows dropped). */
function appendContinuation(
  lastTable: SourceTable,
  body: SourceTable,
  pages: number[],
  sameHeader: boolean,
  bareStitch: boolean,
  out: Block[],
  pending: Block[],
  documentId: string,
  diagnostics: Diagnostic[],
): void {
  let skip = 0;
  if (sameHeader) {
    // every leading row equal to the first table's header rows
    while (skip < body.rows.length && skip < lastTable.rows.length && rowKey(body, skip) === rowKey(lastTable, skip) && lastTable.rows[skip]!.cells.some((c) => c.lines.join('').trim())) skip++;
  }
  const idx = out.filter((x) => x.kind === 'table').length;
  for (const p of pending) {
    if (p.kind === 'paragraph') diagnostics.push(diag(documentId, 'info', 'continuation-title-skipped', `The line "${p.text.slice(0, 40)}" marks a table continued after a page break and was dropped.`, { table: idx, page: p.page }));
  }
  if (bareStitch) diagnostics.push(diag(documentId, 'info', 'table-stitched', `A table without a header row of the same width right after table ${idx} continues it; its rows were appended.`, { table: idx, row: lastTable.rows.length + 1 }));
  if (skip) diagnostics.push(diag(documentId, 'info', 'header-repeat-skipped', `${skip} header row(s) repeated where table ${idx} continues were skipped.`, { table: idx, row: lastTable.rows.length + 1 }));
  const rest = body.rows.slice(skip).map((r, i): ContinuedRow => (i === 0 ? { ...r, pageBreakBefore: true, headerRowsSkipped: skip } : r));
  if (rest.length && !skip) joinMergesFromAbove(lastTable, rest[0]!, idx, documentId, diagnostics);
  lastTable.rows.push(...rest);
  for (const p of pages) if (!lastTable.pages.includes(p)) lastTable.pages.push(p);
}

/** Grid column where each cell of each row starts (the HTML table algorithm: row spans from above take their slots). */
function startColumns(rows: SourceRow[]): number[][] {
  const taken: boolean[][] = [];
  const out: number[][] = [];
  rows.forEach((row, r) => {
    taken[r] ??= [];
    const starts: number[] = [];
    let c = 0;
    for (const cell of row.cells) {
      while (taken[r]![c]) c++;
      starts.push(c);
      for (let y = r; y < Math.min(rows.length, r + Math.max(1, cell.rowSpan)); y++) {
        taken[y] ??= [];
        for (let x = c; x < c + Math.max(1, cell.colSpan); x++) taken[y]![x] = true;
      }
      c += Math.max(1, cell.colSpan);
    }
    out.push(starts);
  });
  return out;
}

/**
 * An empty cell of the continued part's first row that the source marks as continuing a merge
 * begun above (Word: `w:vMerge` without restart at the top of the lower table) is joined to the
 * cell of the same columns that covers the first part's last row: that cell's row span grows by
 * the continuing cell's, so the rows below read its text as merged down (`filled-from-merged-cell`).
 */
function joinMergesFromAbove(lastTable: SourceTable, first: ContinuedRow, idx: number, documentId: string, diagnostics: Diagnostic[]): void {
  if (!first.cells.some((c) => c.continuesAbove)) return;
  const last = lastTable.rows.length - 1;
  const upper = startColumns(lastTable.rows);
  const lower = startColumns([first])[0]!;
  const keep: SourceCell[] = [];
  first.cells.forEach((cell, k) => {
    const col = lower[k]!;
    let anchor: { r: number; k: number } | null = null;
    if (cell.continuesAbove && !cell.lines.join('').trim()) {
      for (let r = last; r >= 0 && !anchor; r--) {
        const i = upper[r]!.indexOf(col);
        const a = i < 0 ? undefined : lastTable.rows[r]!.cells[i]!;
        if (a && a.colSpan === cell.colSpan && r + Math.max(1, a.rowSpan) - 1 >= last) anchor = { r, k: i };
      }
    }
    if (!anchor) {
      keep.push(cell);
      return;
    }
    const row = lastTable.rows[anchor.r]!;
    const a = row.cells[anchor.k]!;
    const cells = [...row.cells];
    cells[anchor.k] = { ...a, rowSpan: last - anchor.r + 1 + Math.max(1, cell.rowSpan) };
    lastTable.rows[anchor.r] = { ...row, cells };
    const said = a.lines.join('').trim();
    diagnostics.push(
      diag(documentId, 'info', 'merge-continued', `Row ${last + 2}, column ${col + 1} continues the merged cell above it${said ? ` ("${said.slice(0, 30)}")` : ''} across the split of table ${idx}; it was joined to that cell.`, {
        table: idx,
        row: last + 2,
        column: col + 1,
      }),
    );
  });
  first.cells = keep;
}

/** A row naming at least two columns with header words (`序号`, `责任单位`, …). */
function isHeaderRow(row: SourceRow | undefined): boolean {
  return (row?.cells ?? []).filter((c) => fieldOfHeader(c.lines.join(''))).length >= 2;
}

function width(t: SourceTable): number {
  const counts = t.rows.map((r) => r.cells.reduce((a, c) => a + c.colSpan, 0));
  const freq = new Map<number, number>();
  for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
  return [...freq.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}
