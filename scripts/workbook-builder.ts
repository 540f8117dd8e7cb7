// Workbooks for the spreadsheet tests and the benchmark, written by SheetJS as Excel writes them: a
// document's blocks laid out the way people paste a Word table into Excel (its title in
// A1, the table below with merged ranges, notes under it), one sheet per table.
import * as XLSX from '@e965/xlsx';
import type { Block, SourceDocument } from '../pipeline/model.ts';

export type BookType = 'xlsx' | 'biff8';

/** One sheet's rows: `string` cells, `null` for an empty one; merges in sheet coordinates. */
export interface SheetSpec {
  name: string;
  rows: (string | number | null)[][];
  merges?: XLSX.Range[];
  hiddenRows?: number[];
  hiddenCols?: number[];
  hidden?: boolean;
  /** Number formats by cell address (`B3` → `0%`). */
  formats?: Record<string, string>;
}

export function workbook(sheets: SheetSpec[], bookType: BookType = 'xlsx'): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows.map((r) => r.map((v) => (v === null ? undefined : v))));
    if (s.merges?.length) ws['!merges'] = s.merges;
    if (s.hiddenRows?.length) ws['!rows'] = s.hiddenRows.reduce<XLSX.RowInfo[]>((acc, r) => ((acc[r] = { hidden: true }), acc), []);
    if (s.hiddenCols?.length) ws['!cols'] = s.hiddenCols.reduce<XLSX.ColInfo[]>((acc, c) => ((acc[c] = { hidden: true }), acc), []);
    for (const [addr, fmt] of Object.entries(s.formats ?? {})) {
      const c = ws[addr] as XLSX.CellObject | undefined;
      if (c) c.z = fmt;
    }
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  sheets.forEach((s, i) => {
    if (!s.hidden) return;
    wb.Workbook ??= {};
    wb.Workbook.Sheets ??= [];
    wb.Workbook.Sheets[i] = { ...(wb.Workbook.Sheets[i] ?? {}), Hidden: 1 };
  });
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType }) as Buffer);
}

/**
 * A parsed document as a workbook: each table on a sheet of its own (Sheet1, Sheet2 …),
 * the paragraphs before it in column A above it and the ones after the last table under
 * it, its cells at their grid positions with row/column spans as merged ranges.
 */
export function documentAsWorkbook(doc: SourceDocument, bookType: BookType = 'xlsx'): Uint8Array {
  const sheets: SheetSpec[] = [];
  let before: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') {
      if (b.text.trim()) before.push(b.text);
      continue;
    }
    sheets.push(tableSheet(`Sheet${sheets.length + 1}`, before, b));
    before = [];
  }
  const last = sheets[sheets.length - 1];
  if (last && before.length) for (const p of before) last.rows.push([p]);
  return workbook(sheets, bookType);
}

function tableSheet(name: string, above: string[], t: Extract<Block, { kind: 'table' }>): SheetSpec {
  const rows: (string | null)[][] = above.map((p) => [p]);
  const merges: XLSX.Range[] = [];
  const top = rows.length;
  const taken: boolean[][] = [];
  t.rows.forEach((row, ri) => {
    const r = top + ri;
    rows[r] ??= [];
    taken[ri] ??= [];
    let c = 0;
    for (const cell of row.cells) {
      while (taken[ri]![c]) c++;
      rows[r]![c] = cell.lines.join('\n') || null;
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) ((taken[ri + dr] ??= [])[c + dc] = true);
      if (cell.rowSpan > 1 || cell.colSpan > 1) merges.push({ s: { r, c }, e: { r: r + cell.rowSpan - 1, c: c + cell.colSpan - 1 } });
      c += cell.colSpan;
    }
  });
  const width = Math.max(...rows.map((r) => r.length));
  return { name, rows: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)), merges };
}
