// Spreadsheets: .xlsx, Excel 97–2003 .xls and WPS .et (cities publish 任务分解表 as
// workbooks too, and the schema's `format` names xlsx). SheetJS reads all three and
// gives each cell the text Excel shows (`w`: number formats applied, so 0.95 formatted
// as a percentage is `95%` and a date serial is the date as written); this module
// turns each visible sheet into blocks:
// - rows above the table holding one value only (a title typed in A1 that overflows
//   to the right, `附件1`) become paragraphs, as a title above a Word table is, and so
//   do such rows below it (`注：…`, `填表人：…`);
//   a short `label：value` row right above the header or under the body (`填报单位：…`,
//   `单位：万元`, `制表人：…`) stays in the table, as the furniture layout reads into fields;
// - the rest of the sheet's used range is one table, merged ranges as rowSpan/colSpan — or
//   several, when empty rows or columns part tables that each open with their own title or
//   header (`splitSheet` states the rule);
// - error values (`#N/A`) are read as shown, with a warning; a workbook of charts or
//   pictures only fails with one sentence;
// - hidden sheets, rows and columns are left out, as Word's hidden text is (an info
//   diagnostic names them), and empty rows/columns Excel counts in its used range are
//   trimmed; a merge is counted over what is kept;
// - a sheet's own name, unless it is a default (`Sheet1`, `工作表1`), is a paragraph
//   above its blocks (a fallback title).
// An info diagnostic per table says which sheet and which rows/columns it came from,
// so a value can be found in the workbook (grid row N is the Nth kept row).
import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';
import type { Block, Diagnostic, Parser, SourceCell, SourceRow } from '../../pipeline/model.ts';
import { cell, diag } from '../../pipeline/model.ts';
import { labelPairs } from '../../pipeline/document.ts';
import { fieldOfHeader } from '../../pipeline/layout/header-words.ts';
import { isCfb } from '../docx/cfb.ts';
import { inflateEntry, isZip, readZipDirectory } from '../docx/zip.ts';

// Old .xls files store text in the workbook's code page (GBK for Chinese Excel).
XLSX.set_cptable(cptable);

/** Sheet names Excel and WPS give new sheets: not a title. */
const DEFAULT_SHEET_NAME = /^(?:sheet|工作表|表|chart|图表)\s*\d*$/i;

type Sheet = XLSX.WorkSheet;

/** The text Excel shows in a cell: formatted text, else the raw value. Line breaks (Alt+Enter) split lines. */
function cellText(c: XLSX.CellObject | undefined): string {
  if (!c) return '';
  let s: string;
  if (c.t === 'n' && c.z === LOCALE_DATE_TIME && typeof c.v === 'number') s = XLSX.SSF.format('yyyy/m/d h:mm', c.v);
  else if (c.w !== undefined && c.w !== null) s = String(c.w);
  else if (c.v === undefined || c.v === null) s = '';
  else s = String(c.v);
  return s.replace(/\r\n?/g, '\n');
}

function colName(c: number): string {
  return XLSX.utils.encode_col(c);
}

/** `1, 2, 3, 7` → `1–3, 7` (spreadsheet row numbers or column letters). */
function ranges(list: number[], name: (n: number) => string): string {
  const out: string[] = [];
  for (let i = 0; i < list.length; ) {
    let j = i;
    while (j + 1 < list.length && list[j + 1] === list[j]! + 1) j++;
    out.push(i === j ? name(list[i]!) : `${name(list[i]!)}–${name(list[j]!)}`);
    i = j + 1;
  }
  return out.join(', ');
}

interface Grid {
  /** Text of every cell of the used range, by sheet row and column (0-based, absolute). */
  text: (r: number, c: number) => string;
  /** Whether the cell holds an error value (`#N/A`, `#DIV/0!`: a formula that failed). */
  error: (r: number, c: number) => boolean;
  range: XLSX.Range;
  merges: XLSX.Range[];
}

function gridOf(ws: Sheet, limit: XLSX.Range | null): Grid | null {
  const ref = ws['!ref'];
  if (!ref) return null;
  const range = XLSX.utils.decode_range(ref);
  const dense = (ws as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'];
  if (dense) {
    // The declared range can be far larger than the data (formatting applied to whole
    // columns declares A1:XFD1048576): clip it to the cells that hold something.
    let lastRow = -1;
    let lastCol = -1;
    dense.forEach((row, r) => {
      if (!row) return;
      row.forEach((c, ci) => {
        if (c && cellText(c).trim()) {
          lastRow = Math.max(lastRow, r);
          lastCol = Math.max(lastCol, ci);
        }
      });
    });
    if (lastRow < 0) return null;
    range.e.r = Math.min(range.e.r, lastRow);
    range.e.c = Math.min(range.e.c, lastCol);
  }
  if (limit) {
    // Only the part of the sheet an embedding shows (its `oleSize`).
    range.s.r = Math.max(range.s.r, limit.s.r);
    range.s.c = Math.max(range.s.c, limit.s.c);
    range.e.r = Math.min(range.e.r, limit.e.r);
    range.e.c = Math.min(range.e.c, limit.e.c);
    if (range.s.r > range.e.r || range.s.c > range.e.c) return null;
  }
  const text = dense ? (r: number, c: number) => cellText(dense[r]?.[c]) : (r: number, c: number) => cellText(ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined);
  const at = dense ? (r: number, c: number) => dense[r]?.[c] : (r: number, c: number) => ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
  return { text, error: (r, c) => at(r, c)?.t === 'e', range, merges: ws['!merges'] ?? [] };
}

/** One visible sheet → its blocks. */
function sheetBlocks(ws: Sheet, name: string, tableIndex: number, documentId: string, diagnostics: Diagnostic[], limit: XLSX.Range | null = null): Block[] {
  const g = gridOf(ws, limit);
  const blocks: Block[] = [];
  if (!DEFAULT_SHEET_NAME.test(name.trim())) blocks.push({ kind: 'paragraph', text: name.trim(), page: null });
  if (!g) return blocks;
  const { range, merges } = g;
  const hiddenRow = (r: number) => !!ws['!rows']?.[r]?.hidden;
  const hiddenCol = (c: number) => !!ws['!cols']?.[c]?.hidden;

  // Where each merge's text is shown: its top-left cell; the other cells of the range are covered.
  const covered = new Set<string>();
  const mergeAt = new Map<string, XLSX.Range>();
  for (const m of merges) {
    mergeAt.set(`${m.s.r}:${m.s.c}`, m);
    // Only the part inside the read range (a merge can run down a whole column).
    const r1 = Math.min(m.e.r, range.e.r);
    const c1 = Math.min(m.e.c, range.e.c);
    for (let r = Math.max(m.s.r, range.s.r); r <= r1; r++) for (let c = Math.max(m.s.c, range.s.c); c <= c1; c++) if (r !== m.s.r || c !== m.s.c) covered.add(`${r}:${c}`);
  }

  const hiddenRows: number[] = [];
  const hiddenCols: number[] = [];
  const rows: number[] = [];
  const cols: number[] = [];
  for (let c = range.s.c; c <= range.e.c; c++) (hiddenCol(c) ? hiddenCols : cols).push(c);
  for (let r = range.s.r; r <= range.e.r; r++) (hiddenRow(r) ? hiddenRows : rows).push(r);
  // A merge whose top-left cell is hidden shows its text in its first kept cell.
  const anchorOf = (m: XLSX.Range): { r: number; c: number } | null => {
    const r = rows.find((x) => x >= m.s.r && x <= m.e.r);
    const c = cols.find((x) => x >= m.s.c && x <= m.e.c);
    return r === undefined || c === undefined ? null : { r, c };
  };
  const lostMerged: string[] = [];
  const shownAt = new Map<string, XLSX.Range>();
  for (const m of merges) {
    const a = anchorOf(m);
    if (a) shownAt.set(`${a.r}:${a.c}`, m);
    else if (g.text(m.s.r, m.s.c).trim()) lostMerged.push(XLSX.utils.encode_cell(m.s));
  }
  const isCovered = (r: number, c: number) => covered.has(`${r}:${c}`) || (mergeAt.has(`${r}:${c}`) && !shownAt.has(`${r}:${c}`));
  const textAt = (r: number, c: number): string => {
    const m = shownAt.get(`${r}:${c}`);
    if (m) return g.text(m.s.r, m.s.c);
    return isCovered(r, c) ? '' : g.text(r, c);
  };
  const hiddenText = [...hiddenRows.flatMap((r) => cols.map((c) => g.text(r, c))), ...hiddenCols.flatMap((c) => rows.map((r) => g.text(r, c)))].filter((t) => t.trim());
  const errorAt = (r: number, c: number): boolean => {
    const m = shownAt.get(`${r}:${c}`);
    return m ? g.error(m.s.r, m.s.c) : !isCovered(r, c) && g.error(r, c);
  };
  const sheet: SheetView = { name, merges, covered, shownAt, textAt, isCovered, errorAt };

  // Rows and columns with nothing shown (Excel's used range counts formatted empty cells).
  const parts = splitSheet(sheet, rows, cols);
  let tables = 0;
  for (const part of parts) {
    const before = diagnostics.length;
    const b = partBlocks(sheet, part.rows, part.cols, tableIndex + tables, documentId, diagnostics);
    if (b.some((x) => x.kind === 'table')) tables++;
    else diagnostics.length = before;
    blocks.push(...b);
  }
  if (!tables) {
    if (hiddenText.length) diagnostics.push(diag(documentId, 'info', 'xlsx-hidden-left-out', `Sheet ${name} shows nothing; its hidden rows/columns hold ${hiddenText.length} value(s), left out.`));
    return blocks;
  }
  if (parts.length > 1 && tables > 1) {
    diagnostics.push(diag(documentId, 'info', 'xlsx-sheet-split', `Sheet ${name} holds ${tables} tables (${parts.length} parts separated by empty rows or columns, each starting with its own title or header), read as tables ${tableIndex}–${tableIndex + tables - 1}.`, { table: tableIndex }));
  }
  if (hiddenRows.length || hiddenCols.length) {
    const what = [hiddenRows.length ? `row(s) ${ranges(hiddenRows.map((r) => r + 1), String)}` : '', hiddenCols.length ? `column(s) ${ranges(hiddenCols, colName)}` : ''].filter(Boolean).join(' and ');
    diagnostics.push(diag(documentId, 'info', 'xlsx-hidden-left-out', `Sheet ${name} hides ${what}, holding ${hiddenText.length} value(s); they were left out, as Excel does not show them.`, { table: tableIndex }));
  }
  if (lostMerged.length) diagnostics.push(diag(documentId, 'warning', 'xlsx-hidden-merge', `Sheet ${name}: the merged cell(s) ${lostMerged.join(', ')} lie wholly in hidden rows or columns; their text was left out.`, { table: tableIndex }));
  return blocks;
}

/** What the partition and the table builder need of a sheet (hidden rows/columns already left out by the caller's lists). */
interface SheetView {
  name: string;
  merges: XLSX.Range[];
  covered: Set<string>;
  shownAt: Map<string, XLSX.Range>;
  textAt: (r: number, c: number) => string;
  isCovered: (r: number, c: number) => boolean;
  errorAt: (r: number, c: number) => boolean;
}

/** The values shown in row r over the columns cols (a merge's text once, at its shown cell). */
function rowValues(s: SheetView, r: number, cols: number[]): string[] {
  return cols.map((c) => s.textAt(r, c)).filter((t) => t.trim() !== '');
}

/**
 * A row that reads as a table's header: at least two of its values, and at least half of them,
 * are header words (`序号`, `工作任务`, `责任单位`, `指标名称`, `目标值` — the layout stage's own
 * list, `pipeline/layout/header-words.ts`).
 */
function headerLike(s: SheetView, r: number, cols: number[]): boolean {
  const values = rowValues(s, r, cols);
  const words = values.filter((v) => fieldOfHeader(v.replace(/\n/g, '')) !== null).length;
  return words >= 2 && words * 2 >= values.length;
}

/**
 * Whether the filled rows `seg` (over cols) open a table of their own: up to three rows
 * holding one value each (the table's title, `单位：…`) or only `label：value` pairs
 * (`填报单位：… | 填报日期：…`) and then a header-like row — or a
 * header-like row first. Returns that header row's texts, or null.
 */
function tableStart(s: SheetView, seg: number[], cols: number[]): { header: string; titled: boolean } | null {
  for (let i = 0; i < Math.min(seg.length, 4); i++) {
    const r = seg[i]!;
    if (headerLike(s, r, cols)) return { header: rowValues(s, r, cols).join('\t'), titled: i > 0 };
    // title rows (one value) and `填报单位：… | 填报日期：…` rows may stand above the header
    const values = rowValues(s, r, cols);
    if (values.length !== 1 && !values.every((v) => labelPairs(v.split('\n')).length > 0)) return null;
  }
  return null;
}

/** Whether a merge crosses the line between a and b (rows when byRow, else columns), within the other axis' list. */
function mergeCrosses(s: SheetView, a: number, b: number, byRow: boolean): boolean {
  return s.merges.some((m) => (byRow ? m.s.r <= a && m.e.r >= b : m.s.c <= a && m.e.c >= b));
}

/**
 * A sheet's parts, each read as a table of its own. Offices put several tables on one sheet:
 * one under another (`指标表`, then `任务表`), separated by empty rows, or side by side,
 * separated by an empty column. An empty row (or column) inside one table is common too: a
 * spacer, or a row whose values are all in hidden columns. The rule that tells them apart:
 * a gap of empty rows (or columns) no merged cell crosses splits the sheet only when both
 * sides open a table of their own — the part after it starts (after at most three one-value
 * title rows) with a header-like row (see `headerLike`), and so does the part before it — and
 * the part after is not a bare copy of the part before's header (a header copied again further
 * down a long sheet, as printed pages repeat it, stays in its table: the grid stage drops it).
 * Rows are split first, then each part's columns.
 */
function splitSheet(s: SheetView, rows: number[], cols: number[]): { rows: number[]; cols: number[] }[] {
  const out: { rows: number[]; cols: number[] }[] = [];
  for (const rowPart of splitLines(s, rows, cols, true)) for (const colPart of splitLines(s, cols, rowPart, false)) out.push({ rows: rowPart, cols: colPart });
  return out;
}

/** `lines` (rows when byRow, else columns) split at gaps as `splitSheet` says; `across` are the other axis' lines. */
function splitLines(s: SheetView, lines: number[], across: number[], byRow: boolean): number[][] {
  const filled = (x: number) => across.some((y) => (byRow ? s.textAt(x, y) : s.textAt(y, x)).trim() !== '' || s.shownAt.has(byRow ? `${x}:${y}` : `${y}:${x}`));
  // Runs of filled lines with the gap after each.
  const runs: number[][] = [];
  let cur: number[] = [];
  for (const x of lines) {
    if (filled(x)) cur.push(x);
    else if (cur.length) {
      runs.push(cur);
      cur = [];
    }
  }
  if (cur.length) runs.push(cur);
  if (runs.length < 2) return [lines];
  // Is a run the start of a table of its own? For columns, look at the rows in that run of columns.
  const start = (run: number[]) => {
    if (byRow) return tableStart(s, run, across);
    const rs = across.filter((r) => rowValues(s, r, run).length > 0);
    return run.length >= 2 ? tableStart(s, rs, run) : null;
  };
  const parts: number[][] = [];
  let part = [...runs[0]!];
  let opened = start(runs[0]!);
  for (let i = 1; i < runs.length; i++) {
    const run = runs[i]!;
    const st = start(run);
    const gapFrom = part[part.length - 1]!;
    const crossed = mergeCrosses(s, gapFrom, run[0]!, byRow);
    const repeat = st && !st.titled && opened && opened.header === st.header;
    // Side by side, the right part must show it is a table of its own: a title over it, or a
    // header opening as the left one's does (`序号` again); else the empty column is a spacer.
    const ownColumnTable = byRow || (st && opened && (st.titled || st.header.split('\t')[0] === opened.header.split('\t')[0]));
    if (opened && st && !crossed && !repeat && ownColumnTable) {
      parts.push(part);
      part = [...run];
      opened = st;
    } else part.push(...run);
  }
  parts.push(part);
  if (parts.length === 1) return [lines];
  // Empty lines between parts are dropped; each part keeps its own lines only.
  return parts;
}

/** One part of a sheet (rows × cols, hidden ones already left out) → paragraphs and one table. */
function partBlocks(s: SheetView, rows: number[], cols: number[], tableIndex: number, documentId: string, diagnostics: Diagnostic[]): Block[] {
  const { name, merges, covered, shownAt, textAt, isCovered } = s;
  const blocks: Block[] = [];
  const rowFilled = (r: number) => cols.some((c) => textAt(r, c).trim() !== '');
  const keptRows = rows.filter(rowFilled);
  const keptCols = cols.filter((c) => keptRows.some((r) => textAt(r, c).trim() !== '' || shownAt.has(`${r}:${c}`)));
  if (!keptRows.length || !keptCols.length) return blocks;

  // Leading rows holding a single value: titles above the table, not table rows.
  let first = 0;
  const filledCount = (r: number) => keptCols.filter((c) => textAt(r, c).trim() !== '').length;
  const oneValue = (r: number) => keptCols.map((c) => textAt(r, c)).find((x) => x.trim())!;
  // A short `label：value` row (`填报单位：…  填报日期：…`, `单位：万元`, `制表人：…  审核人：…`) right
  // above the header or right under the body is the table's furniture, as when its pairs stand in
  // cells of their own: it stays in the table, whose layout makes its pairs document fields
  // (pipeline/document.ts `tableFurniture`); the rows above it are titles (paragraphs).
  const furniture = (r: number) => {
    const pairs = labelPairs(oneValue(r).split('\n'));
    return pairs.length > 0 && pairs.every(([, v]) => v.length <= 30 && !/[。；]$/.test(v));
  };
  // (A sheet of one column is a list: every row holds one value, so it stays one table, as in Word.)
  const wide = keptCols.length > 1;
  while (wide && first < keptRows.length - 1 && filledCount(keptRows[first]!) === 1 && !spansRows(keptRows[first]!)) first++;
  while (first > 0 && furniture(keptRows[first - 1]!)) first--;
  for (const r of keptRows.slice(0, first)) blocks.push({ kind: 'paragraph', text: oneValue(r).replace(/\n+/g, ' '), page: null });
  function spansRows(r: number): boolean {
    return keptCols.some((c) => {
      const m = shownAt.get(`${r}:${c}`);
      return !!m && keptRows.some((x) => x > r && x <= m.e.r);
    });
  }
  // Likewise below it: `注：…` typed under the table (furniture rows right under the body stay in it).
  let last = keptRows.length;
  while (wide && last - 1 > first && filledCount(keptRows[last - 1]!) === 1 && !coveredFromAbove(keptRows[last - 1]!)) last--;
  while (last < keptRows.length && furniture(keptRows[last]!)) last++;
  function coveredFromAbove(r: number): boolean {
    return keptCols.some((c) => covered.has(`${r}:${c}`) && merges.some((m) => m.s.r < r && r <= m.e.r && m.s.c <= c && c <= m.e.c));
  }
  const trailing = keptRows.slice(last);
  const tableRows = keptRows.slice(first, last);

  const kept = (list: number[], lo: number, hi: number) => list.filter((x) => x >= lo && x <= hi).length;
  const out: SourceRow[] = tableRows.map((r) => {
    const cells: SourceCell[] = [];
    for (const c of keptCols) {
      if (isCovered(r, c) && !shownAt.has(`${r}:${c}`)) continue;
      const m = shownAt.get(`${r}:${c}`);
      const t = textAt(r, c);
      const lines = t.trim() ? t.split('\n') : [];
      if (m) {
        const rowSpan = Math.max(1, kept(tableRows, r, m.e.r));
        const colSpan = Math.max(1, kept(keptCols, c, m.e.c));
        cells.push(cell(lines, rowSpan, colSpan));
      } else cells.push(cell(lines));
    }
    return { cells, header: false, pageBreakBefore: false };
  });
  // A merge over rows that were all dropped as empty leaves its row; a row may end up with
  // no cell of its own when every cell is covered from above: keep it only if it has cells.
  blocks.push({ kind: 'table', rows: out.filter((row) => row.cells.length > 0), pages: [], mode: 'xlsx', standalone: true });
  for (const r of trailing) blocks.push({ kind: 'paragraph', text: oneValue(r).replace(/\n+/g, ' '), page: null });

  // Error values are read as Excel shows them (`#N/A`), each named in a warning: a formula failed there.
  tableRows.forEach((r, ri) =>
    keptCols.forEach((c, ci) => {
      if (s.errorAt(r, c)) diagnostics.push(diag(documentId, 'warning', 'xlsx-error-cell', `Cell ${colName(c)}${r + 1} of sheet ${name} shows the error ${textAt(r, c)} (a formula that failed in Excel); it is read as shown.`, { table: tableIndex, row: ri + 1, column: ci + 1 }));
    }),
  );
  const where = `rows ${ranges(tableRows.map((r) => r + 1), String)}, columns ${ranges(keptCols, colName)}`;
  diagnostics.push(diag(documentId, 'info', 'xlsx-sheet-table', `Table ${tableIndex} is sheet ${name}, ${where} (grid row N is the Nth of these rows).`, { table: tableIndex }));
  return blocks;
}

/** How SheetJS reads a workbook here (bench/batch.ts times the same call as the floor). */
export const READ_OPTIONS: XLSX.ParsingOptions = {
  type: 'array',
  dense: true,
  cellDates: false,
  cellHTML: false,
  cellFormula: false,
  // SheetJS reads row and column properties (hidden rows/columns) only with cellStyles.
  cellStyles: true,
  // Excel's built-in short date (format 14) follows the system locale: Chinese Excel shows
  // 2025/6/30 where SheetJS's default would print the US 6/30/25.
  dateNF: 'yyyy/m/d',
};

/** Built-in format 22 (date and time) is locale-dependent too; dateNF covers only 14. */
const LOCALE_DATE_TIME = 'm/d/yy h:mm';

/** SpreadsheetML 2003 (Excel's XML workbook), which SheetJS reads too. */
function looksLikeXmlWorkbook(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('<?xml') && /<(?:ss:)?Workbook\b/.test(head);
}

function readWorkbook(bytes: Uint8Array): { wb: XLSX.WorkBook } | { error: string; code: string } {
  // SheetJS reads any bytes as CSV text; only spreadsheet containers are workbooks here.
  if (!isZip(bytes) && !isCfb(bytes) && !looksLikeXmlWorkbook(bytes))
    return { code: 'xlsx-unreadable', error: 'The file is not a spreadsheet: its bytes are neither an .xlsx (zip) nor an Excel 97–2003 (.xls) workbook.' };
  try {
    return { wb: XLSX.read(bytes, READ_OPTIONS) };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/password|encrypt/i.test(msg)) return { code: 'xlsx-encrypted', error: 'The workbook is password-protected; save it without a password first.' };
    return { code: 'xlsx-unreadable', error: `The workbook cannot be read (${msg.split('\n')[0]}).` };
  }
}

/** Which part of a workbook to read: every visible sheet, or (an embedded workbook) the sheet Word shows and its shown range. */
export interface WorkbookView {
  sheet: number;
  range: string | null;
}

/** The sheet shown when the workbook opens and, for an embedded one, the range shown (`<oleSize ref>`), from xl/workbook.xml. */
export function workbookView(bytes: Uint8Array): WorkbookView {
  const view: WorkbookView = { sheet: 0, range: null };
  if (!isZip(bytes)) return view;
  const dir = readZipDirectory(bytes);
  const entry = dir.ok ? dir.entries.find((e) => e.name === 'xl/workbook.xml') : undefined;
  const xml = entry ? inflateEntry(bytes, entry, 16 * 1024 * 1024) : null;
  if (!xml?.ok) return view;
  const text = new TextDecoder('utf-8').decode(xml.data);
  const tab = /<(?:\w+:)?workbookView\b[^>]*\bactiveTab="(\d+)"/.exec(text);
  if (tab) view.sheet = Number(tab[1]);
  view.range = /<(?:\w+:)?oleSize\b[^>]*\bref="([A-Z]+\d+(?::[A-Z]+\d+)?)"/.exec(text)?.[1] ?? null;
  return view;
}

/** What an .xlsx package holds besides cells: charts (`xl/charts/`, chart sheets) and pictures (`xl/media/`). */
function drawingsOf(bytes: Uint8Array): { charts: number; pictures: number } {
  const out = { charts: 0, pictures: 0 };
  if (!isZip(bytes)) return out;
  const dir = readZipDirectory(bytes);
  if (!dir.ok) return out;
  for (const e of dir.entries) {
    if (/^xl\/charts\/chart\d*\.xml$/i.test(e.name)) out.charts++;
    else if (/^xl\/media\/[^/]+\.(?:png|jpe?g|gif|bmp|emf|wmf|tiff?)$/i.test(e.name)) out.pictures++;
  }
  return out;
}

export type WorkbookBlocks = { ok: true; blocks: Block[]; diagnostics: Diagnostic[]; sheets: string[] } | { ok: false; code: string; message: string };

/**
 * A workbook's blocks: every visible sheet, or only `view`'s sheet and range. `firstTable` is
 * the document's number of the first table it gives (diagnostics name tables by it).
 */
export function readWorkbookBlocks(bytes: Uint8Array, documentId: string, opts: { view?: WorkbookView; firstTable?: number } = {}): WorkbookBlocks {
  const read = readWorkbook(bytes);
  if ('error' in read) return { ok: false, code: read.code, message: read.error };
  const { wb } = read;
  const diagnostics: Diagnostic[] = [];
  const blocks: Block[] = [];
  const hiddenSheets: string[] = [];
  const sheets: string[] = [];
  let tables = (opts.firstTable ?? 1) - 1;
  const limit = opts.view?.range ? XLSX.utils.decode_range(opts.view.range) : null;
  wb.SheetNames.forEach((name, i) => {
    if (opts.view && i !== Math.min(opts.view.sheet, wb.SheetNames.length - 1)) return;
    if (!opts.view && wb.Workbook?.Sheets?.[i]?.Hidden) {
      hiddenSheets.push(name);
      return;
    }
    const ws = wb.Sheets[name];
    if (!ws) return;
    sheets.push(name);
    const b = sheetBlocks(ws, name, tables + 1, documentId, diagnostics, limit);
    tables += b.filter((x) => x.kind === 'table').length;
    blocks.push(...b);
  });
  if (hiddenSheets.length) diagnostics.push(diag(documentId, 'info', 'xlsx-hidden-sheet', `Hidden sheet(s) ${hiddenSheets.join(', ')} were left out, as Excel does not show them.`));
  return { ok: true, blocks, diagnostics, sheets };
}

export const parseXlsx: Parser = async (bytes, ctx) => {
  const r = readWorkbookBlocks(bytes, ctx.documentId);
  if (!r.ok) return { value: null, diagnostics: [diag(ctx.documentId, 'error', r.code, r.message)] };
  // (A lone cell is read as a one-cell table: a real table has two rows and two columns at least.)
  if (!r.blocks.some((b) => b.kind === 'table' && b.rows.length > 1 && b.rows.some((row) => row.cells.length > 1))) {
    // A workbook holding a chart or a picture (a scanned table pasted in) instead of cells.
    const d = drawingsOf(bytes);
    if (d.charts || d.pictures) {
      const what = [d.charts ? `${d.charts} chart(s)` : '', d.pictures ? `${d.pictures} picture(s)` : ''].filter(Boolean).join(' and ');
      const message = `The workbook holds ${what} but no table in its cells; a chart's figures and a picture's text are not read, so ask for the workbook with the data (or the document) behind them.`;
      const sheetNames = new Set(r.sheets.map((s) => s.trim()));
      if (r.blocks.every((b) => b.kind === 'paragraph' && sheetNames.has(b.text)) || !r.blocks.length) return { value: null, diagnostics: [...r.diagnostics, diag(ctx.documentId, 'error', 'xlsx-only-drawings', message)] };
      r.diagnostics.push(diag(ctx.documentId, 'warning', 'xlsx-only-drawings', message));
    }
  }
  if (!r.blocks.length) return { value: null, diagnostics: [...r.diagnostics, diag(ctx.documentId, 'error', 'xlsx-empty', 'The workbook holds no visible cell with text.')] };
  return { value: { documentId: ctx.documentId, file: ctx.file, format: 'xlsx', blocks: r.blocks, pages: null }, diagnostics: r.diagnostics };
};
