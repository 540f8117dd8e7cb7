// Checks the pipeline makes and reports — never silently "fixes":
// points that do not add up, numbering gaps/duplicates/out-of-order codes,
// records without departments, a stated total against the table's sum.
import type { IndicatorRecord } from '../../schemas/dataset.ts';
import type { Diagnostic } from '../model.ts';
import { diag } from '../model.ts';
import { parsePoints } from '../normalize/dates.ts';

const EPS = 1e-6;

/**
 * Record flag for a 分值 merged over (or carried down to) the record's row from a row above: only it
 * tells a copy from a 分值 written again on the row. Without it a 分值 counts as the row's own.
 */
export const POINTS_FROM_MERGED_CELL = 'points-from-merged-cell';

/**
 * The source cell of each record's indicatorPoints, as a key, so that sums count each cell once:
 * the indicator's own `（N分）` once per indicator; a 分值 written on the record's row once per row;
 * a 分值 merged over several rows once, with the row it was written on.
 */
export function pointsSources(records: IndicatorRecord[]): Map<IndicatorRecord, string> {
  const out = new Map<IndicatorRecord, string>();
  const indicatorKey = (r: IndicatorRecord) => [r.table, r.dimensionCode, r.dimension, r.subdimension, r.indicatorCode, r.indicator].join('|');
  let prev: IndicatorRecord | null = null;
  for (const r of records) {
    if (r.indicatorPoints === null) continue;
    const cells = r.provenance.cells;
    const fromIndicator = cells.indicatorPoints === undefined || parsePoints(cells.indicator ?? '').points !== null;
    let key: string;
    if (fromIndicator) key = `indicator:${indicatorKey(r)}`;
    else if (r.flags.includes(POINTS_FROM_MERGED_CELL) && prev && indicatorKey(prev) === indicatorKey(r) && prev.indicatorPoints === r.indicatorPoints) key = out.get(prev)!;
    else key = `cell:${r.table}|${r.provenance.rows[0]}`;
    out.set(r, key);
    prev = r;
  }
  return out;
}

function loc(r: IndicatorRecord, column: number | null = null) {
  return { table: r.table, row: r.provenance.rows[0], column, page: r.provenance.pages[0] ?? null };
}

function codeParts(code: string): number[] | null {
  if (!/^\d+(\.\d+)*$/.test(code)) return null;
  return code.split('.').map(Number);
}

/** Numbering: within one parent, child codes should run 1, 2, 3 … without gaps or repeats. */
function checkNumbering(records: IndicatorRecord[], key: 'taskCode' | 'criterionCode', out: Diagnostic[]): void {
  const seen = new Map<string, IndicatorRecord>();
  let prev: { parts: number[]; rec: IndicatorRecord } | null = null;
  for (const r of records) {
    const code = r[key];
    if (!code) continue;
    const parts = codeParts(code);
    if (!parts || parts.length < 2) continue;
    if (seen.has(code)) {
      out.push(diag(r.documentId, 'warning', 'duplicate-code', `Code ${code} appears twice in table ${r.table}.`, loc(r)));
      continue;
    }
    seen.set(code, r);
    if (prev && prev.rec.table === r.table) {
      const p = prev.parts;
      const sameParent = p.length === parts.length && p.slice(0, -1).join('.') === parts.slice(0, -1).join('.');
      if (sameParent) {
        const a = p[p.length - 1]!;
        const b = parts[parts.length - 1]!;
        if (b > a + 1) out.push(diag(r.documentId, 'warning', 'numbering-gap', `Numbering jumps from ${p.join('.')} to ${code}: ${b - a - 1} item(s) missing or misnumbered.`, loc(r)));
        else if (b <= a) out.push(diag(r.documentId, 'warning', 'numbering-out-of-order', `Code ${code} follows ${p.join('.')}: out of order.`, loc(r)));
      }
    }
    prev = { parts, rec: r };
  }
}

/** Children's points against the indicator points they share (one source cell). */
function checkPoints(records: IndicatorRecord[], sources: Map<IndicatorRecord, string>, out: Diagnostic[]): void {
  const groups = new Map<string, IndicatorRecord[]>();
  for (const r of records) {
    const k = sources.get(r);
    if (k === undefined || !(r.indicator || r.indicatorCode)) continue;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
  }
  for (const rs of groups.values()) {
    // one amount per distinct criterion (tasks under one criterion share its points)
    const byCriterion = new Map<string, number | null>();
    for (const r of rs) byCriterion.set(`${r.criterionCode}|${r.criterion}|${r.scoringMethod}`, r.criterionPoints);
    const amounts = [...byCriterion.values()];
    if (amounts.length < 2 || amounts.some((a) => a === null)) continue;
    const sum = amounts.reduce<number>((a, b) => a + (b ?? 0), 0);
    const stated = rs[0]!.indicatorPoints!;
    if (Math.abs(sum - stated) > EPS) {
      out.push(diag(rs[0]!.documentId, 'warning', 'points-do-not-add-up', `Items under indicator ${rs[0]!.indicatorCode ?? rs[0]!.indicator?.slice(0, 15)} add up to ${sum} points, but the indicator states ${stated}.`, loc(rs[0]!)));
    }
  }
}

/** Indicators' points against their dimension's stated points (`质量宏观管理（23分）`). */
function checkDimensionPoints(records: IndicatorRecord[], sources: Map<IndicatorRecord, string>, out: Diagnostic[]): void {
  type Dim = { stated: number; first: IndicatorRecord; cells: Map<string, number>; indicators: Set<string>; scored: Set<string> };
  const dims = new Map<string, Dim>();
  for (const r of records) {
    if (r.dimensionPoints === null || !r.dimension) continue;
    const k = `${r.table}|${r.dimensionCode}|${r.dimension}`;
    const d = dims.get(k) ?? dims.set(k, { stated: r.dimensionPoints, first: r, cells: new Map(), indicators: new Set(), scored: new Set() }).get(k)!;
    const ind = `${r.indicatorCode}|${r.indicator}`;
    d.indicators.add(ind);
    const src = sources.get(r);
    if (src === undefined) continue;
    d.cells.set(src, r.indicatorPoints!);
    d.scored.add(ind);
  }
  for (const d of dims.values()) {
    // each points cell once; an indicator with no points at all leaves the sum unknown
    if (d.cells.size < 2 || d.scored.size < d.indicators.size) continue;
    const sum = [...d.cells.values()].reduce((a, b) => a + b, 0);
    if (Math.abs(sum - d.stated) > EPS) {
      out.push(diag(d.first.documentId, 'warning', 'points-do-not-add-up', `Indicators under ${d.first.dimension} add up to ${sum} points, but the dimension states ${d.stated}.`, loc(d.first)));
    }
  }
}

/** A stated total (`评价总分为 1060 分`) against the sum of indicator points. */
export function checkStatedTotal(records: IndicatorRecord[], paragraphs: string[], documentId: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const m = paragraphs.join('\n').match(/总分(?:为|是|共|计)?\s*(\d+(?:\.\d+)?)\s*分/);
  if (!m) return out;
  const stated = Number(m[1]);
  const seen = new Set<string>();
  let sum = 0;
  for (const [r, k] of pointsSources(records)) {
    if (seen.has(k)) continue;
    seen.add(k);
    sum += r.indicatorPoints!;
  }
  if (!seen.size) return out;
  if (Math.abs(sum - stated) > EPS) out.push(diag(documentId, 'warning', 'total-does-not-add-up', `The document states a total of ${stated} points, but its indicators add up to ${sum}.`, {}));
  else out.push(diag(documentId, 'info', 'total-matches', `The indicators add up to the stated total of ${stated} points.`, {}));
  return out;
}

export function runChecks(records: IndicatorRecord[], hasDepartmentColumn: (table: number) => boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  checkNumbering(records, 'taskCode', out);
  checkNumbering(records, 'criterionCode', out);
  const sources = pointsSources(records);
  checkPoints(records, sources, out);
  checkDimensionPoints(records, sources, out);
  for (const r of records) {
    if (!r.departments.length && hasDepartmentColumn(r.table)) {
      out.push(diag(r.documentId, 'warning', 'missing-department', `Record ${r.seq} of table ${r.table} has no responsible department.`, loc(r)));
    }
  }
  return out;
}
