// Grid + TableLayout → IndicatorRecord[]: walk the body rows, carry the hierarchy
// down (merged cells, and empty cells under a parent in formats without spans),
// split codes and points out of text, one record per leaf row.
import type { Deadline, Department, IndicatorRecord, Region, Role } from '../../schemas/dataset.ts';
import type { Grid, GridCell } from '../grid/index.ts';
import type { ColumnMap, TableLayout } from '../layout/index.ts';
import type { Field } from '../layout/header-words.ts';
import type { Diagnostic, Format } from '../model.ts';
import { diag } from '../model.ts';
import { parseDeadline } from '../normalize/deadline.ts';
import { headerDate, parseCode, parsePoints } from '../normalize/dates.ts';
import { parseDepartments, type DepartmentDictionary } from '../normalize/departments.ts';
import { endsWithUnitSuffix } from '../normalize/departments-resolve.ts';
import { parseQuantity } from '../normalize/quantity.ts';
import { normalizeKey, normalizeText } from '../normalize/text.ts';
import { aspectSuffixes, deadlineStartWords, noteRowWords, plainNotesHeaders, totalRowWords } from '../layout/header-words.ts';
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
const HIERARCHY: Field[] = ['dimension', 'subdimension', 'indicator', 'indicatorPoints', 'criterion', 'scoringMethod', 'aspect'];
const LEAF_FIELDS: Field[] = ['task', 'criterion', 'scoringMethod', 'indicator'];
/** How deep a field sits in the hierarchy (a spanning cell's text goes to the deepest). */
const DEPTH: Partial<Record<Field, number>> = { dimension: 1, subdimension: 2, indicator: 3, indicatorPoints: 3, criterion: 4, scoringMethod: 5, aspect: 6, task: 7 };
/** Cell repairs worth a record flag (padding and empty split columns are not repairs of a value). */
const RECORD_CELL_FLAGS = new Set(['repeated-text-collapsed', 'split-cell-aligned', 'span-clipped']);
const depth = (f: Field | undefined) => (f ? (DEPTH[f] ?? 0) : -1);

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

export function buildIndicatorRecords(grid: Grid, layout: TableLayout, ctx: TableContext): { records: IndicatorRecord[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const records: IndicatorRecord[] = [];
  const cols = layout.columns;
  // Columns per field, computed once per table (asked for on every row); callers only read them.
  const colsByField = new Map<Field, readonly number[]>();
  const colsOf = (f: Field): readonly number[] => {
    let cs = colsByField.get(f);
    if (!cs) colsByField.set(f, (cs = cols.map((m, c) => (m?.field === f ? c : -1)).filter((c) => c >= 0)));
    return cs;
  };
  const hasField = (f: Field) => colsOf(f).length > 0;
  const leafField = LEAF_FIELDS.find(hasField) ?? null;
  const hasSpans = grid.cells.some((g) => g.rs > 1 || g.cs > 1);
  const headers = new Set(headerKey(grid, layout.headerRows));
  const carry: Carry = new Map();
  const codeOfGroup = new Map<GridCell, string>();
  /** The cell each record's indicatorPoints were read from (for totals). */
  const pointsFrom = new Map<IndicatorRecord, GridCell>();
  /** The hierarchy column a code column numbers: the first mapped column right of it, when it is a grouping one. */
  const groupColumn = (c: number): number => {
    for (let k = c + 1; k < grid.cols; k++) {
      const f = cols[k]?.field;
      if (f) return ['dimension', 'subdimension', 'indicator', 'criterion'].includes(f) ? k : -1;
    }
    return -1;
  };
  const lastDept = new Map<number, GridCell>();
  let lastDeadline: { cell: GridCell; value: Deadline } | null = null;
  let section: { code: string | null; text: string; points: number | null; paren?: boolean } | null = null;
  /** A second-level section (`（一）` rows under a `一` row). */
  let subsection: { code: string | null; text: string } | null = null;
  /** Records since the last subtotal row (for checking a `小计`). */
  let sinceSubtotal = 0;
  // Several target (baseline) columns (`2020年目标值` | `2022年目标值`): the latest dated one is
  // the record's target, the others are kept in notes under their header.
  const primaryOf = (f: Field) => {
    const cs = colsOf(f);
    let best = cs[cs.length - 1] ?? -1;
    for (const c of cs) if ((headerDate(cols[c]!.header ?? '') ?? '') > (headerDate(cols[best]!.header ?? '') ?? '')) best = c;
    return best;
  };
  const primary = { target: primaryOf('target'), baseline: primaryOf('baseline') };
  // `开始时间 | 完成时间`: the first deadline column gives the start of a range ending in the next.
  const deadlineCols = colsOf('deadline');
  const startCol = deadlineCols.length >= 2 && deadlineStartWords.some((w) => normalizeKey(cols[deadlineCols[0]!]!.header ?? '').includes(w)) ? deadlineCols[0]! : -1;
  const endCol = startCol >= 0 ? deadlineCols[1]! : -1;

  /** First row of the part continued after the latest page break (-1 before any). */
  let partStart = -1;
  /** A merged cell that ran down to a page break: its group's empty cells after the break continue it. */
  const cutByBreak = (g: GridCell, groupCarried: boolean) => groupCarried && partStart > 0 && g.rs > 1 && g.r + g.rs === partStart;
  const hierCols = HIERARCHY.flatMap((f) => colsOf(f)).sort((a, b) => a - b);
  for (let r = layout.headerRows; r < grid.rows; r++) {
    const info = grid.rowInfo[r]!;
    if (info.pageBreakBefore || info.flags.includes('header-repeat-skipped') || info.flags.includes('table-stitched')) partStart = r;
    if (headers.size && headers.has(rowKeyAll(grid, r))) {
      diagnostics.push(
        diag(ctx.documentId, 'info', 'header-repeat-skipped', `Row ${r + 1} repeats the table header (a page break) and was skipped.`, {
          table: ctx.table,
          row: r + 1,
          page: grid.rowInfo[r]!.page,
        }),
      );
      continue;
    }
    const rowCells = grid.at[r]!;
    const own = (c: number) => rowCells[c]!.r === r && rowCells[c]!.c === c;
    /** The column a cell's text belongs to: for a cell spanning columns, the deepest field it covers. */
    const home = (g: GridCell): number => {
      let best = g.c;
      for (let c = g.c; c < g.c + g.cs; c++) if (depth(cols[c]?.field) > depth(cols[best]?.field)) best = c;
      return best;
    };
    const flags = new Set<string>();
    const used: Record<string, string> = {};
    const values = new Map<number, string>();

    const filledCols = [...Array(grid.cols).keys()].filter((c) => own(c) && text(rowCells[c]!));
    // A total row (`合计 | | 30`): no record; its figure is checked against the rows above.
    const total = totalRow(filledCols.map((c) => text(rowCells[c]!)));
    if (total) {
      const scope = total.subtotal ? records.slice(records.length - sinceSubtotal) : records;
      const sum = pointsSum(scope, pointsFrom);
      const loc = { table: ctx.table, row: r + 1, page: rowCells[filledCols[0]!]!.page };
      const said = filledCols.map((c) => text(rowCells[c]!)).join(' ');
      diagnostics.push(diag(ctx.documentId, 'info', 'total-row', `Row ${r + 1} is a total row ("${said}"), not a record${sum === null ? '' : `; the rows it covers add up to ${sum}`}.`, loc));
      if (total.value !== null && sum !== null && Math.abs(total.value - sum) > 1e-6) {
        diagnostics.push(diag(ctx.documentId, 'warning', 'total-row-mismatch', `Row ${r + 1} states a total of ${total.value} but the points of the rows it covers add up to ${sum}.`, loc));
      }
      if (total.subtotal) sinceSubtotal = 0;
      continue;
    }
    // A note row (`备注 | …`, `注：…`): a note on the table, kept in a diagnostic, not a record.
    if (filledCols.length && isNoteRow(text(rowCells[filledCols[0]!]!))) {
      const said = filledCols.map((c) => text(rowCells[c]!)).join(' | ');
      diagnostics.push(diag(ctx.documentId, 'info', 'table-note', `Row ${r + 1} is a note on the table, not a record: "${said}".`, { table: ctx.table, row: r + 1, page: rowCells[filledCols[0]!]!.page }));
      continue;
    }
    // A section row of a numbered list: the code column holds a section numeral (`一`, `（二）`)
    // where items have Arabic ones, and only one other cell is filled (`一 | 夯实质量基础 | | `).
    if (filledCols.length === 2) {
      const [cc, tc] = cols[filledCols[0]!]?.field === 'indicatorCode' ? filledCols : [filledCols[1]!, filledCols[0]!];
      const level = cols[cc!]?.field === 'indicatorCode' ? sectionLevel(text(rowCells[cc!]!)) : 0;
      const tf = cols[tc!]?.field;
      if (level && (!tf || TEXT_FIELDS.includes(tf))) {
        const code = String(chineseNumeralToInt(text(rowCells[cc!]!).replace(NOT_NUMERAL, '')));
        const p = parsePoints(text(rowCells[tc!]!));
        if (level === 2 && section && !section.paren) subsection = { code, text: p.rest };
        else {
          section = { code, text: p.rest, points: p.points };
          subsection = null;
        }
        carry.clear();
        diagnostics.push(diag(ctx.documentId, 'info', 'section-row', `Row ${r + 1} is a section heading ("${text(rowCells[cc!]!)} ${text(rowCells[tc!]!).slice(0, 30)}") for the rows below it.`, { table: ctx.table, row: r + 1, page: rowCells[tc!]!.page }));
        continue;
      }
    }
    // A section row: one cell across the table (`一、质量宏观管理（23分）`) heads the rows below.
    if (filledCols.length === 1) {
      const c0 = filledCols[0]!;
      const g0 = rowCells[c0]!;
      const t0 = text(g0);
      const wide = g0.cs >= Math.max(2, Math.ceil(grid.cols * 0.6));
      const alone = !hasSpans && c0 === 0 && grid.cols >= 3;
      const f0 = cols[c0]?.field;
      // `一、夯实质量基础` alone on its row, even in the item column: a heading numbered in the
      // section style (Chinese numeral, `（一）`, `第一部分`) while the items carry Arabic codes
      const headed = grid.cols >= 3 && SECTION_HEADING.test(t0);
      const levelOk = f0 !== 'dimension' && f0 !== 'subdimension';
      if (levelOk && (((wide || alone) && f0 !== leafField && !/^[\d.．、\s]+$/.test(t0)) || headed)) {
        const { code, rest } = parseCode(t0);
        const p = parsePoints(rest);
        // `（一）…` under a `一、…` section is the level below it
        if (section && !section.paren && /^[（(]/.test(t0)) subsection = { code, text: p.rest };
        else {
          section = { code, text: p.rest, points: p.points, paren: /^[（(]/.test(t0) };
          subsection = null;
        }
        carry.clear();
        diagnostics.push(diag(ctx.documentId, 'info', 'section-row', `Row ${r + 1} is a section heading ("${t0.slice(0, 30)}") for the rows below it.`, { table: ctx.table, row: r + 1, page: g0.page }));
        continue;
      }
    }
    // Hierarchy: a new value at level L drops the carried values below it.
    for (const c of hierCols) {
      const g = rowCells[c]!;
      const t = home(g) === c ? text(g) : '';
      if (g.r === r && t) {
        for (const k of [...carry.keys()]) if (k > c) carry.delete(k);
        carry.set(c, { cell: g, text: t });
      } else if (g.r === r && text(g) && home(g) !== c) {
        // covered by this row's own cell spanning across it (`加分项` over 一级…三级指标):
        // a new item at this level, nothing inherited from the rows above
        for (const k of [...carry.keys()]) if (k >= c) carry.delete(k);
      }
    }
    let any = false;
    /** The row continues a group whose cells it leaves empty (text carried from above). */
    let groupCarried = false;
    for (let c = 0; c < grid.cols; c++) {
      const m = cols[c];
      if (!m) {
        const t = own(c) ? text(rowCells[c]!) : '';
        if (t) values.set(c, t);
        continue;
      }
      const g = rowCells[c]!;
      // A horizontal span is one value, not several: it goes to the deepest field it covers.
      let t = home(g) === c ? text(g) : '';
      // from a cell merged down from a row above (a span along this row is the row's own text)
      if (g.r !== r && t) flags.add('filled-from-merged-cell');
      if (!t && HIERARCHY.includes(m.field) && carry.has(c)) {
        t = carry.get(c)!.text;
        flags.add('filled-from-merged-cell');
        groupCarried = true;
      }
      if (t) values.set(c, t);
      if (own(c) && text(g) && !HIERARCHY.includes(m.field)) any = true;
    }
    // The 序号 of a group (merged or written together with the group's cell) goes with it where the
    // group continues without its cells (after a page break, or empty cells under it in text).
    for (const c of colsOf('indicatorCode')) {
      const group = groupColumn(c);
      if (group < 0) continue;
      const g = rowCells[c]!;
      const gg = rowCells[group]!;
      if (values.has(c) && gg.r === g.r && gg.rs === g.rs && gg.r === r && text(gg)) codeOfGroup.set(gg, values.get(c)!);
      else if (!values.has(c) && own(c) && !text(gg) && carry.has(group)) {
        const code = codeOfGroup.get(carry.get(group)!.cell);
        if (code) {
          values.set(c, code);
          flags.add('filled-from-merged-cell');
        }
      }
    }
    // A record needs a leaf of its own on this row.
    const leafCols = leafField ? colsOf(leafField) : [];
    const leafOwn = leafCols.some((c) => own(c) && text(rowCells[c]!));
    const contentOwn = cols.some((m, c) => m && own(c) && text(rowCells[c]!) && !['dimension', 'subdimension'].includes(m.field));
    if (!(leafOwn || (any && contentOwn))) {
      // Hierarchy-only rows (a section title spanning the row) only set context.
      continue;
    }
    const seq = records.length + 1;
    const rec = blankRecord(ctx, seq);
    rec.provenance.rows = [grid.rowInfo[r]!.sourceRow, grid.rowInfo[r]!.sourceRow];
    const pages = new Set<number>();
    for (const g of rowCells) if (g.page) pages.add(g.page);
    const secondaryNotes: string[] = [];
    let unit: string | null = null;

    for (let c = 0; c < grid.cols; c++) {
      const m = cols[c];
      const t = values.get(c);
      if (!m || !t) continue;
      const loc = { table: ctx.table, row: r + 1, column: c + 1, page: rowCells[c]!.page };
      const key = m.field + (m.role ? `:${m.role}` : '');
      const cellText = rowCells[c]!.lines.join('\n') || carry.get(c)?.cell.lines.join('\n') || t;
      used[used[key] === undefined ? key : `${key}:column${c + 1}`] = cellText;
      if ((m.field === 'target' || m.field === 'baseline') && primary[m.field] !== c) {
        secondaryNotes.push(`${m.header ?? `column${c + 1}`}：${t}`);
        continue;
      }
      if (m.field === 'unit') {
        unit = t;
        continue;
      }
      if (c === startCol) {
        // read with the end column as one range (`2023年3月—2023年12月`); alone, a start (`2023年3月起`)
        const end = values.get(endCol);
        const range = end ? `${t}—${end}` : `${t}起`;
        flags.add('deadline-from-start-and-end');
        assignField(rec, m, range, { ...rowCells[c]!, lines: [range] }, grid, layout, ctx, loc, diagnostics, flags);
        continue;
      }
      if (c === endCol && values.has(startCol)) continue;
      const before = rec.indicatorPoints;
      assignField(rec, m, t, rowCells[c]!, grid, layout, ctx, loc, diagnostics, flags);
      // the cell the indicator's points come from: a merged one counts once in a total
      if (before === null && rec.indicatorPoints !== null) {
        const src = rowCells[c]!.lines.length ? rowCells[c]! : (carry.get(c)?.cell ?? rowCells[c]!);
        pointsFrom.set(rec, src);
        // a 分值 merged over (or carried down to) this row: sums count it once, with its own row
        if (m.field === 'indicatorPoints' && src.r !== r) flags.add('points-from-merged-cell');
      }
    }
    // A unit column states the unit of the row's values when they write none.
    if (unit) {
      let applied = false;
      for (const q of [rec.targetValue, rec.baselineValue]) {
        if (q && !q.unit) q.unit = unit;
        if (q) applied = true;
      }
      if (!applied) secondaryNotes.unshift(`单位：${unit}`);
    }
    if (secondaryNotes.length) rec.notes = [rec.notes, ...secondaryNotes].filter(Boolean).join('；');
    // Unmapped cells are kept in notes so nothing is lost.
    for (const [c, t] of values) {
      if (cols[c]) continue;
      rec.notes = rec.notes ? `${rec.notes}；${t}` : t;
      flags.add('unmapped-cell-in-notes');
      used[`column${c + 1}`] = t;
    }
    // Departments: empty cell under a vertically merged one inherits it.
    for (const c of colsOf('departments')) {
      const g = rowCells[c]!;
      if (own(c) && text(g)) lastDept.set(c, g);
      else if (!own(c) && text(g)) {
        /* spanned: handled in assignField */
      } else if (lastDept.has(c) && (!hasSpans || cutByBreak(lastDept.get(c)!, groupCarried))) {
        const src = lastDept.get(c)!;
        const m = cols[c]!;
        const res = deptsOf(src, m, ctx, { table: ctx.table, row: r + 1, column: c + 1, page: g.page });
        rec.departments.push(...res.value);
        flags.add('department-inherited');
      }
    }
    // Deadline: an empty deadline cell under a vertically merged one takes its deadline.
    for (const c of colsOf('deadline')) {
      const g = rowCells[c]!;
      if (own(c) && text(g)) {
        lastDeadline = rec.deadline ? { cell: g, value: rec.deadline } : lastDeadline;
      } else if (!rec.deadline && lastDeadline && (!hasSpans || cutByBreak(lastDeadline.cell, groupCarried))) {
        rec.deadline = { ...lastDeadline.value, inherited: false };
        flags.add('deadline-inherited');
      }
    }
    // No department column: the units closing the item's own text (`…。（牵头单位：市质监局）`) are its departments.
    if (!hasField('departments')) departmentsFromText(rec, ctx, { table: ctx.table, row: r + 1 }, diagnostics, flags);
    if (!rec.deadline && ctx.noteDeadline) rec.deadline = ctx.noteDeadline;
    if (section) {
      if (!hasField('dimension')) {
        rec.dimensionCode = section.code;
        rec.dimension = section.text || null;
        rec.dimensionPoints = section.points;
        flags.add('dimension-from-section-row');
      } else if (!hasField('subdimension') && !rec.subdimension) {
        rec.subdimension = section.text || null;
        flags.add('dimension-from-section-row');
      }
    }
    if (subsection && !hasField('subdimension') && !rec.subdimension) {
      rec.subdimension = subsection.text || null;
      flags.add('dimension-from-section-row');
    }
    sinceSubtotal++;
    rec.provenance.pages = [...pages].sort((a, b) => a - b);
    rec.provenance.cells = used;
    // Repairs the grid made to this row or to the cells it used travel with the record.
    for (const f of grid.rowInfo[r]!.flags) flags.add(f);
    for (let c = 0; c < grid.cols; c++) {
      if (!cols[c] || !values.has(c)) continue;
      for (const f of rowCells[c]!.flags) if (RECORD_CELL_FLAGS.has(f)) flags.add(f);
    }
    rec.flags = [...flags].sort();
    records.push(rec);
  }
  return { records, diagnostics };
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
 * A bracket closing the leaf text that names the units carrying the item — after a role label
 * (`（牵头单位：市质监局，各县区政府）`) or as known units (`（北海市人民政府、合浦县人民政府负责落实）`) —
 * gives the record's departments and leaves the text (flag departments-from-text). A bracket
 * naming anything else (`（含能源计量）`) stays in the text.
 */
/** The bracket closing `t` (a `。`/`；` after it allowed): its content and where it opens, or null. */
function closingBracket(t: string, dict: DepartmentDictionary): { inner: string; index: number } | null {
  const end = t.replace(/[。；;]$/u, '');
  if (!dict.closeBrackets.includes(end[end.length - 1] ?? '')) return null;
  let depth = 0;
  for (let i = end.length - 1; i >= 0; i--) {
    if (dict.closeBrackets.includes(end[i]!)) depth++;
    else if (dict.openBrackets.includes(end[i]!) && --depth === 0) return i > 0 ? { inner: end.slice(i + 1, -1), index: i } : null;
  }
  return null;
}
function departmentsFromText(rec: IndicatorRecord, ctx: TableContext, location: Diagnostic['location'], diagnostics: Diagnostic[], flags: Set<string>): void {
  const field = (['task', 'criterion', 'indicator'] as const).find((f) => rec[f]);
  const t = field ? rec[field]! : '';
  const b = closingBracket(t, ctx.dictionary);
  if (!field || !b) return;
  const key = normalizeKey(b.inner);
  const labelled = ctx.dictionary.roleLabels.some(([w]) => key.startsWith(`${w}：`) || key.startsWith(`${w}:`));
  // after a label, a sentence following the units (`…负责。具体任务均涉及…，下同。`) is a remark
  const stop = labelled ? b.inner.search(/。./u) : -1;
  const inner = (stop >= 0 ? b.inner.slice(0, stop) : b.inner).replace(/[。；;]$/, '');
  const remark = stop >= 0 ? b.inner.slice(stop + 1).trim() : '';
  const res = parseDepartments([inner], { role: 'responsible', level: ctx.level, dictionary: ctx.dictionary, documentId: ctx.documentId, location });
  const unit = (d: Department) => d.known || (labelled && d.name.length <= 20 && endsWithUnitSuffix(d.name, ctx.dictionary));
  if (!res.value.length || !res.value.every(unit)) return;
  rec[field] = t.slice(0, b.index).trimEnd() || null;
  if (remark) rec.notes = rec.notes ? `${rec.notes}；${remark}` : remark;
  rec.departments.push(...res.value.map((d) => ({ ...d, raw: normalizeText(d.raw) })));
  diagnostics.push(...res.diagnostics);
  flags.add('departments-from-text');
}

/** `目标值（%）`, `现状值(万元)`: a unit written in brackets at the end of the header, for values that state none. */
function withHeaderUnit(q: IndicatorRecord['targetValue'], header: string | null | undefined): IndicatorRecord['targetValue'] {
  if (!q || q.unit || !header) return q;
  const m = /[（(]([^（()）\d年月分]{1,4})[)）]$/.exec(normalizeText(header));
  return m ? { ...q, unit: m[1]! } : q;
}

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
      const { code, rest } = parseCode(t);
      const p = parsePoints(rest);
      rec.criterionCode = code;
      rec.criterion = p.rest || null;
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
      const { code, rest } = parseCode(t);
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
      // a notes column that is not a plain 备注 (自评得分, 需提交材料, 联系电话) keeps its header as a label
      const h = m.header ? normalizeText([m.header]) : '';
      if (h && !plainNotesHeaders.includes(normalizeKey(h))) t = `${h}：${t}`;
      rec.notes = rec.notes ? `${t}；${rec.notes}` : t;
      break;
    }
    case 'departments': {
      const own = g.r === loc.row! - 1;
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
