// An indicator table whose target is given per unit (`考核目标` spanning 柯城区 | 衢江区 | …, no
// dates) → besides its records, one allocation per non-empty unit cell, as a matrix gives:
// metric = the record's indicator, assignee = the unit column's header.
import type { Allocation, IndicatorRecord } from '../../schemas/dataset.ts';
import gazetteerJson from '../data/gazetteer.json' with { type: 'json' };
import type { Grid, GridCell } from '../grid/index.ts';
import type { TableLayout } from '../layout/index.ts';
import { totalRowWords } from '../layout/header-words.ts';
import type { Diagnostic } from '../model.ts';
import { diag } from '../model.ts';
import type { DepartmentDictionary } from '../normalize/departments.ts';
import { endsWithUnitSuffix } from '../normalize/departments-resolve.ts';
import { normalizeKey, normalizeText } from '../normalize/text.ts';
import { headerDate } from '../normalize/dates.ts';
import { allocationValue, cellAllocation, splitMetric, type MatrixContext } from './matrix.ts';

/** Gazetteer names, full and short (those that are not also common words). */
const PLACES: ReadonlySet<string> = (() => {
  const g = gazetteerJson as unknown as { commonWords: string[]; provinces: [string, string, ...unknown[]][]; cities: [string, string, string | null][]; counties: [string, string, string | null, string | null][] };
  const common = new Set(g.commonWords);
  const out = new Set<string>();
  for (const [, name, short] of [...g.provinces, ...g.cities, ...g.counties]) {
    out.add(name as string);
    if (typeof short === 'string' && short.length >= 2 && !common.has(short)) out.add(short);
  }
  return out;
})();

/** `/`, `—`: the unit has no target here. */
const NOT_APPLICABLE = /^[\/／—–\-]+$/;

/**
 * A column header naming a unit: a gazetteer place (`柯城区`, `江山`), a place-like name (two or
 * more characters before a place suffix: `城北街道`, `高新区`) or a department (`市场监管局`).
 * Total words (`合计`, `全市`) are none.
 */
export function isUnitHeader(header: string, dict: DepartmentDictionary): boolean {
  const k = normalizeKey(header);
  if (!/^[\u4e00-\u9fff（）()]{2,16}$/u.test(k) || totalRowWords.includes(k)) return false;
  if (PLACES.has(k) || endsWithUnitSuffix(k, dict)) return true;
  return dict.placeSuffixes.some((s) => k.length >= s.length + 2 && k.endsWith(s));
}

/**
 * Target columns under one spanning header, one per unit (`考核目标` over 柯城区 | 衢江区 | …):
 * no column is the record's target; each unit's value is kept in notes under the unit. Columns
 * that differ by date (`目标值` over 2023年 | 2024年 | 2025年) are no units; a date in the spanning
 * header (`2025年目标值`) is shared by all, so there the sub-labels must name units.
 */
export function perUnitColumns(grid: Grid, layout: TableLayout, cs: readonly number[], dict: DepartmentDictionary): boolean {
  if (cs.length < 3 || layout.headerRows < 2) return false;
  const top = grid.at[layout.headerRows - 2]!;
  const spanning = top[cs[0]!]!;
  const labels = cs.map((c) => subLabelOf(grid, layout, c));
  if (!cs.every((c, i) => top[c] === spanning && labels[i] !== '' && headerDate(labels[i]!) === null)) return false;
  return cs.every((c) => headerDate(layout.columns[c]!.header ?? '') === null) || labels.every((l) => isUnitHeader(l, dict) || isTotalWord(l));
}

/** The text of column c's own cell in the last header row (a sub-label under a spanning header). */
export function subLabelOf(grid: Grid, layout: TableLayout, c: number): string {
  const r = layout.headerRows - 1;
  const g = grid.at[r]![c]!;
  return g.r === r && g.c === c ? normalizeText(g.lines) : '';
}

const isTotalWord = (t: string) => totalRowWords.includes(normalizeKey(t));

/**
 * The target columns that are one per unit, each headed by a unit: empty unless every target
 * column sits under one spanning header with a unit's name (a total column aside) and no date.
 */
export function unitTargetColumns(grid: Grid, layout: TableLayout, dict: DepartmentDictionary): number[] {
  const targets = layout.columns.map((m, c) => (m?.field === 'target' ? c : -1)).filter((c) => c >= 0);
  if (!perUnitColumns(grid, layout, targets, dict)) return [];
  const labels = targets.map((c) => subLabelOf(grid, layout, c));
  const units = targets.filter((_, i) => isUnitHeader(labels[i]!, dict));
  const totals = labels.filter(isTotalWord);
  return units.length >= 2 && units.length + totals.length === targets.length ? units : [];
}

export function buildUnitAllocations(
  grid: Grid,
  layout: TableLayout,
  records: readonly IndicatorRecord[],
  ctx: MatrixContext & { dictionary: DepartmentDictionary },
): { allocations: Allocation[]; diagnostics: Diagnostic[] } {
  const allocations: Allocation[] = [];
  const diagnostics: Diagnostic[] = [];
  const cols = unitTargetColumns(grid, layout, ctx.dictionary);
  if (!cols.length) return { allocations, diagnostics };
  const headerRow = layout.headerRows - 1;
  const unitCol = layout.columns.findIndex((m) => m?.field === 'unit');
  // a cell merged down over rows of one metric gives one allocation per unit, not one per row
  const seen = new Set<string>();
  const cellIds = new Map<GridCell, number>();
  // The allocations number on after the table's records, so an id (`doc-table-seq`) names
  // one item of the dataset: a record and an allocation of the same table never share one.
  let base = 0;
  for (const rec of records) if (rec.table === ctx.table && rec.seq > base) base = rec.seq;
  for (const rec of records) {
    const metricText = rec.indicator ?? rec.criterion ?? rec.task ?? rec.dimension;
    if (!metricText) continue;
    const r = rowOf(grid, layout, rec);
    if (r < 0) continue;
    const row = grid.at[r]!;
    const m = splitMetric(metricText);
    const rowUnit = unitCol >= 0 ? normalizeText(row[unitCol]!.lines) || null : null;
    for (const c of cols) {
      const g = row[c]!;
      const raw = normalizeText(g.lines);
      if (!raw || NOT_APPLICABLE.test(raw)) continue;
      const assignee = subLabelOf(grid, layout, c);
      if (!cellIds.has(g)) cellIds.set(g, cellIds.size);
      const key = `${cellIds.get(g)}|${c}|${m.metric}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const v = allocationValue(raw, m, rowUnit);
      if (v.value === null) diagnostics.push(diag(ctx.documentId, 'warning', 'allocation-not-a-number', `The value "${raw}" for ${assignee} is not a number.`, { table: ctx.table, row: r + 1, column: c + 1 }));
      allocations.push(
        cellAllocation(ctx, base + allocations.length + 1, m.metric, assignee, raw, v, grid, r, g, {
          metric: rec.provenance.cells['indicator'] ?? metricText,
          assignee: grid.at[headerRow]![c]!.lines.join('\n'),
        }),
      );
    }
  }
  if (allocations.length) {
    diagnostics.push(diag(ctx.documentId, 'info', 'unit-target-allocations', `Table ${ctx.table} gives its targets one column per unit (${cols.map((c) => subLabelOf(grid, layout, c)).join('、')}): ${allocations.length} allocations besides its records.`, { table: ctx.table }));
  }
  return { allocations, diagnostics };
}

/** The body row a record was read from (its first source row). */
function rowOf(grid: Grid, layout: TableLayout, rec: IndicatorRecord): number {
  for (let r = layout.headerRows; r < grid.rows; r++) if (grid.rowInfo[r]!.sourceRow === rec.provenance.rows[0]) return r;
  return -1;
}
