// A matrix of targets per unit (rows = metrics, columns = towns/districts) → one
// allocation per non-empty cell; a value written once for the whole row → one per assignee.
import { readFileSync } from 'node:fs';
import type { Allocation } from '../../schemas/dataset.ts';
import type { Grid, GridCell } from '../grid/index.ts';
import type { TableLayout } from '../layout/index.ts';
import type { Diagnostic, Format } from '../model.ts';
import { diag } from '../model.ts';
import { comparatorFromWords, parseQuantity } from '../normalize/quantity.ts';
import { normalizeKey, normalizeText } from '../normalize/text.ts';
import { totalRowWords } from '../layout/header-words.ts';

export interface MatrixContext {
  documentId: string;
  file: string;
  format: Format;
  table: number;
}

// not after a figure: `编制率（98%）` states a target inside the metric, not its unit
const UNIT_IN_METRIC = /(?<![\d.])[（(]?(%|‰|个|件|家|项|人|次)[）)]?$/;
/** A unit in brackets closing the metric (`资金投入（万元）`), from the quantity vocabulary. */
const BRACKET_UNIT = /[（(]([^（()）]+)[）)]$/;
export const VOCAB_UNITS: ReadonlySet<string> = new Set((JSON.parse(readFileSync(new URL('../data/quantity-vocab.json', import.meta.url), 'utf8')) as { units: string[] }).units);

/** A metric as written, its comparison word and unit moved out. */
export interface MetricParts {
  metric: string;
  unit: string | null;
  comparator: Allocation['comparator'];
}

/**
 * `万台特种设备事故率低于` → metric `万台特种设备事故率`, comparator `<`; `合格率%`, `标准数（个）`
 * → the unit written at the end moves to `unit`.
 */
export function splitMetric(text: string): MetricParts {
  let metric = text;
  let comparator: Allocation['comparator'] = null;
  const cw = comparatorFromWords(metric);
  if (cw && cw.comparator) {
    comparator = cw.comparator;
    metric = cw.rest;
  }
  const unitMatch = metric.match(UNIT_IN_METRIC);
  if (unitMatch && unitMatch.index! > 0) return { metric: metric.slice(0, unitMatch.index), unit: unitMatch[1]!, comparator };
  const bracket = metric.match(BRACKET_UNIT);
  if (bracket && bracket.index! > 0 && VOCAB_UNITS.has(bracket[1]!)) return { metric: metric.slice(0, bracket.index), unit: bracket[1]!, comparator };
  return { metric, unit: unitMatch?.[1] ?? null, comparator };
}

/** One cell's value as written → value, unit and comparator; `summable` when it is a plain figure a total can add. */
export function allocationValue(raw: string, m: MetricParts, rowUnit: string | null): { value: number | null; unit: string | null; comparator: Allocation['comparator']; summable: boolean } {
  const q = parseQuantity(raw);
  const value = q ? q.value : Number.isFinite(Number(raw)) ? Number(raw) : null;
  return {
    value,
    unit: q?.unit ?? m.unit ?? rowUnit,
    // A bare number states no comparison; `≥90` or a metric ending in `低于` does.
    comparator: q?.comparator && q.comparator !== '=' ? q.comparator : m.comparator ?? (/^[=＝]/.test(raw) ? '=' : null),
    summable: !(value === null || (q && q.comparator && q.comparator !== '=')),
  };
}

/**
 * One allocation from the cell `g` of grid row `r` (shared with unit-targets.ts): the value as
 * read by allocationValue, provenance pointing at that row and at the metric, header and value cells.
 */
export function cellAllocation(
  ctx: MatrixContext,
  seq: number,
  metric: string,
  assignee: string,
  raw: string,
  v: ReturnType<typeof allocationValue>,
  grid: Grid,
  r: number,
  g: GridCell,
  cells: { metric: string; assignee: string },
): Allocation {
  return {
    id: `${ctx.documentId}-${ctx.table}-${seq}`,
    documentId: ctx.documentId,
    table: ctx.table,
    seq,
    metric,
    unit: v.unit,
    assignee,
    value: v.value,
    comparator: v.comparator,
    raw,
    provenance: {
      file: ctx.file,
      format: ctx.format,
      table: ctx.table,
      rows: [grid.rowInfo[r]!.sourceRow, grid.rowInfo[r]!.sourceRow],
      pages: g.page ? [g.page] : [],
      cells: { ...cells, value: g.lines.join('\n') },
    },
  };
}

export function buildAllocations(grid: Grid, layout: TableLayout, ctx: MatrixContext): { allocations: Allocation[]; diagnostics: Diagnostic[] } {
  if (layout.assigneeColumn !== undefined) return buildTransposed(grid, layout, layout.assigneeColumn, ctx);
  const diagnostics: Diagnostic[] = [];
  const allocations: Allocation[] = [];
  const h = Math.max(1, layout.headerRows);
  const metricCol = layout.columns.findIndex((m) => m && ['indicator', 'criterion', 'task'].includes(m.field));
  const headerText = (c: number) => normalizeText(grid.at[h - 1]![c]!.lines);
  const isTotal = (t: string) => totalRowWords.includes(normalizeKey(t).replace(/[:：]$/, ''));
  // A `合计` column sums the units' values: it is no assignee; its figures are checked.
  const totalCols = layout.columns.map((m, c) => (!m && c !== metricCol && isTotal(headerText(c)) ? c : -1)).filter((c) => c >= 0);
  const assigneeCols = layout.columns.map((m, c) => (m ? -1 : c)).filter((c) => c >= 0 && c !== metricCol && !totalCols.includes(c));
  // A unit column (`单位`) states the unit of a row's values when they write none.
  const unitCol = layout.columns.findIndex((m) => m?.field === 'unit');
  for (let r = h; r < grid.rows; r++) {
    const row = grid.at[r]!;
    let metric = metricCol >= 0 ? normalizeText(row[metricCol]!.lines) : '';
    if (!metric) continue;
    if (isTotal(metric)) {
      const said = row.filter((g, c) => g.c === c && normalizeText(g.lines)).map((g) => normalizeText(g.lines)).join(' ');
      diagnostics.push(diag(ctx.documentId, 'info', 'total-row', `Row ${r + 1} is a total row ("${said}"), not a metric.`, { table: ctx.table, row: r + 1 }));
      continue;
    }
    const rowUnit = unitCol >= 0 ? normalizeText(row[unitCol]!.lines) || null : null;
    let rowSum = 0;
    let rowSumOk = true;
    const m = splitMetric(metric);
    metric = m.metric;
    // Cells of the row: a cell spanning all assignee columns, or a row with a single
    // value and the rest empty (a merged value in a format without spans), applies to all.
    const filled = assigneeCols.filter((c) => normalizeText(row[c]!.lines) && row[c]!.c === c);
    const single = filled.length === 1 && assigneeCols.length > 1 && filled[0] === assigneeCols[0];
    for (const c of assigneeCols) {
      const g = single ? row[filled[0]!]! : row[c]!;
      const raw = normalizeText(g.lines);
      if (!raw) continue;
      const assignee = headerText(c);
      if (!assignee) continue;
      const v = allocationValue(raw, m, rowUnit);
      const value = v.value;
      if (!v.summable) rowSumOk = false;
      else rowSum += value!;
      if (value === null) diagnostics.push(diag(ctx.documentId, 'warning', 'allocation-not-a-number', `The value "${raw}" for ${assignee} is not a number.`, { table: ctx.table, row: r + 1, column: c + 1 }));
      allocations.push(
        cellAllocation(ctx, allocations.length + 1, metric, assignee, raw, v, grid, r, g, {
          metric: row[metricCol]!.lines.join('\n'),
          assignee: grid.at[h - 1]![c]!.lines.join('\n'),
        }),
      );
    }
    for (const c of totalCols) {
      const raw = normalizeText(row[c]!.lines);
      if (!raw) continue;
      const loc = { table: ctx.table, row: r + 1, column: c + 1 };
      diagnostics.push(diag(ctx.documentId, 'info', 'total-column', `The ${headerText(c)} column gives "${raw}" for ${metric}: a total over the units, not an assignee.`, loc));
      const stated = Number(raw.replace(/[^\d.]/g, ''));
      if (rowSumOk && !single && /^\d+(\.\d+)?\D{0,2}$/.test(raw) && Math.abs(stated - rowSum) > 1e-6) {
        diagnostics.push(diag(ctx.documentId, 'warning', 'total-column-mismatch', `The ${headerText(c)} column says ${stated} for ${metric} but the units' values add up to ${rowSum}.`, loc));
      }
    }
  }
  return { allocations, diagnostics };
}

/**
 * A matrix written the other way round (layout.assigneeColumn: a row per county, a column per
 * indicator): each unmapped column's header is the metric (its unit in brackets moved out), each
 * row's label the assignee; one allocation per non-empty cell, in reading order (a row left to
 * right). A total row (`合计`) is no assignee: its figures go into an info diagnostic, and a
 * figure that is not its column's sum into a warning.
 */
function buildTransposed(grid: Grid, layout: TableLayout, ac: number, ctx: MatrixContext): { allocations: Allocation[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const allocations: Allocation[] = [];
  const h = Math.max(1, layout.headerRows);
  const header = (c: number) => grid.at[h - 1]![c]!;
  const metricCols = layout.columns.map((m, c) => (m || c === ac || header(c).c !== c || !normalizeText(header(c).lines) ? -1 : c)).filter((c) => c >= 0);
  const isTotal = (t: string) => totalRowWords.includes(normalizeKey(t).replace(/[:：]$/, ''));
  const sums = new Map<number, number | null>(metricCols.map((c) => [c, 0]));
  for (let r = h; r < grid.rows; r++) {
    const row = grid.at[r]!;
    const label = normalizeText(row[ac]!.lines);
    if (!label) continue;
    if (isTotal(label) || (row[0]!.c === 0 && isTotal(normalizeText(row[0]!.lines)))) {
      const said = row.filter((g, c) => g.c === c && normalizeText(g.lines)).map((g) => normalizeText(g.lines)).join(' ');
      diagnostics.push(diag(ctx.documentId, 'info', 'total-row', `Row ${r + 1} is a total row ("${said}"), not an assignee.`, { table: ctx.table, row: r + 1 }));
      for (const c of metricCols) {
        const raw = normalizeText(row[c]!.lines);
        const sum = sums.get(c);
        if (row[c]!.c !== c || !/^\d+(\.\d+)?$/.test(raw) || sum === null || sum === undefined) continue;
        if (Math.abs(Number(raw) - sum) > 1e-6) {
          const metric = splitMetric(normalizeText(header(c).lines)).metric;
          diagnostics.push(diag(ctx.documentId, 'warning', 'total-row-mismatch', `The total row says ${raw} for ${metric} but the units' values add up to ${sum}.`, { table: ctx.table, row: r + 1, column: c + 1 }));
        }
      }
      continue;
    }
    for (const c of metricCols) {
      const g = row[c]!;
      const raw = normalizeText(g.lines);
      if (!raw || g.c !== c) continue;
      const m = splitMetric(normalizeText(header(c).lines));
      const v = allocationValue(raw, m, null);
      if (v.value === null) diagnostics.push(diag(ctx.documentId, 'warning', 'allocation-not-a-number', `The value "${raw}" for ${label} is not a number.`, { table: ctx.table, row: r + 1, column: c + 1 }));
      const sum = sums.get(c);
      sums.set(c, v.summable && sum !== null && sum !== undefined ? sum + v.value! : null);
      allocations.push(cellAllocation(ctx, allocations.length + 1, m.metric, label, raw, v, grid, r, g, { metric: header(c).lines.join('\n'), assignee: row[ac]!.lines.join('\n') }));
    }
  }
  return { allocations, diagnostics };
}
