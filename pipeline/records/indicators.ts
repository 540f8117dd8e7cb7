// Grid + TableLayout → IndicatorRecord[]: walk the body rows, carry the hierarchy
// down (merged cells, and empty cells under a parent in formats without spans),
// split codes and points out of text, one record per leaf row.
import type { Deadline, IndicatorRecord, Region, Role } from '../../schemas/dataset.ts';
import type { Grid, GridCell } from '../grid/index.ts';
import type { ColumnMap, TableLayout } from '../layout/index.ts';
import type { Field } from '../layout/header-words.ts';
import type { Diagnostic, Format } from '../model.ts';
import { diag } from '../model.ts';
import { parseDeadline } from '../normalize/deadline.ts';
import { headerDate, parseCode, parsePoints } from '../normalize/dates.ts';
import { parseDepartments, type DepartmentDictionary } from '../normalize/departments.ts';
import { departmentsFromText as readTextDepartments } from '../normalize/departments-text.ts';
import { parseQuantity } from '../normalize/quantity.ts';
import { VOCAB_UNITS } from './matrix.ts';
import { perUnitColumns, subLabelOf } from './unit-targets.ts';
import { normalizeKey, normalizeText } from '../normalize/text.ts';
import { aspectSuffixes, deadlineStartWords, noteRowWords, periodLabels, personLabels, plainNotesHeaders, totalRowWords } from '../layout/header-words.ts';
import { CHINESE_NUMERAL_CHARS, chineseNumeralToInt } from '../normalize/dates.ts';

export interface TableContext {
  documentId: string;
  file: string;
  format: Format;
  table: number;
  tableTitle: string | null;
  region: Region;
  level: string;
  dictionary: DepartmentDictionary;
  /** A note near the table says the first responsible unit leads. */
  firstIsLead: boolean;
  /** A document-level note that sets every row's deadline. */
  noteDeadline: Deadline | null;
  year: number | null;
}

/** Hierarchy columns, outermost first: their empty cells inherit from the row above. */
const HIERARCHY: Field[] = ['dimension', 'dimensionPoints', 'subdimension', 'indicator', 'indicatorPoints', 'criterion', 'criterionPoints', 'scoringMethod', 'aspect'];
const LEAF_FIELDS: Field[] = ['task', 'criterion', 'scoringMethod', 'indicator'];
/** How deep a field sits in the hierarchy (a spanning cell's text goes to the deepest). */
const DEPTH: Partial<Record<Field, number>> = { dimension: 1, dimensionPoints: 1, subdimension: 2, indicator: 3, indicatorPoints: 3, criterion: 4, criterionPoints: 4, scoringMethod: 5, aspect: 6, task: 7 };
/** Cell repairs worth a record flag (padding and empty split columns are not repairs of a value). */
const RECORD_CELL_FLAGS = new Set(['repeated-text-collapsed', 'split-cell-aligned', 'span-clipped']);
const depth = (f: Field | undefined) => (f ? (DEPTH[f] ?? 0) : -1);

/** A cell saying only that its column does not apply (`/`, `—`, `——`, `-`). */
const NOT_APPLICABLE = /^[\/／—–\-]+$/;

type Carry = Map<number, { cell: GridCell; text: string }>;

function text(g: GridCell): string {
  return normalizeText(g.lines);
}

function blankRecord(ctx: TableContext, seq: number): IndicatorRecord {
  return {
    id: `${ctx.documentId}-${ctx.table}-${seq}`,
    documentId: ctx.documentId,
    table: ctx.table,
    tableTitle: ctx.tableTitle,
    seq,
    region: ctx.region,
    dimensionCode: null,
    dimension: null,
    dimensionPoints: null,
    subdimension: null,
    indicatorCode: null,
    indicator: null,
    indicatorPoints: null,
    criterionCode: null,
    criterion: null,
    scoringMethod: null,
    criterionPoints: null,
    aspect: null,
    taskCode: null,
    task: null,
    baseline: null,
    baselineDate: null,
    target: null,
    targetDate: null,
    departments: [],
    deadline: null,
    notes: null,
    baselineValue: null,
    targetValue: null,
    provenance: { file: ctx.file, format: ctx.format, table: ctx.table, rows: [0, 0], pages: [], cells: {} },
    flags: [],
  };
}

function headerKey(grid: Grid, headerRows: number): string[] {
  const keys: string[] = [];
  for (let r = 0; r < headerRows; r++) {
    const parts: string[] = [];
    for (let c = 0; c < grid.cols; c++) parts.push(normalizeKey(grid.at[r]![c]!.lines.join('')));
    keys.push(parts.join('|'));
  }
  return keys;
}

function rowKeyAll(grid: Grid, r: number): string {
  const parts: string[] = [];
  for (let c = 0; c < grid.cols; c++) parts.push(normalizeKey(grid.at[r]![c]!.lines.join('')));
  return parts.join('|');
}

// The walk over a table's body rows is split into small module-level functions that
// share one state object (`Walk`, one literal, every field set at once) instead of one
// large function with closures: V8 optimises each part on its own, a rarely taken
// branch (total rows, section rows, start/end deadline columns) deoptimises only its
// own small function, and no closures are created per table or per row (issue #7:
// recompiling the single large function was a third of a worker's compile work).

interface Section {
  code: string | null;
  text: string;
  points: number | null;
  /** A `（一）` heading: a later `（二）` is its sibling, not its subsection. */
  paren: boolean;
}

interface Subsection {
  code: string | null;
  text: string;
}

/** The state of one table's walk. */
interface Walk {
  grid: Grid;
  layout: TableLayout;
  ctx: TableContext;
  cols: (ColumnMap | null)[];
  /** Columns per field, computed once per table (asked for on every row); callers only read them. */
  colsByField: Map<Field, readonly number[]>;
  leafField: Field | null;
  hasSpans: boolean;
  headers: Set<string>;
  carry: Carry;
  codeOfGroup: Map<GridCell, string>;
  /** The cell each record's indicatorPoints were read from (for totals). */
  pointsFrom: Map<IndicatorRecord, GridCell>;
  lastDept: Map<number, GridCell>;
  lastDeadline: { cell: GridCell; value: Deadline } | null;
  section: Section | null;
  /** A second-level section (`（一）` rows under a `一` row). */
  subsection: Subsection | null;
  /** Records since the last subtotal row (for checking a `小计`). */
  sinceSubtotal: number;
  /** The target (baseline) column that is the record's target when there are several. */
  primaryTarget: number;
  primaryBaseline: number;
  /** `开始时间 | 完成时间`: the first deadline column gives the start of a range ending in the next. */
  startCol: number;
  endCol: number;
  /** Deadline sub-columns headed by periods of the year (`一季度` … `四季度`): column → its period label. */
  periodCols: Map<number, string>;
  /** First row of the part continued after the latest page break (-1 before any). */
  partStart: number;
  /** A department/deadline cell carried over a break → the part it was carried into, and the last row that took it. */
  reach: Map<GridCell, { part: number; last: number }>;
  /** Department/deadline cells a later row left empty without taking them (a new group): carried no more. */
  stopped: Set<GridCell>;
  /** Hierarchy columns, left to right. */
  hierCols: number[];
  records: IndicatorRecord[];
  diagnostics: Diagnostic[];
}

/** One body row being read. */
interface Row {
  r: number;
  cells: GridCell[];
  /** Column → the text the row has there (its own, or carried from above). */
  values: Map<number, string>;
  flags: Set<string>;
  /** The row has text of its own in a mapped non-hierarchy column. */
  any: boolean;
  /** The row continues a group whose cells it leaves empty (text carried from above). */
  groupCarried: boolean;
  /** Department column → how many departments the columns left of it gave: where one inherited there goes (order as written). */
  deptAt: Map<number, number>;
}

function colsOf(w: Walk, f: Field): readonly number[] {
  let cs = w.colsByField.get(f);
  if (!cs) {
    const found: number[] = [];
    for (let c = 0; c < w.cols.length; c++) if (w.cols[c]?.field === f) found.push(c);
    cs = found;
    w.colsByField.set(f, cs);
  }
  return cs;
}

function hasField(w: Walk, f: Field): boolean {
  return colsOf(w, f).length > 0;
}

// Several target (baseline) columns (`2020年目标值` | `2022年目标值`): the latest dated one is
// the record's target, the others are kept in notes under their header.
function primaryOf(w: Walk, f: Field): number {
  // a column left empty on every row (a form's 指标值 to be filled in) is no candidate
  const all = colsOf(w, f);
  if (perUnitColumns(w.grid, w.layout, all, w.ctx.dictionary)) return -1;
  const filled = all.filter((c) => columnFilled(w, c));
  const cs = filled.length ? filled : all;
  let best = cs[cs.length - 1] ?? -1;
  for (const c of cs) if ((headerDate(w.cols[c]!.header ?? '') ?? '') > (headerDate(w.cols[best]!.header ?? '') ?? '')) best = c;
  return best;
}

const subLabel = (w: Walk, c: number) => subLabelOf(w.grid, w.layout, c);

/** Some body row has text of its own in column c. */
function columnFilled(w: Walk, c: number): boolean {
  for (let r = w.layout.headerRows; r < w.grid.rows; r++) {
    const g = w.grid.at[r]![c]!;
    if (g.r === r && g.c === c && text(g)) return true;
  }
  return false;
}

function newWalk(grid: Grid, layout: TableLayout, ctx: TableContext): Walk {
  const w: Walk = {
    grid,
    layout,
    ctx,
    cols: layout.columns,
    colsByField: new Map(),
    leafField: null,
    hasSpans: false,
    headers: new Set(headerKey(grid, layout.headerRows)),
    carry: new Map(),
    codeOfGroup: new Map(),
    pointsFrom: new Map(),
    lastDept: new Map(),
    lastDeadline: null,
    section: null,
    subsection: null,
    sinceSubtotal: 0,
    primaryTarget: -1,
    primaryBaseline: -1,
    startCol: -1,
    endCol: -1,
    periodCols: new Map(),
    partStart: -1,
    reach: new Map(),
    stopped: new Set(),
    hierCols: [],
    records: [],
    diagnostics: [],
  };
  for (const f of LEAF_FIELDS) {
    if (hasField(w, f)) {
      w.leafField = f;
      break;
    }
  }
  for (const g of grid.cells) {
    if (g.rs > 1 || g.cs > 1) {
      w.hasSpans = true;
      break;
    }
  }
  w.primaryTarget = primaryOf(w, 'target');
  w.primaryBaseline = primaryOf(w, 'baseline');
  const deadlineCols = colsOf(w, 'deadline');
  if (deadlineCols.length >= 2) {
    const first = normalizeKey(w.cols[deadlineCols[0]!]!.header ?? '');
    if (deadlineStartWords.some((word) => first.includes(word))) {
      w.startCol = deadlineCols[0]!;
      w.endCol = deadlineCols[1]!;
    }
  }
  if (deadlineCols.length >= 2 && w.startCol < 0 && layout.headerRows > 0) {
    const periods = deadlineCols.map((c) => [c, subLabel(w, c)] as const).filter(([, l]) => l && periodLabels.includes(normalizeKey(l)));
    if (periods.length >= 2) w.periodCols = new Map(periods);
  }
  for (const f of HIERARCHY) for (const c of colsOf(w, f)) w.hierCols.push(c);
  w.hierCols.sort(byNumber);
  return w;
}

function byNumber(a: number, b: number): number {
  return a - b;
}

/** The hierarchy column a code column numbers: the first mapped column right of it, when it is a grouping one. */
function groupColumn(w: Walk, c: number): number {
  for (let k = c + 1; k < w.grid.cols; k++) {
    const f = w.cols[k]?.field;
    if (f) return GROUP_FIELDS.includes(f) ? k : -1;
  }
  return -1;
}

const GROUP_FIELDS: Field[] = ['dimension', 'subdimension', 'indicator', 'criterion'];
const NOT_CONTENT_FIELDS: Field[] = ['dimension', 'subdimension'];

/**
 * A cell that ran down to a page break, in a group that goes on after it: the group's empty
 * cells after the break continue it. The cell need not span rows above the break: a merge
 * with one row on the first page prints like any cell, and a PDF cannot show that it goes on.
 */
function cutByBreak(w: Walk, g: GridCell, groupCarried: boolean): boolean {
  if (!groupCarried || w.partStart <= 0 || w.stopped.has(g)) return false;
  const reach = w.reach.get(g);
  return g.r + g.rs === w.partStart || reach?.part === w.partStart || reach?.last === w.partStart - 1;
}

/**
 * Row r took cell g over a break: g now reaches down through r. When the group goes on to
 * the next break with every row taking it (a cell merged over a whole page), the same
 * evidence holds there again and it is carried over that break too.
 */
function carriedTo(w: Walk, g: GridCell, r: number): void {
  if (w.hasSpans) w.reach.set(g, { part: w.partStart, last: r });
}

/** The cell at column c of row r is the top-left of its cell. */
function own(cells: GridCell[], r: number, c: number): boolean {
  return cells[c]!.r === r && cells[c]!.c === c;
}

const SPLIT_LEVELS: Field[] = ['dimension', 'subdimension', 'indicator', 'criterion'];
/** The column a cell's text belongs to: for a cell spanning columns, the deepest field it covers. */
function home(cols: (ColumnMap | null)[], g: GridCell): number {
  // a cell spanning a header's column and all of its sub-columns (`指标名称` over a group and
  // its sub-indicators) is that header's value: an item without sub-items, at the group's level
  const anchor = cols[g.c];
  if (g.cs > 1 && anchor && !anchor.subColumn && SPLIT_LEVELS.includes(anchor.field)) {
    let k = g.c + 1;
    while (k < cols.length && cols[k]?.subColumn && SPLIT_LEVELS.includes(cols[k]!.field)) k++;
    if (k === g.c + g.cs) return g.c;
  }
  let best = g.c;
  for (let c = g.c; c < g.c + g.cs; c++) if (depth(cols[c]?.field) > depth(cols[best]?.field)) best = c;
  return best;
}

export function buildIndicatorRecords(grid: Grid, layout: TableLayout, ctx: TableContext): { records: IndicatorRecord[]; diagnostics: Diagnostic[] } {
  // a list printed in parts side by side: read as the parts stacked, left part first
  if (layout.partWidth) return buildIndicatorRecords(stackParts(grid, layout.partWidth, layout.headerRows), { ...layout, columns: layout.columns.slice(0, layout.partWidth), partWidth: undefined }, ctx);
  const w = newWalk(grid, layout, ctx);
  for (let r = layout.headerRows; r < grid.rows; r++) walkRow(w, r);
  foldCodeHierarchy(w);
  return { records: w.records, diagnostics: w.diagnostics };
}

/**
 * The parts of a table printed side by side (`partWidth` columns each) stacked under one header:
 * the header rows of the first part, then the body rows of each part in turn. Cells keep their
 * lines, pages and flags and their source rows (provenance points at the rows as printed).
 */
function stackParts(grid: Grid, width: number, h: number): Grid {
  const parts = Math.floor(grid.cols / width);
  const body = grid.rows - h;
  const at: GridCell[][] = [];
  const cells: GridCell[] = [];
  const rowInfo: Grid['rowInfo'] = [];
  for (let part = 0; part < parts; part++) {
    const moved = new Map<GridCell, GridCell>();
    const rowOf = (r: number) => (r < h ? r : h + part * body + (r - h));
    for (let r = part === 0 ? 0 : h; r < grid.rows; r++) {
      const dst = rowOf(r);
      rowInfo[dst] = grid.rowInfo[r]!;
      at[dst] = [];
      for (let c = 0; c < width; c++) {
        const g = grid.at[r]![part * width + c]!;
        let n = moved.get(g);
        if (!n) {
          const c0 = Math.max(g.c, part * width);
          const c1 = Math.min(g.c + g.cs, (part + 1) * width);
          const r0 = part > 0 && g.r < h ? r : g.r;
          n = { ...g, r: rowOf(r0), c: c0 - part * width, cs: c1 - c0, rs: g.rs - (r0 - g.r) };
          moved.set(g, n);
          cells.push(n);
        }
        at[dst]![c] = n;
      }
    }
  }
  return { ...grid, rows: h + parts * body, cols: width, cells, at, rowInfo };
}

/** The levels a hierarchy written as dotted codes fills, by its depth (`1` / `1.1` / `1.1.1` → three). */
const CODE_LEVELS: Record<number, ('dimension' | 'subdimension' | 'indicator' | 'criterion')[]> = {
  2: ['indicator', 'criterion'],
  3: ['dimension', 'indicator', 'criterion'],
  4: ['dimension', 'subdimension', 'indicator', 'criterion'],
};
const DOTTED = /^\d+(\.\d+)*$/;

/**
 * A hierarchy written as dotted codes on rows of their own (`1 组织管理 19` / `1.1 机构 2` /
 * `1.1.1 设置了… 1`), in a table with one item column: a row whose code the next row's code
 * extends is a group, not an item. Its code, text and points go to the items under it, at the
 * level its depth gives (three levels: dimension, indicator, criterion); the items keep theirs at
 * their own depth. Only when the group rows hold nothing else (no rules, units, dates, targets).
 */
function foldCodeHierarchy(w: Walk): void {
  const recs = w.records;
  if (recs.length < 2 || recs.some((r) => r.dimension !== null || r.subdimension !== null || r.criterion !== null || r.task !== null)) return;
  const codes = recs.map((r) => (r.indicatorCode ?? '').replace(/．/g, '.'));
  if (!codes.every((c) => DOTTED.test(c))) return;
  const depthOf = (c: string) => c.split('.').length;
  const group = codes.map((c, i) => i + 1 < codes.length && codes[i + 1]!.startsWith(`${c}.`));
  const maxDepth = Math.max(...codes.map(depthOf));
  const levels = CODE_LEVELS[maxDepth];
  if (!levels || !group.some(Boolean)) return;
  const busy = (r: IndicatorRecord) => r.scoringMethod !== null || r.departments.length > 0 || r.deadline !== null || r.target !== null || r.baseline !== null || r.notes !== null;
  if (recs.some((r, i) => group[i] && busy(r))) return;
  const out: IndicatorRecord[] = [];
  const stack: { code: string; rec: IndicatorRecord }[] = [];
  recs.forEach((rec, i) => {
    const code = codes[i]!;
    while (stack.length && !code.startsWith(`${stack[stack.length - 1]!.code}.`)) stack.pop();
    if (group[i]) {
      stack.push({ code, rec });
      return;
    }
    const own = { code: rec.indicatorCode, text: rec.indicator, points: rec.indicatorPoints, cells: rec.provenance.cells };
    rec.indicatorCode = rec.indicator = null;
    rec.indicatorPoints = null;
    const cells: Record<string, string> = {};
    const put = (level: (typeof levels)[number], from: { code: string | null; text: string | null; points: number | null; cells: Record<string, string> }) => {
      if (level === 'dimension') [rec.dimensionCode, rec.dimension, rec.dimensionPoints] = [from.code, from.text, from.points];
      else if (level === 'subdimension') rec.subdimension = from.text;
      else if (level === 'indicator') [rec.indicatorCode, rec.indicator, rec.indicatorPoints] = [from.code, from.text, from.points];
      else [rec.criterionCode, rec.criterion, rec.criterionPoints] = [from.code, from.text, from.points ?? rec.criterionPoints];
      for (const [k, v] of Object.entries(from.cells)) cells[k.startsWith('indicator') ? k.replace(/^indicator/, level) : k] ??= v;
    };
    const flags = new Set([...rec.flags, 'hierarchy-from-codes']);
    for (const a of stack) {
      const level = levels[depthOf(a.code) - 1]!;
      put(level, { code: a.rec.indicatorCode, text: a.rec.indicator, points: a.rec.indicatorPoints, cells: a.rec.provenance.cells });
      // the indicator's points, written once on its own row, are shared by its items: summed once
      if (level === 'indicator' && a.rec.indicatorPoints !== null) flags.add('points-from-merged-cell');
    }
    put(levels[depthOf(code) - 1]!, own);
    rec.provenance.cells = cells;
    rec.flags = [...flags].sort();
    out.push(rec);
  });
  out.forEach((rec, i) => {
    rec.seq = i + 1;
    rec.id = `${w.ctx.documentId}-${w.ctx.table}-${rec.seq}`;
  });
  w.diagnostics.push(
    diag(w.ctx.documentId, 'info', 'hierarchy-from-codes', `${recs.length - out.length} rows coded like ${codes.find((_, i) => group[i])} head the rows whose codes extend theirs; they are the levels above those items, not items.`, { table: w.ctx.table }),
  );
  w.records = out;
}

function walkRow(w: Walk, r: number): void {
  const grid = w.grid;
  const info = grid.rowInfo[r]!;
  if (info.pageBreakBefore || info.flags.includes('header-repeat-skipped') || info.flags.includes('table-stitched')) w.partStart = r;
  if (w.headers.size && w.headers.has(rowKeyAll(grid, r))) {
    headerRepeatRow(w, r);
    return;
  }
  const cells = grid.at[r]!;
  const filledCols: number[] = [];
  for (let c = 0; c < grid.cols; c++) if (own(cells, r, c) && text(cells[c]!)) filledCols.push(c);
  // A total row (`合计 | | 30`): no record; its figure is checked against the rows above.
  const total = totalRow(filledCols.map((c) => text(cells[c]!)));
  if (total) {
    totalRowNote(w, r, cells, filledCols, total);
    return;
  }
  // A note row (`备注 | …`, `注：…`): a note on the table, kept in a diagnostic, not a record.
  if (filledCols.length && isNoteRow(text(cells[filledCols[0]!]!))) {
    tableNoteRow(w, r, cells, filledCols);
    return;
  }
  if (filledCols.length === 2 && numberedSectionRow(w, r, cells, filledCols)) return;
  if (filledCols.length === 1 && headingSectionRow(w, r, cells, filledCols[0]!)) return;
  carryHierarchy(w, r, cells);
  const row: Row = { r, cells, values: new Map(), flags: new Set(), any: false, groupCarried: false, deptAt: new Map() };
  rowValues(w, row);
  groupCodes(w, row);
  // A record needs a leaf of its own on this row.
  if (!(leafOwn(w, row) || (row.any && contentOwn(w, row)))) {
    // Hierarchy-only rows (a section title spanning the row) only set context; text of
    // theirs that no later record carries is kept in a diagnostic (nothing lost).
    rowWithoutRecord(w, r, cells);
    return;
  }
  w.records.push(rowRecord(w, row));
}

function rowWithoutRecord(w: Walk, r: number, cells: GridCell[]): void {
  const kept: string[] = [];
  let page: number | null = null;
  for (let c = 0; c < w.grid.cols; c++) {
    if (w.hierCols.includes(c) || !own(cells, r, c)) continue;
    const t = text(cells[c]!);
    if (!t) continue;
    kept.push(t);
    page ??= cells[c]!.page ?? null;
  }
  if (!kept.length) return;
  w.diagnostics.push(
    diag(w.ctx.documentId, 'info', 'row-without-record', `Row ${r + 1} makes no record (no item of its own) and its text is kept here: "${kept.join(' | ')}".`, {
      table: w.ctx.table,
      row: r + 1,
      page,
    }),
  );
}

function tableNoteRow(w: Walk, r: number, cells: GridCell[], filledCols: number[]): void {
  const said = filledCols.map((c) => text(cells[c]!)).join(' | ');
  w.diagnostics.push(diag(w.ctx.documentId, 'info', 'table-note', `Row ${r + 1} is a note on the table, not a record: "${said}".`, { table: w.ctx.table, row: r + 1, page: cells[filledCols[0]!]!.page }));
}

function headerRepeatRow(w: Walk, r: number): void {
  w.diagnostics.push(
    diag(w.ctx.documentId, 'info', 'header-repeat-skipped', `Row ${r + 1} repeats the table header (a page break) and was skipped.`, {
      table: w.ctx.table,
      row: r + 1,
      page: w.grid.rowInfo[r]!.page,
    }),
  );
}

function totalRowNote(w: Walk, r: number, cells: GridCell[], filledCols: number[], total: { value: number | null; subtotal: boolean }): void {
  const ctx = w.ctx;
  const records = w.records;
  const scope = total.subtotal ? records.slice(records.length - w.sinceSubtotal) : records;
  const sum = pointsSum(scope, w.pointsFrom);
  const loc = { table: ctx.table, row: r + 1, page: cells[filledCols[0]!]!.page };
  const said = filledCols.map((c) => text(cells[c]!)).join(' ');
  w.diagnostics.push(diag(ctx.documentId, 'info', 'total-row', `Row ${r + 1} is a total row ("${said}"), not a record${sum === null ? '' : `; the rows it covers add up to ${sum}`}.`, loc));
  if (total.value !== null && sum !== null && Math.abs(total.value - sum) > 1e-6) {
    w.diagnostics.push(diag(ctx.documentId, 'warning', 'total-row-mismatch', `Row ${r + 1} states a total of ${total.value} but the points of the rows it covers add up to ${sum}.`, loc));
  }
  if (total.subtotal) w.sinceSubtotal = 0;
}

/**
 * A section row of a numbered list: the code column holds a section numeral (`一`, `（二）`)
 * where items have Arabic ones, and only one other cell is filled (`一 | 夯实质量基础 | | `).
 */
function numberedSectionRow(w: Walk, r: number, cells: GridCell[], filledCols: number[]): boolean {
  const cols = w.cols;
  const [cc, tc] = cols[filledCols[0]!]?.field === 'indicatorCode' ? filledCols : [filledCols[1]!, filledCols[0]!];
  const level = cols[cc!]?.field === 'indicatorCode' ? sectionLevel(text(cells[cc!]!)) : 0;
  const tf = cols[tc!]?.field;
  if (!(level && (!tf || TEXT_FIELDS.includes(tf)))) return false;
  const code = String(chineseNumeralToInt(text(cells[cc!]!).replace(NOT_NUMERAL, '')));
  const p = parsePoints(text(cells[tc!]!));
  if (level === 2 && w.section && !w.section.paren) w.subsection = { code, text: p.rest };
  else {
    w.section = { code, text: p.rest, points: p.points, paren: false };
    w.subsection = null;
  }
  w.carry.clear();
  w.diagnostics.push(diag(w.ctx.documentId, 'info', 'section-row', `Row ${r + 1} is a section heading ("${text(cells[cc!]!)} ${text(cells[tc!]!).slice(0, 30)}") for the rows below it.`, { table: w.ctx.table, row: r + 1, page: cells[tc!]!.page }));
  return true;
}

/** A section row: one cell across the table (`一、质量宏观管理（23分）`) heads the rows below. */
function headingSectionRow(w: Walk, r: number, cells: GridCell[], c0: number): boolean {
  const grid = w.grid;
  const g0 = cells[c0]!;
  const t0 = text(g0);
  const wide = g0.cs >= Math.max(2, Math.ceil(grid.cols * 0.6));
  const alone = !w.hasSpans && c0 === 0 && grid.cols >= 3;
  const f0 = w.cols[c0]?.field;
  // `一、夯实质量基础` alone on its row, even in the item column: a heading numbered in the
  // section style (Chinese numeral, `（一）`, `第一部分`) while the items carry Arabic codes
  const headed = grid.cols >= 3 && SECTION_HEADING.test(t0);
  const levelOk = f0 !== 'dimension' && f0 !== 'subdimension';
  if (!(levelOk && (((wide || alone) && f0 !== w.leafField && !/^[\d.．、\s]+$/.test(t0)) || headed))) return false;
  const { code, rest } = parseCode(t0);
  const p = parsePoints(rest);
  // `（一）…` under a `一、…` section is the level below it
  if (w.section && !w.section.paren && /^[（(]/.test(t0)) w.subsection = { code, text: p.rest };
  else {
    w.section = { code, text: p.rest, points: p.points, paren: /^[（(]/.test(t0) };
    w.subsection = null;
  }
  w.carry.clear();
  w.diagnostics.push(diag(w.ctx.documentId, 'info', 'section-row', `Row ${r + 1} is a section heading ("${t0.slice(0, 30)}") for the rows below it.`, { table: w.ctx.table, row: r + 1, page: g0.page }));
  return true;
}

/** Drops the carried values at columns > c (≥ c when `from` is c itself). */
function dropCarried(carry: Carry, from: number): void {
  for (const k of [...carry.keys()]) if (k >= from) carry.delete(k);
}

/** Hierarchy: a new value at level L drops the carried values below it. */
function carryHierarchy(w: Walk, r: number, cells: GridCell[]): void {
  for (const c of w.hierCols) {
    const g = cells[c]!;
    const t = home(w.cols, g) === c ? text(g) : '';
    if (g.r === r && t) {
      dropCarried(w.carry, c + 1);
      w.carry.set(c, { cell: g, text: t });
    } else if (g.r === r && text(g) && home(w.cols, g) !== c) {
      // covered by this row's own cell spanning across it (`加分项` over 一级…三级指标):
      // a new item at this level, nothing inherited from the rows above
      dropCarried(w.carry, c);
    }
  }
}

/** The row's text per column: its own cells, and hierarchy cells carried down from above. */
function rowValues(w: Walk, row: Row): void {
  const { r, cells, values, flags } = row;
  const cols = w.cols;
  for (let c = 0; c < w.grid.cols; c++) {
    const m = cols[c];
    if (!m) {
      const t = own(cells, r, c) ? text(cells[c]!) : '';
      if (t) values.set(c, t);
      continue;
    }
    const g = cells[c]!;
    // A horizontal span is one value, not several: it goes to the deepest field it covers.
    let t = home(cols, g) === c ? text(g) : '';
    if (t && own(cells, r, c) && TEXT_FIELDS.includes(m.field) && BLANK_SLOT.test(t)) {
      blankSlot(w, row, c, t);
      continue;
    }
    // from a cell merged down from a row above (a span along this row is the row's own text)
    if (g.r !== r && t) flags.add('filled-from-merged-cell');
    if (!t && HIERARCHY.includes(m.field) && w.carry.has(c)) {
      t = w.carry.get(c)!.text;
      flags.add('filled-from-merged-cell');
      row.groupCarried = true;
    }
    if (t) values.set(c, t);
    if (own(cells, r, c) && text(g) && !HIERARCHY.includes(m.field)) row.any = true;
  }
}

/** `2.`, `3、`, `……`: a numbered slot of a form left blank, to be filled in by whoever reports. */
const BLANK_SLOT = /^(?:\d{1,3}[.．、]|[…]+|[.。·]{3,})$/;

/** A blank slot is no item: the row keeps its other cells; the slot is said in a diagnostic. */
function blankSlot(w: Walk, row: Row, c: number, t: string): void {
  const g = row.cells[c]!;
  w.diagnostics.push(
    diag(w.ctx.documentId, 'info', 'blank-slot', `Row ${row.r + 1} holds only "${t}" in column ${c + 1}: a numbered slot left blank to be filled in, not an item of its own.`, {
      table: w.ctx.table,
      row: row.r + 1,
      column: c + 1,
      page: g.page,
    }),
  );
}

/**
 * The 序号 of a group (merged or written together with the group's cell) goes with it where the
 * group continues without its cells (after a page break, or empty cells under it in text).
 */
function groupCodes(w: Walk, row: Row): void {
  const { r, cells, values } = row;
  for (const c of colsOf(w, 'indicatorCode')) {
    const group = groupColumn(w, c);
    if (group < 0) continue;
    const g = cells[c]!;
    const gg = cells[group]!;
    if (values.has(c) && gg.r === g.r && gg.rs === g.rs && gg.r === r && text(gg)) w.codeOfGroup.set(gg, values.get(c)!);
    else if (!values.has(c) && own(cells, r, c) && !text(gg) && w.carry.has(group)) {
      const code = w.codeOfGroup.get(w.carry.get(group)!.cell);
      if (code) {
        values.set(c, code);
        row.flags.add('filled-from-merged-cell');
      }
    }
  }
}

function leafOwn(w: Walk, row: Row): boolean {
  if (!w.leafField) return false;
  for (const c of colsOf(w, w.leafField)) if (own(row.cells, row.r, c) && text(row.cells[c]!)) return true;
  return false;
}

function contentOwn(w: Walk, row: Row): boolean {
  const cols = w.cols;
  for (let c = 0; c < cols.length; c++) {
    const m = cols[c];
    if (m && own(row.cells, row.r, c) && text(row.cells[c]!) && !NOT_CONTENT_FIELDS.includes(m.field)) return true;
  }
  return false;
}

/** A copy of a grid cell with other lines (the same fields in the same order as the grid's cells). */
function withLines(g: GridCell, lines: string[]): GridCell {
  return { r: g.r, c: g.c, rs: g.rs, cs: g.cs, lines, page: g.page, bbox: g.bbox, flags: g.flags };
}

/** The record of a row that has a leaf of its own. */
function rowRecord(w: Walk, row: Row): IndicatorRecord {
  const { grid, ctx, cols } = w;
  const { r, cells, values, flags } = row;
  const rec = blankRecord(ctx, w.records.length + 1);
  rec.provenance.rows = [grid.rowInfo[r]!.sourceRow, grid.rowInfo[r]!.sourceRow];
  const pages = new Set<number>();
  for (const g of cells) if (g.page) pages.add(g.page);
  const used: Record<string, string> = {};
  const secondaryNotes: string[] = [];
  const milestones: [number, string][] = [];
  let unit: string | null = null;

  for (let c = 0; c < grid.cols; c++) {
    const m = cols[c];
    if (m?.field === 'departments') row.deptAt.set(c, rec.departments.length);
    const t = values.get(c);
    if (!m || !t) continue;
    const loc = { table: ctx.table, row: r + 1, column: c + 1, page: cells[c]!.page };
    const key = m.field + (m.role ? `:${m.role}` : '');
    const cellText = cells[c]!.lines.join('\n') || w.carry.get(c)?.cell.lines.join('\n') || t;
    used[used[key] === undefined ? key : `${key}:column${c + 1}`] = cellText;
    if ((m.field === 'target' && w.primaryTarget !== c) || (m.field === 'baseline' && w.primaryBaseline !== c)) {
      // a unit's own target (one column per unit) is labelled with the unit; `/` sets none
      const unitLabel = (m.field === 'target' ? w.primaryTarget : w.primaryBaseline) === -1 ? subLabel(w, c) : '';
      if (!(unitLabel && NOT_APPLICABLE.test(t))) secondaryNotes.push(`${unitLabel || m.header || `column${c + 1}`}：${t}`);
      continue;
    }
    if (m.field === 'unit') {
      unit = t;
      continue;
    }
    if (c === w.startCol) {
      startEndDeadline(w, row, rec, m, t, c, loc);
      continue;
    }
    if (c === w.endCol && values.has(w.startCol)) continue;
    if (w.periodCols.has(c)) {
      milestones.push([c, t]);
      continue;
    }
    const before = rec.indicatorPoints;
    assignField(rec, m, t, cells[c]!, grid, w.layout, ctx, loc, w.diagnostics, flags);
    // the cell the indicator's points come from: a merged one counts once in a total
    if (before === null && rec.indicatorPoints !== null) pointsSource(w, row, rec, m, c);
  }
  if (milestones.length) periodDeadline(w, row, rec, milestones);
  // A unit column states the unit of the row's values when they write none.
  if (unit) applyUnit(rec, unit, secondaryNotes);
  if (secondaryNotes.length) rec.notes = [rec.notes, ...secondaryNotes].filter(Boolean).join('；');
  // Unmapped cells are kept in notes so nothing is lost.
  for (const [c, t] of values) {
    if (cols[c]) continue;
    used[`column${c + 1}`] = t;
    // `/`, `—` alone say the column does not apply to this row: no note (the cell stays in provenance)
    if (NOT_APPLICABLE.test(t)) continue;
    // under a header no field word matched (`推进方式`), the value keeps its header as a label
    const h = unmappedHeader(w, c);
    const note = h && h !== t ? `${h}：${t}` : t;
    rec.notes = rec.notes ? `${rec.notes}；${note}` : note;
    flags.add('unmapped-cell-in-notes');
  }
  inheritDepartments(w, row, rec);
  inheritDeadline(w, row, rec);
  // No department column: the units closing the item's own text (`…。（牵头单位：市质监局）`) are its departments.
  if (!hasField(w, 'departments')) departmentsFromText(rec, ctx, { table: ctx.table, row: r + 1 }, w.diagnostics, flags);
  if (!rec.deadline && ctx.noteDeadline) rec.deadline = ctx.noteDeadline;
  if (w.section || w.subsection) sectionFields(w, rec, flags);
  w.sinceSubtotal++;
  rec.provenance.pages = [...pages].sort(byNumber);
  rec.provenance.cells = used;
  // Repairs the grid made to this row or to the cells it used travel with the record.
  for (const f of grid.rowInfo[r]!.flags) flags.add(f);
  for (let c = 0; c < grid.cols; c++) {
    if (!cols[c] || !values.has(c)) continue;
    for (const f of cells[c]!.flags) if (RECORD_CELL_FLAGS.has(f)) flags.add(f);
  }
  rec.flags = [...flags].sort();
  return rec;
}

/**
 * Milestones under period sub-columns (`时间进度` over `一季度` … `四季度`): the row is due in the last
 * period holding one (dated with the year the spanning header states, else the document's), and
 * the milestones, each after its period, are the deadline's raw text. A row with a deadline of its
 * own (another deadline column) keeps it and the milestones go to notes.
 */
function periodDeadline(w: Walk, row: Row, rec: IndicatorRecord, milestones: [number, string][]): void {
  const raw = milestones.map(([c, t]) => `${w.periodCols.get(c)}：${t}`).join('；');
  if (rec.deadline) {
    rec.notes = rec.notes ? `${rec.notes}；${raw}` : raw;
    return;
  }
  const [lastCol] = milestones[milestones.length - 1]!;
  const label = w.periodCols.get(lastCol)!;
  const year = headerDate(w.cols[lastCol]!.header ?? '')?.slice(0, 4);
  const loc = { table: w.ctx.table, row: row.r + 1, column: lastCol + 1, page: row.cells[lastCol]!.page };
  const res = parseDeadline([year ? `${year}年${label}` : label], { documentId: w.ctx.documentId, location: loc, year: w.ctx.year });
  w.diagnostics.push(...res.diagnostics);
  if (res.value) rec.deadline = { ...res.value, raw };
  row.flags.add('deadline-from-periods');
}

/** The text of column c's own header cells (a column without a field), or '' (no header row). */
function unmappedHeader(w: Walk, c: number): string {
  const texts: string[] = [];
  for (let r = w.layout.captionRows ?? 0; r < w.layout.headerRows; r++) {
    const g = w.grid.at[r]![c]!;
    const t = g.c === c && g.cs === 1 ? normalizeText(g.lines) : '';
    if (t && !texts.includes(t)) texts.push(t);
  }
  return texts.join('');
}

/**
 * A department cell that also holds the deadline (header `责任单位及完成时限`): the lines and `；`
 * pieces the deadline grammar reads (a date, a range, a recurrence, `长期坚持`) set the record's
 * deadline (flag deadline-from-department-cell); the cell goes on with the other pieces, the units.
 */
function splitDeadline(rec: IndicatorRecord, g: GridCell, ctx: TableContext, loc: Diagnostic['location'], diagnostics: Diagnostic[], flags: Set<string>): GridCell {
  const units: string[] = [];
  const dates: string[] = [];
  for (const line of g.lines) {
    const kept: string[] = [];
    for (const piece of line.split(/[；;]/)) {
      const p = piece.trim();
      if (!p) continue;
      const d = parseDeadline([p], { documentId: ctx.documentId, location: loc, year: ctx.year }).value;
      if (d && d.kind !== 'unspecified') dates.push(p);
      else kept.push(p);
    }
    if (kept.length) units.push(kept.join('；'));
  }
  if (!dates.length) return g;
  if (!rec.deadline) {
    const res = parseDeadline(dates, { documentId: ctx.documentId, location: loc, year: ctx.year });
    if (res.value) rec.deadline = res.value;
    diagnostics.push(...res.diagnostics);
    flags.add('deadline-from-department-cell');
  }
  return withLines(g, units);
}

/**
 * A cell holding several numbered items, each on a line of its own (`1.新建…。` / `2.补齐…。`): one
 * leaf whose text is kept whole — the first item's code is no code of the cell.
 */
function severalItems(g: GridCell): boolean {
  const codes = g.lines.map((l) => parseCode(l.trim()).code).filter((x) => x !== null);
  return codes.length >= 2 && new Set(codes).size === codes.length && parseCode(g.lines[0]!.trim()).code === codes[0];
}

/** The start column read with the end column as one range (`2023年3月—2023年12月`); alone, a start (`2023年3月起`). */
function startEndDeadline(w: Walk, row: Row, rec: IndicatorRecord, m: ColumnMap, t: string, c: number, loc: Diagnostic['location']): void {
  const end = row.values.get(w.endCol);
  const range = end ? `${t}—${end}` : `${t}起`;
  row.flags.add('deadline-from-start-and-end');
  assignField(rec, m, range, withLines(row.cells[c]!, [range]), w.grid, w.layout, w.ctx, loc, w.diagnostics, row.flags);
}

function pointsSource(w: Walk, row: Row, rec: IndicatorRecord, m: ColumnMap, c: number): void {
  const g = row.cells[c]!;
  const src = g.lines.length ? g : (w.carry.get(c)?.cell ?? g);
  w.pointsFrom.set(rec, src);
  // a 分值 merged over (or carried down to) this row: sums count it once, with its own row
  if (m.field === 'indicatorPoints' && src.r !== row.r) row.flags.add('points-from-merged-cell');
}

function applyUnit(rec: IndicatorRecord, unit: string, secondaryNotes: string[]): void {
  let applied = false;
  for (const q of [rec.targetValue, rec.baselineValue]) {
    if (q && !q.unit) q.unit = unit;
    if (q) applied = true;
  }
  if (!applied) secondaryNotes.unshift(`单位：${unit}`);
}

/** Departments: empty cell under a vertically merged one inherits it. */
function inheritDepartments(w: Walk, row: Row, rec: IndicatorRecord): void {
  const { r, cells } = row;
  let inserted = 0;
  for (const c of colsOf(w, 'departments')) {
    const g = cells[c]!;
    if (own(cells, r, c) && text(g)) w.lastDept.set(c, g);
    else if (!own(cells, r, c) && text(g)) {
      /* spanned: handled in assignField */
    } else if (w.lastDept.has(c) && (!w.hasSpans || cutByBreak(w, w.lastDept.get(c)!, row.groupCarried))) {
      const src = w.lastDept.get(c)!;
      carriedTo(w, src, r);
      const res = deptsOf(src, w.cols[c]!, w.ctx, { table: w.ctx.table, row: r + 1, column: c + 1, page: g.page });
      // in the order written: after the departments of the columns to its left
      rec.departments.splice((row.deptAt.get(c) ?? rec.departments.length) + inserted, 0, ...res.value);
      inserted += res.value.length;
      row.flags.add('department-inherited');
    } else if (w.lastDept.has(c)) {
      // a row that does not take it (a new group) ends its carrying
      w.stopped.add(w.lastDept.get(c)!);
    }
  }
}

/** Deadline: an empty deadline cell under a vertically merged one takes its deadline. */
function inheritDeadline(w: Walk, row: Row, rec: IndicatorRecord): void {
  const { r, cells } = row;
  for (const c of colsOf(w, 'deadline')) {
    const g = cells[c]!;
    if (own(cells, r, c) && text(g)) {
      w.lastDeadline = rec.deadline ? { cell: g, value: rec.deadline } : w.lastDeadline;
    } else if (!rec.deadline && w.lastDeadline && (!w.hasSpans || cutByBreak(w, w.lastDeadline.cell, row.groupCarried))) {
      rec.deadline = { ...w.lastDeadline.value, inherited: false };
      carriedTo(w, w.lastDeadline.cell, r);
      row.flags.add('deadline-inherited');
    } else if (w.lastDeadline && !rec.deadline && !text(g)) {
      w.stopped.add(w.lastDeadline.cell);
    }
  }
}

/** The section rows above give the dimension (or subdimension) a table has no column for. */
function sectionFields(w: Walk, rec: IndicatorRecord, flags: Set<string>): void {
  const section = w.section;
  if (section) {
    if (!hasField(w, 'dimension')) {
      rec.dimensionCode = section.code;
      rec.dimension = section.text || null;
      rec.dimensionPoints = section.points;
      flags.add('dimension-from-section-row');
    } else if (!hasField(w, 'subdimension') && !rec.subdimension) {
      rec.subdimension = section.text || null;
      flags.add('dimension-from-section-row');
    }
  }
  if (w.subsection && !hasField(w, 'subdimension') && !rec.subdimension) {
    rec.subdimension = w.subsection.text || null;
    flags.add('dimension-from-section-row');
  }
}

/** A line opening with a label that names people (`牵头负责领导：`, `责任人:`). */
function personLine(line: string): boolean {
  const key = normalizeKey(line);
  return personLabels.some((w) => key.startsWith(`${w}：`) || key.startsWith(`${w}:`));
}

function deptsOf(g: GridCell, m: ColumnMap, ctx: TableContext, location: Diagnostic['location']) {
  // Role labels and inline role words are read by the normalizer (departments-roles.ts).
  const res = parseDepartments(g.lines, {
    role: (m.role ?? 'responsible') as Role,
    level: ctx.level,
    firstIsLead: ctx.firstIsLead,
    dictionary: ctx.dictionary,
    documentId: ctx.documentId,
    location,
  });
  // `raw` follows the text conventions like every text field (Simplified, half-width);
  // the untouched cell text is in provenance.cells.
  return { ...res, value: res.value.map((d) => ({ ...d, raw: normalizeText(d.raw) })) };
}

/**
 * A bracket closing the leaf text that names the units carrying the item (read by the normalizer,
 * departments-text.ts) gives the record's departments and leaves the text (flag departments-from-text);
 * a remark written after the units goes to notes.
 */
function departmentsFromText(rec: IndicatorRecord, ctx: TableContext, location: Diagnostic['location'], diagnostics: Diagnostic[], flags: Set<string>): void {
  const field = (['task', 'criterion', 'indicator'] as const).find((f) => rec[f]);
  if (!field) return;
  const res = readTextDepartments(rec[field]!, { level: ctx.level, dictionary: ctx.dictionary, documentId: ctx.documentId, location });
  if (!res.value) return;
  const { departments, text: rest, remark } = res.value;
  rec[field] = rest || null;
  if (remark) rec.notes = rec.notes ? `${rec.notes}；${remark}` : remark;
  rec.departments.push(...departments);
  diagnostics.push(...res.diagnostics);
  flags.add('departments-from-text');
}

/** `目标值（%）`, `现状值(万元)`: a unit written in brackets at the end of the header, for values that state none. */
function withHeaderUnit(q: IndicatorRecord['targetValue'], header: string | null | undefined): IndicatorRecord['targetValue'] {
  if (!q || q.unit || !header) return q;
  const m = /[（(]([^（()）\d年月分]{1,4})[)）]$/.exec(normalizeText(header));
  // a bracket naming a unit (`目标值（%）`, `（万元）`), not a word (`目标值(标准)`)
  return m && (HEADER_UNITS.has(m[1]!) || !/[\u4e00-\u9fff]/.test(m[1]!)) ? { ...q, unit: m[1]! } : q;
}
const HEADER_UNITS = VOCAB_UNITS;

const TEXT_FIELDS: Field[] = ['dimension', 'subdimension', 'indicator', 'criterion', 'scoringMethod', 'task'];
const NUMERAL = `[${CHINESE_NUMERAL_CHARS}]+`;
const NOT_NUMERAL = new RegExp(`[^${CHINESE_NUMERAL_CHARS}]`, 'gu');
const SECTION_1 = new RegExp(`^(?:${NUMERAL}[、.．]?|第${NUMERAL}(?:部分|章|篇|项))$`, 'u');
const SECTION_2 = new RegExp(`^[（(]${NUMERAL}[）)]$`, 'u');
const SECTION_HEADING = new RegExp(`^(?:${NUMERAL}[、.．]|[（(]${NUMERAL}[）)]|第${NUMERAL}(?:部分|章|篇))\\s*[^\\d\\s]`, 'u');

/** 1 for a section numeral (`一`, `二、`, `第三部分`), 2 for `（一）`, 0 for anything else. */
function sectionLevel(code: string): 0 | 1 | 2 {
  const t = normalizeText(code).replace(/\s+/g, '');
  if (SECTION_1.test(t)) return 1;
  if (SECTION_2.test(t)) return 2;
  return 0;
}

/** A row of total words and figures only: `合计 | 30`; `小计` closes a group. */
function isNoteRow(t: string): boolean {
  const k = normalizeKey(t);
  return noteRowWords.some((w) => k === w || k === `${w}：` || k === `${w}:` || ((k.startsWith(`${w}：`) || k.startsWith(`${w}:`)) && k.length > w.length + 1));
}

function totalRow(texts: string[]): { value: number | null; subtotal: boolean } | null {
  if (!texts.length) return null;
  let word: string | null = null;
  let value: number | null = null;
  // a row opening with the total word may hold a note beside its figure (`合计 | 100 | 各项得分之和`)
  const opens = totalRowWords.includes(normalizeKey(texts[0]!).replace(/[:：]$/, ''));
  for (const [i, t] of texts.entries()) {
    const k = normalizeKey(t).replace(/[:：]$/, '').replace(/[（(]分[）)]$/, '');
    if (totalRowWords.includes(k)) {
      word ??= k;
      continue;
    }
    // `合计：100分` in one cell
    const inline = totalRowWords.find((w) => k.startsWith(w) && /^[:：]?\d+(?:\.\d+)?分?$/.test(k.slice(w.length)));
    if (inline) {
      word ??= inline;
      value ??= Number(k.slice(inline.length).replace(/[^\d.]/g, ''));
      continue;
    }
    const m = /^(\d+(?:\.\d+)?)分?$/.exec(k);
    if (!m && opens && i > 0) continue;
    if (!m) return null;
    value ??= Number(m[1]);
  }
  return word ? { value, subtotal: word === normalizeKey('小计') } : null;
}

/**
 * Points the rows add up to: each cell stating an indicator's points counted once (a cell merged
 * over several rows, or the indicator's own `（N分）`, once; a 分值 cell per row under one merged
 * indicator, each), else each criterion, else each dimension.
 */
function pointsSum(recs: IndicatorRecord[], pointsFrom: Map<IndicatorRecord, GridCell>): number | null {
  const cellKey = (r: IndicatorRecord) => {
    const g = pointsFrom.get(r);
    return g ? `cell:${g.r}:${g.c}` : r.indicator || r.indicatorCode ? [r.dimension, r.subdimension, r.indicatorCode, r.indicator].join('|') : r.id;
  };
  const sumBy = (pick: (r: IndicatorRecord) => number | null, key: (r: IndicatorRecord) => string) => {
    const seen = new Map<string, number>();
    for (const r of recs) {
      const v = pick(r);
      if (v !== null && !seen.has(key(r))) seen.set(key(r), v);
    }
    return seen.size ? [...seen.values()].reduce((a, b) => a + b, 0) : null;
  };
  return (
    sumBy((r) => r.indicatorPoints, cellKey) ??
    sumBy((r) => r.criterionPoints, (r) => r.id) ??
    sumBy((r) => r.dimensionPoints, (r) => `${r.dimensionCode}|${r.dimension}`)
  );
}

/** `2×5` → 10, `0-5` / `0～5分` → 5: the most a row can score; anything else → null. */
function pointsFormula(t: string): number | null {
  const s = normalizeKey(t).replace(/分$/, '');
  let m = /^(\d+(?:\.\d+)?)[×xX*＊](\d+(?:\.\d+)?)$/.exec(s);
  if (m) return Number(m[1]) * Number(m[2]);
  m = /^(\d+(?:\.\d+)?)分?(?:-|—|–|~|～|至|到)(\d+(?:\.\d+)?)$/.exec(s);
  if (m && Number(m[2]) >= Number(m[1])) return Number(m[2]);
  return null;
}

function assignField(
  rec: IndicatorRecord,
  m: ColumnMap,
  t: string,
  g: GridCell,
  grid: Grid,
  layout: TableLayout,
  ctx: TableContext,
  loc: Diagnostic['location'],
  diagnostics: Diagnostic[],
  flags: Set<string>,
): void {
  switch (m.field) {
    case 'dimension': {
      const { code, rest } = parseCode(t);
      const p = parsePoints(rest);
      rec.dimensionCode = code;
      rec.dimension = p.rest || null;
      rec.dimensionPoints = p.points;
      break;
    }
    case 'subdimension': {
      const p = parsePoints(parseCode(t).rest);
      rec.subdimension = p.rest || null;
      break;
    }
    case 'indicator': {
      const { code, rest } = parseCode(t);
      const p = parsePoints(rest);
      rec.indicatorCode = code ?? rec.indicatorCode;
      rec.indicator = p.rest || null;
      if (p.points !== null) rec.indicatorPoints = p.points;
      break;
    }
    case 'criterion': {
      const { code, rest } = severalItems(g) ? { code: null, rest: t } : parseCode(t);
      const p = parsePoints(rest);
      // two criterion columns the hierarchy could not hold: keep both texts, the first code
      const before = rec.criterion;
      rec.criterionCode = before ? (rec.criterionCode ?? code) : code;
      rec.criterion = before && p.rest ? `${before}；${p.rest}` : p.rest || before || null;
      if (p.points !== null) rec.criterionPoints = p.points;
      break;
    }
    case 'scoringMethod': {
      const p = parsePoints(t);
      rec.scoringMethod = p.rest || null;
      if (p.points !== null && rec.criterionPoints === null) rec.criterionPoints = p.points;
      break;
    }
    case 'aspect': {
      const suffix = aspectSuffixes.find((s) => t.endsWith(s) && t.length > s.length);
      rec.aspect = suffix ? t.slice(0, -suffix.length) : t;
      break;
    }
    case 'task': {
      const { code, rest } = severalItems(g) ? { code: null, rest: t } : parseCode(t);
      rec.taskCode ??= code;
      // two task columns the hierarchy could not hold: keep both texts
      rec.task = rec.task && rest ? `${rec.task}；${rest}` : rest || rec.task;
      break;
    }
    case 'indicatorPoints': {
      const n = Number(t.replace(/分$/, ''));
      const written = pointsFormula(t);
      // The indicator's own `（N分）` wins; a points column fills it when the text states none.
      // When the indicator states its points, a 分值 cell of its own row (covering fewer rows
      // than the indicator cell, or saying another amount) is the row item's: criterionPoints.
      const ic = grid.at[loc.row! - 1]![layout.columns.findIndex((x) => x?.field === 'indicator')];
      const sameRows = ic !== undefined && g.r === ic.r && g.rs === ic.rs && text(ic) !== '';
      const rowItem = rec.indicatorPoints !== null && ic !== undefined && g !== ic && text(g) !== '' && (!sameRows || n !== rec.indicatorPoints);
      if (rowItem && Number.isFinite(n) && t !== '') {
        if (rec.criterionPoints === null) flags.add('criterion-points-from-column');
        rec.criterionPoints ??= n;
      } else if (Number.isFinite(n) && t !== '') rec.indicatorPoints ??= n;
      else if (written !== null) {
        // `2×5` (2 points per item, 5 items), `0-5` (up to 5): the most the row can score;
        // the written form is kept in notes
        rec.indicatorPoints ??= written;
        rec.notes = rec.notes ? `${rec.notes}；分值：${t}` : `分值：${t}`;
        diagnostics.push(diag(ctx.documentId, 'info', 'points-computed', `The points cell "${t}" was read as at most ${written} points.`, loc));
      } else {
        const p = parsePoints(t, { bareNumber: true });
        rec.indicatorPoints = p.points;
        if (p.points === null) {
          diagnostics.push(diag(ctx.documentId, 'warning', 'points-not-a-number', `The points cell "${t.slice(0, 30)}" is not a number.`, loc));
          rec.notes = rec.notes ? `${rec.notes}；${t}` : t;
        }
      }
      break;
    }
    case 'dimensionPoints':
    case 'criterionPoints': {
      // the level's own `（N分）` wins; the column fills it when the text states none
      const n = Number(t.replace(/分$/, ''));
      const key = m.field === 'dimensionPoints' ? 'dimensionPoints' : 'criterionPoints';
      if (!Number.isFinite(n)) {
        diagnostics.push(diag(ctx.documentId, 'warning', 'points-not-a-number', `The points cell "${t.slice(0, 30)}" is not a number.`, loc));
        rec.notes = rec.notes ? `${rec.notes}；${t}` : t;
      } else rec[key] ??= n;
      break;
    }
    case 'indicatorCode': {
      rec.indicatorCode = t.replace(/[.．、]$/, '');
      break;
    }
    case 'baseline': {
      rec.baseline = t;
      rec.baselineDate = headerDate(m.header ?? '') ?? null;
      rec.baselineValue = withHeaderUnit(parseQuantity(t), m.header);
      break;
    }
    case 'target': {
      rec.target = t;
      rec.targetDate = headerDate(m.header ?? '') ?? null;
      rec.targetValue = withHeaderUnit(parseQuantity(t), m.header);
      break;
    }
    case 'notes': {
      // a notes column that is not a plain 备注 (自评得分, 需提交材料, 联系电话) keeps its header as a label;
      // several notes columns are kept in the order written (总投资 before 2024年计划投资)
      const h = m.header ? normalizeText([m.header]) : '';
      if (h && !plainNotesHeaders.includes(normalizeKey(h))) t = `${h}：${t}`;
      rec.notes = rec.notes ? `${rec.notes}；${t}` : t;
      break;
    }
    case 'departments': {
      const own = g.r === loc.row! - 1;
      // a line naming a person (`牵头负责领导：金力。`) is no unit: kept in notes, labelled
      const people = g.lines.filter((l) => personLine(l));
      if (people.length) {
        const note = people.map((l) => normalizeText([l]).replace(/[。；;]$/u, '')).join('；');
        rec.notes = rec.notes ? `${rec.notes}；${note}` : note;
        g = withLines(g, g.lines.filter((l) => !personLine(l)));
      }
      // `责任单位及完成时限`: a line or `；` piece that reads as a deadline is the deadline, the rest the units
      if (m.second === 'deadline') g = splitDeadline(rec, g, ctx, loc, diagnostics, flags);
      const res = deptsOf(g, m, ctx, loc);
      if (!own) flags.add('department-inherited');
      rec.departments.push(...res.value);
      diagnostics.push(...res.diagnostics);
      break;
    }
    case 'deadline': {
      const res = parseDeadline(g.lines.length ? g.lines : [t], { documentId: ctx.documentId, location: loc, year: ctx.year });
      if (res.value) rec.deadline = res.value;
      if (g.r !== loc.row! - 1) flags.add('deadline-inherited');
      diagnostics.push(...res.diagnostics);
      break;
    }
  }
}
