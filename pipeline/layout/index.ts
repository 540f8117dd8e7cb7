// Grid → TableLayout: what kind of table this is, which rows are its header, and
// which canonical field each column holds (by header words, else by content).
import type { Role } from '../../schemas/dataset.ts';
import type { Grid, GridCell } from '../grid/index.ts';
import { cellText } from '../grid/index.ts';
import { normalizeKey, normalizeText } from '../normalize/text.ts';
import { headerDate, parseCode } from '../normalize/dates.ts';
import { aspectSuffixes, assigneeHeaders, checkMethodHeaders, fieldOfHeader, footerWords, placeSuffixes, subdimensionAboveIndicator, totalRowWords, type Field } from './header-words.ts';

export interface ColumnMap {
  field: Field;
  role?: Role;
  header: string | null;
  /** A column under the same spanning header cell as the column left of it. */
  subColumn?: boolean;
  /** The cells also hold this field's value (`责任单位及完成时限`: the units, then the deadline). */
  second?: Field;
}

export interface TableLayout {
  kind: 'indicator' | 'matrix' | 'form' | 'other';
  /** Number of header rows at the top of the grid (caption rows above the header included). */
  headerRows: number;
  /** Rows above the header row (a title written inside the table); part of headerRows. */
  captionRows?: number;
  /**
   * Rows at the bottom holding one text each or only `label：value` pairs under a note or
   * signature word (`注：…`, `填表人：… 联系电话：…`): the table's furniture, not its body.
   */
  footerRows?: number;
  columns: (ColumnMap | null)[];
  mappedBy: 'header' | 'content' | 'none';
  /** A list printed in parts side by side: the width of one part (the records stage reads part after part). */
  partWidth?: number;
  /**
   * A matrix written the other way round (a row per county, a column per indicator): the column
   * of row labels naming the assignees; every other unmapped column's header is a metric.
   */
  assigneeColumn?: number;
}

/**
 * A header naming a department column and a deadline column joined by 及/和/与 (`责任单位及完成时限`,
 * `完成时间和牵头单位`): the cells hold the units and the deadline; departments, with the deadline second.
 */
function combinedHeader(text: string): { field: Field; role?: Role; second?: Field } | null {
  const m = text.match(/^(.{2,8}?)[及和与](.{2,8})$/u);
  if (!m) return null;
  const a = fieldOfHeader(m[1]!);
  const b = fieldOfHeader(m[2]!);
  if (!a || !b) return null;
  const dept = a.field === 'departments' ? a : b.field === 'departments' ? b : null;
  const other = dept === a ? b : a;
  if (!dept || other.field !== 'deadline') return null;
  return { field: 'departments', role: dept.role, second: 'deadline' };
}

function headerMatches(grid: Grid, r: number): { count: number; cols: (ColumnMap | null)[] } {
  const cols: (ColumnMap | null)[] = [];
  let count = 0;
  for (let c = 0; c < grid.cols; c++) {
    const g = grid.at[r]![c]!;
    const text = normalizeText(g.lines);
    const f: { field: Field; role?: Role; second?: Field } | null = text ? (combinedHeader(text) ?? fieldOfHeader(text)) : null;
    if (f && g.c === c) count++;
    // A header cell spanning several columns: the columns right of its anchor are its sub-columns.
    cols.push(f ? { field: f.field, role: f.role, header: text, subColumn: g.c !== c, ...(f.second ? { second: f.second } : {}) } : null);
  }
  return { count, cols };
}

const CODE = /^\s*(\d+([.．]\d+)*)[.．、\s]?/;
const DATE = /(\d{4}\s*年|每年|每季|每月|持续|长期|日常|常态|已完成|年底|上半年|下半年)/;
const DEPT = /(局|委|办|部|政府|单位|中心|海关|支行|分局|公司|协会|院|所|站|队|台|社|室|团)(（[^）]*）)?(等.{0,4})?$/;
const NUMBER = /^[\d.]+$/;

function columnTexts(grid: Grid, c: number, from: number, onlyNarrow = false): string[] {
  const out: string[] = [];
  for (let r = from; r < grid.rows; r++) {
    const g = grid.at[r]![c]!;
    if (g.c !== c || g.r !== r) continue;
    if (onlyNarrow && g.cs > 1) continue;
    const t = normalizeText(g.lines);
    if (t) out.push(t);
  }
  return out;
}

/** `1, 2, 3` or `4, 5, 6`: whole numbers each one more than the one before. */
function consecutive(texts: string[]): boolean {
  const n = texts.map((t) => (/^\d+[.．、]?$/.test(t) ? parseInt(t, 10) : NaN));
  return n.every((v, i) => Number.isFinite(v) && (i === 0 || v === n[i - 1]! + 1));
}

function share(texts: string[], re: RegExp): number {
  if (!texts.length) return 0;
  return texts.filter((t) => re.test(t)).length / texts.length;
}

/** Maps a headerless table by what its columns hold. */
function mapByContent(grid: Grid): (ColumnMap | null)[] {
  const cols: (ColumnMap | null)[] = Array(grid.cols).fill(null);
  const stats = [...Array(grid.cols).keys()].map((c) => {
    const texts = columnTexts(grid, c, 0);
    const pieces = texts.flatMap((t) => t.split(/[、，,；;\n]/)).filter(Boolean);
    return {
      texts,
      fill: texts.length / Math.max(1, grid.rows),
      num: share(texts, NUMBER),
      date: share(texts, DATE),
      dept: share(pieces, DEPT),
      code: share(texts, CODE),
      subcode: share(texts, /^\s*\d+[.．]\d+/),
      avgLen: texts.reduce((a, t) => a + t.length, 0) / Math.max(1, texts.length),
      scoring: share(texts, /得\s*[\d.]+\s*分|扣\s*[\d.]+\s*分|不得分/),
    };
  });
  const used = new Set<number>();
  // The leftmost filled column counting 1, 2, 3 … is the 序号, not a points column.
  const first = stats.findIndex((s) => s.texts.length > 0);
  if (first >= 0 && stats[first]!.texts.length >= 2 && consecutive(stats[first]!.texts)) {
    cols[first] = { field: 'indicatorCode', header: null };
    used.add(first);
  }
  stats.forEach((s, c) => {
    if (!s.texts.length || used.has(c)) return;
    if (s.num >= 0.8) {
      cols[c] = { field: 'indicatorPoints', header: null };
      used.add(c);
    } else if (s.dept >= 0.6 && s.avgLen < 60) {
      cols[c] = { field: 'departments', role: 'responsible', header: null };
      used.add(c);
    } else if (s.date >= 0.6 && s.avgLen < 20) {
      cols[c] = { field: 'deadline', header: null };
      used.add(c);
    }
  });
  const textCols = stats.map((_, c) => c).filter((c) => !used.has(c) && stats[c]!.texts.length);
  const scoringCol = textCols.filter((c) => stats[c]!.scoring >= 0.4).sort((a, b) => stats[b]!.scoring - stats[a]!.scoring)[0];
  if (scoringCol !== undefined) cols[scoringCol] = { field: 'scoringMethod', header: null };
  const rest = textCols.filter((c) => c !== scoringCol);
  if (cols[first]?.field === 'indicatorCode' && !rest.some((c) => stats[c]!.code >= 0.5)) {
    // Items numbered in their own column: the text columns right of it are the items, the last
    // the finest (a task where the rows name departments or deadlines, else an indicator).
    const taskLike = cols.some((m) => m?.field === 'departments' || m?.field === 'deadline');
    const items = rest.filter((c) => c > first);
    const levels: Field[] = taskLike ? ['indicator', 'criterion', 'task'] : ['dimension', 'indicator', 'criterion'];
    items.slice(-3).forEach((c, i, all) => (cols[c] = { field: levels[levels.length - all.length + i]!, header: null }));
    return cols;
  }
  const firstCoded = rest.find((c) => stats[c]!.code >= 0.5);
  const grouping = rest.filter((c) => firstCoded === undefined || c < firstCoded);
  if (grouping[0] !== undefined) cols[grouping[0]] = { field: 'dimension', header: null };
  if (grouping[1] !== undefined) cols[grouping[1]] = { field: 'subdimension', header: null };
  const after = rest.filter((c) => firstCoded !== undefined && c >= firstCoded);
  // One coded column: `1.`-style codes are indicators, `3.1`-style codes criteria.
  const single: Field = after.length === 1 && stats[after[0]!]!.subcode < 0.5 ? 'indicator' : 'criterion';
  const order: Field[] = after.length >= 2 ? ['indicator', 'criterion', 'task'] : [single];
  after.forEach((c, i) => {
    if (order[i]) cols[c] = { field: order[i]!, header: null };
  });
  return cols;
}

/** An extra column with no header between the hierarchy and the tasks, holding `…方面`: the aspect. */
function mapAspect(grid: Grid, cols: (ColumnMap | null)[], from: number): void {
  for (let c = 0; c < grid.cols; c++) {
    // candidates: unmapped columns, and the columns of a header cell spanning several
    const shared = cols[c] && (cols[c]!.subColumn || cols[c + 1]?.subColumn);
    if (cols[c] && !shared) continue;
    // cells confined to this column: a cell spanning into the next one belongs to both
    const texts = columnTexts(grid, c, from, true);
    if (texts.length >= 2 && share(texts, new RegExp(`(${aspectSuffixes.join('|')})$`)) >= 0.8) cols[c] = { field: 'aspect', header: null };
  }
}

/** Scoring-rule wording: `扣5分`, `得2分`, `扣5-10分`, `不得分`, `占20分`. */
const SCORING = /[扣得减加占]\s*[\d.]+(?:\s*[-—～~至]\s*[\d.]+)?\s*分|不得分/;

/**
 * A header cell spanning columns whose cells below hold different things (`考核条目` over the
 * group and its 序号, `考核细则` over the requirement and its deduction `未报扣10分`): a
 * sub-column of 1, 2, 3 … is the 序号, one of short scoring rules the scoring method, one of
 * bare numbers the points — each only when no other column holds that field. A hierarchy
 * column left of a 序号 found so is the level above the numbered items (indicator → dimension).
 */
function refineSubColumns(grid: Grid, cols: (ColumnMap | null)[], from: number): (ColumnMap | null)[] {
  const out = cols.map((m) => (m ? { ...m } : null));
  const has = (f: Field) => out.some((m) => m?.field === f);
  for (let c = 0; c < out.length; c++) {
    const m = out[c];
    if (!m?.subColumn || !TEXT_FIELDS.includes(m.field)) continue;
    const texts = columnTexts(grid, c, from, true);
    if (texts.length < 2) continue;
    const avg = texts.reduce((a, t) => a + t.length, 0) / texts.length;
    let field: Field | null = null;
    if (consecutive(texts) && !has('indicatorCode')) field = 'indicatorCode';
    else if (share(texts, NUMBER) === 1 && !has('indicatorPoints')) field = 'indicatorPoints';
    else if (avg <= 30 && share(texts, SCORING) >= 0.6 && !has('scoringMethod')) field = 'scoringMethod';
    if (!field) {
      splitSameField(grid, out, c, from, texts);
      continue;
    }
    out[c] = { field, header: m.header };
    const left = out[c - 1];
    if (field === 'indicatorCode' && left?.field === 'indicator' && !has('dimension') && out.some((x, k) => k > c && x && ['criterion', 'task'].includes(x.field))) {
      out[c - 1] = { ...left, field: 'dimension' };
    }
  }
  return out;
}

/** The level below a hierarchy field, for a header cell spanning a group and its items. */
const DEEPER: Partial<Record<Field, Field>> = { dimension: 'subdimension', indicator: 'criterion' };
const UPPER: Partial<Record<Field, Field>> = { indicator: 'dimension', criterion: 'indicator' };

/**
 * A header cell spanning two columns of one hierarchy field (`指标名称` over `居民收入水平`
 * and its sub-indicators, `项目名称及分值` over `（一）重点工作（500分）` and its items `1.…`):
 * the left column groups the right one. Items numbered in their own text (`1.责任型…`) are
 * the field itself and their group the level above; items under a group merged down over them
 * without codes of their own are the level below (indicator → criterion).
 */
function splitSameField(grid: Grid, out: (ColumnMap | null)[], c: number, from: number, texts: string[]): void {
  const m = out[c]!;
  const left = out[c - 1];
  if (!left || left.field !== m.field || left.subColumn) return;
  const has = (f: Field) => out.some((x) => x?.field === f);
  const coded = texts.filter((t) => parseCode(t).code !== null).length;
  const up = UPPER[m.field];
  if (coded * 2 >= texts.length && up && !has(up)) {
    out[c - 1] = { ...left, field: up };
    return;
  }
  const down = DEEPER[m.field];
  let grouped = false;
  for (let r = from; r < grid.rows && !grouped; r++) {
    const g = grid.at[r]![c - 1]!;
    grouped = g.r === r && g.c === c - 1 && g.cs === 1 && g.rs > 1 && !!normalizeText(g.lines);
  }
  if (grouped && down && !has(down)) out[c] = { ...m, field: down };
}

function isMatrix(grid: Grid, cols: (ColumnMap | null)[], headerRows: number): boolean {
  const unmapped = cols.map((m, c) => (m ? -1 : c)).filter((c) => c >= 0);
  if (unmapped.length < 3) return false;
  const numeric = unmapped.filter((c) => {
    const t = columnTexts(grid, c, headerRows);
    return t.length > 0 && share(t, /^[≥≤<>]?\s*[\d.]+\s*[%‰个件家]?$/) >= 0.7;
  });
  return numeric.length >= Math.max(3, unmapped.length * 0.6);
}

/**
 * A matrix without a metric column (no indicator, criterion or task) whose rows are labelled by
 * places: the column of those labels (headed `县（市、区）`, or nearly every label a place name,
 * total rows aside) — the table is written the other way round, its header cells the metrics.
 * -1 when there is none (the usual matrix: a row per metric, a column per place).
 */
function assigneeColumn(grid: Grid, cols: (ColumnMap | null)[], headerRows: number): number {
  if (cols.some((m) => m && ['indicator', 'criterion', 'task'].includes(m.field))) return -1;
  const place = new RegExp(`[\\u4e00-\\u9fff](${placeSuffixes.join('|')})$`);
  for (let c = 0; c < grid.cols; c++) {
    if (cols[c]) continue;
    const texts = columnTexts(grid, c, headerRows).filter((t) => !totalRowWords.includes(normalizeKey(t)));
    if (texts.length < 2 || share(texts, /^[≥≤<>]?\s*[\d.]+/) > 0) continue;
    const header = normalizeKey(normalizeText(grid.at[headerRows - 1]![c]!.lines));
    if (assigneeHeaders.includes(header) || share(texts, place) >= 0.8) return c;
    return -1;
  }
  return -1;
}

function isForm(grid: Grid): boolean {
  // label/value pairs: most rows have a short label cell followed by a longer or free value cell.
  let pairs = 0;
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c + 1 < grid.cols; c++) {
      const a = normalizeText(grid.at[r]![c]!.lines);
      const b = normalizeText(grid.at[r]![c + 1]!.lines);
      if (a && b && a.length <= 30 && !/[。；]/.test(a) && grid.at[r]![c] !== grid.at[r]![c + 1]) {
        pairs++;
        break;
      }
    }
  }
  return grid.cols <= 6 && pairs >= grid.rows * 0.7;
}

/**
 * Two columns mapped to one hierarchy field (`重点工作任务` | `具体措施`, both tasks): the
 * left one is the level above (task → criterion → indicator → dimension; dimension →
 * dimension + subdimension). Columns the hierarchy cannot hold keep their field and their
 * texts are joined by the records stage, so nothing is overwritten.
 */
const PROMOTE: Partial<Record<Field, Field>> = { task: 'criterion', criterion: 'indicator', scoringMethod: 'criterion', indicator: 'dimension' };
function resolveDuplicates(cols: (ColumnMap | null)[]): (ColumnMap | null)[] {
  const out = cols.map((c) => (c ? { ...c } : null));
  for (let guard = 0; guard < 8; guard++) {
    let changed = false;
    for (let i = out.length - 1; i >= 0; i--) {
      const m = out[i];
      if (!m || m.field === 'departments' || m.subColumn) continue;
      const j = out.findIndex((x, k) => k < i && x && x.field === m.field);
      if (j < 0) continue;
      const left = out[j]!;
      if (left.field === 'dimension') {
        m.field = 'subdimension';
        changed = true;
        continue;
      }
      const up = freeLevelAbove(out, j, left.field);
      if (up) {
        left.field = up;
        changed = true;
        continue;
      }
      // the level above is held by a column further left (`考核项目 | 考核要点 | 考核内容`: an
      // indicator, then two criteria): when that column can go up a level, all shift up
      const above = PROMOTE[left.field];
      const at = above ? out.findIndex((x) => x?.field === above) : -1;
      const higher = at >= 0 && at < j && !out[at]!.subColumn ? freeLevelAbove(out, at, above!) : null;
      if (higher) {
        out[at]!.field = higher;
        left.field = above!;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return out;
}

/**
 * The first level above `field` no column holds, going up through levels held only by
 * columns right of column `j` (`考核内容` left of `考核指标` and `考核要点`, both criteria:
 * the indicator is taken by the column between them, so the left one is the dimension).
 */
function freeLevelAbove(cols: (ColumnMap | null)[], j: number, field: Field): Field | null {
  for (let up = PROMOTE[field]; up; up = PROMOTE[up]) {
    const at = cols.findIndex((x) => x?.field === up);
    if (at < 0) return up;
    if (at < j) return null;
  }
  return null;
}

const TEXT_FIELDS: Field[] = ['dimension', 'subdimension', 'indicator', 'criterion', 'scoringMethod', 'task'];

/** The leftmost unmapped column holding sentences (long CJK texts, not numbers or phone numbers), or -1. */
function itemColumn(grid: Grid, cols: (ColumnMap | null)[], from: number): number {
  for (let c = 0; c < grid.cols; c++) {
    if (cols[c]) continue;
    const texts = columnTexts(grid, c, from);
    if (!texts.length) continue;
    const avg = texts.reduce((a, t) => a + t.length, 0) / texts.length;
    if (avg >= 8 && share(texts, /[\u4e00-\u9fff]{4}/) >= 0.8) return c;
  }
  return -1;
}

/**
 * The row under the header row `r` holds only sub-labels: every cell of its own sits under a
 * header cell spanning several columns (`目标值` over `2020年` | `2022年`) and is short, and
 * every other column is covered by a header cell merged down into it.
 */
function subLabelRow(grid: Grid, r: number): boolean {
  const r2 = r + 1;
  if (r2 >= grid.rows) return false;
  let labels = 0;
  for (let c = 0; c < grid.cols; c++) {
    const top = grid.at[r]![c]!;
    const low = grid.at[r2]![c]!;
    if (low === top) continue; // merged down from the header
    if (low.r !== r2) return false;
    if (top.cs < 2) return false;
    const t = normalizeText(low.lines);
    if (low.c === c && (!t || t.length > 12)) return false;
    if (low.c === c) labels++;
  }
  return labels >= 2;
}

/**
 * `单位` names the measurement unit in an indicator table and the organisation in a list
 * of units: a unit column whose cells read as department names is a department column.
 */
function checkUnitColumns(grid: Grid, cols: (ColumnMap | null)[], from: number): (ColumnMap | null)[] {
  return cols.map((m, c) => {
    if (m?.field !== 'unit') return m;
    const texts = columnTexts(grid, c, from);
    const pieces = texts.flatMap((t) => t.split(/[、，,；;\n]/)).filter(Boolean);
    return share(pieces, DEPT) >= 0.5 && texts.some((t) => t.length > 3) ? { ...m, field: 'departments', role: 'responsible' } : m;
  });
}

/**
 * Two scoring columns, one naming how the assessors check (`考核方式`: 查阅资料、实地查看) and one how
 * they score (`评分标准`): the first is a note under its header, the other the scoring method. A
 * `考核方式` column alone is the scoring method (`以省级监督抽查结果为准。`).
 */
function checkMethods(cols: (ColumnMap | null)[]): (ColumnMap | null)[] {
  const scoring = cols.map((m, c) => (m?.field === 'scoringMethod' && !m.subColumn ? c : -1)).filter((c) => c >= 0);
  const isCheck = (c: number) => checkMethodHeaders.includes(normalizeKey(cols[c]!.header ?? ''));
  const check = scoring.filter(isCheck);
  if (!check.length || check.length === scoring.length) return cols;
  return cols.map((m, c) => (check.includes(c) ? { field: 'notes', header: m!.header } : m));
}

/**
 * `二级指标` is the subdimension when an indicator column follows it (canonical-schema.md); in
 * `一级指标 | 二级指标 | 分值 | 评分标准` nothing does, and the second level is the leaf's indicator.
 */
function secondLevelAsIndicator(cols: (ColumnMap | null)[]): (ColumnMap | null)[] {
  return cols.map((m, c) => {
    if (m?.field !== 'subdimension' || m.subColumn || !subdimensionAboveIndicator.includes(normalizeKey(m.header ?? ''))) return m;
    return cols.some((x, k) => k > c && x?.field === 'indicator') ? m : { ...m, field: 'indicator' };
  });
}

export function detectLayout(grid: Grid): TableLayout {
  const l = detectLayoutRaw(grid);
  const footer = footerRowCount(grid, l.headerRows);
  const finish = (cols: (ColumnMap | null)[]) => levelPoints(secondLevelAsIndicator(resolveDuplicates(checkMethods(cols))));
  const half = l.kind === 'indicator' ? sideBySideWidth(grid, l) : 0;
  // side by side: each part is mapped as the table alone would be, the same map for every part
  const columns = half ? Array.from({ length: grid.cols }, (_, c) => finish(l.columns.slice(0, half))[c % half]!) : finish(l.columns);
  return { ...l, columns, ...(footer ? { footerRows: footer } : {}), ...(half ? { partWidth: half } : {}) };
}

/**
 * A list printed in two or three parts side by side to save space (`序号 | 指标名称 | 单位 | 目标值 |
 * 序号 | 指标名称 | 单位 | 目标值`): the width of one part, or 0. Only a one-row header whose cells
 * repeat the same words part after part, each part with a column of items.
 */
function sideBySideWidth(grid: Grid, l: TableLayout): number {
  const h = l.headerRows - 1;
  if (h < 0 || h !== (l.captionRows ?? 0)) return 0;
  const texts: string[] = [];
  for (let c = 0; c < grid.cols; c++) {
    const g = grid.at[h]![c]!;
    if (g.c !== c || g.cs > 1 || g.r !== h) return 0;
    texts.push(normalizeKey(normalizeText(g.lines)));
  }
  for (let k = 2; k * 2 <= grid.cols; k++) {
    if (grid.cols % k || grid.cols / k > 3) continue;
    if (!texts.every((t, i) => t && t === texts[i % k])) continue;
    if (!l.columns.slice(0, k).some((m) => m && ['indicator', 'criterion', 'task'].includes(m.field))) continue;
    return k;
  }
  return 0;
}

const LABEL_VALUE = /^[\u4e00-\u9fff]{1,8}\s*[：:]\s*\S/;

/** The distinct non-empty texts of row `r`, one per cell anchored on it or spanning into it. */
export function rowTexts(grid: Grid, r: number): string[] {
  const seen = new Set<GridCell>();
  const out: string[] = [];
  for (let c = 0; c < grid.cols; c++) {
    const g = grid.at[r]![c]!;
    if (seen.has(g)) continue;
    seen.add(g);
    const t = normalizeText(g.lines);
    if (t) out.push(t);
  }
  return out;
}

/**
 * Document furniture written as a table row (Excel tables pasted into Word): a row whose only
 * text is one cell (a title merged across the table, `附件2`, `单位：万元`), or whose every
 * text is a `label：value` pair (`填报单位：… | 填报日期：…`).
 */
export function furnitureRow(grid: Grid, r: number): boolean {
  const texts = rowTexts(grid, r);
  if (!texts.length) return false;
  const own = new Set(grid.at[r]!).size;
  if (texts.length === 1 && (own === 1 || grid.cols === 1 || grid.at[r]![0]!.cs === grid.cols)) return true;
  return texts.every((t) => LABEL_VALUE.test(t));
}

/**
 * A row of a key/value form: its own cells alternate a short label (`项目名称`, `主管部门`) and its
 * value (`质量强县创建专项经费`, may be empty), two or four or more cells, none merged from above.
 */
export function formRow(grid: Grid, r: number): boolean {
  const cells: GridCell[] = [];
  for (let c = 0; c < grid.cols; c++) {
    const g = grid.at[r]![c]!;
    if (g.r !== r) return false;
    if (g.c === c) cells.push(g);
  }
  if (cells.length < 2 || cells.length % 2) return false;
  return cells.every((g, i) => {
    if (i % 2) return true;
    const t = normalizeText(g.lines);
    return t.length > 0 && t.length <= 12 && /[\u4e00-\u9fff]/.test(t) && !/[。；;，,]/.test(t);
  });
}

/** The pairs of a form row (`formRow`): label → value, empty values left out. */
export function formRowPairs(grid: Grid, r: number): [string, string][] {
  const texts = grid.at[r]!.filter((g, c) => g.c === c).map((g) => normalizeText(g.lines));
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < texts.length; i += 2) if (texts[i + 1]) out.push([texts[i]!.replace(/[:：]$/, ''), texts[i + 1]!]);
  return out;
}

/** Every own cell of row r holds a header word. */
function allHeaderWords(grid: Grid, r: number): boolean {
  for (let c = 0; c < grid.cols; c++) {
    const g = grid.at[r]![c]!;
    if (g.c !== c || g.r !== r) continue;
    const t = normalizeText(g.lines);
    if (t && !fieldOfHeader(t)) return false;
  }
  return true;
}

/** Bottom rows that are furniture opening with a note or signature word (`注：`, `填表人：`). */
function footerRowCount(grid: Grid, headerRows: number): number {
  let n = 0;
  for (let r = grid.rows - 1; r >= headerRows && n < 4; r--) {
    if (!furnitureRow(grid, r)) break;
    const first = normalizeText(grid.at[r]![0]!.lines) || rowTexts(grid, r)[0]!;
    if (!footerWords.some((w) => first.startsWith(`${w}：`) || first.startsWith(`${w}:`))) break;
    n++;
  }
  return n;
}

/** The hierarchy levels a points column can stand after, with the field its points go to. */
const LEVEL_POINTS: Partial<Record<Field, Field | 'label'>> = { dimension: 'dimensionPoints', subdimension: 'label', indicator: 'indicatorPoints', criterion: 'criterionPoints' };

/**
 * Several points columns, each after a level of its own (`一级指标 | 权重 | 二级指标 | 分值 |
 * 三级指标 | … | 分值`): each column holds the points of the nearest hierarchy column left of it.
 * A level without a points field (the subdimension) keeps its points in notes, labelled with
 * that level's header (`二级指标分值：75`). Several points columns all after one level are
 * points of different schemes: the first is the item's, the others labelled notes.
 */
function levelPoints(cols: (ColumnMap | null)[]): (ColumnMap | null)[] {
  const points = cols.map((m, c) => (m?.field === 'indicatorPoints' && !m.subColumn ? c : -1)).filter((c) => c >= 0);
  if (points.length < 2) return cols;
  const levels = points.map((c) => {
    for (let k = c - 1; k >= 0; k--) if (cols[k] && LEVEL_POINTS[cols[k]!.field]) return k;
    return -1;
  });
  if (levels.includes(-1)) return cols;
  const out = cols.map((m) => (m ? { ...m } : null));
  const distinct = new Set(levels.map((k) => cols[k]!.field)).size;
  if (distinct === 1) {
    // several points columns for one level (`目标任务考核指标权重 | 发展成效考核指标权重`: two
    // assessments): the first is the item's points, the others are kept in notes under their header
    for (const c of points.slice(1)) out[c] = { field: 'notes', header: cols[c]!.header };
    return out;
  }
  if (distinct !== levels.length) return cols;
  points.forEach((c, i) => {
    const level = cols[levels[i]!]!;
    const to = LEVEL_POINTS[level.field]!;
    out[c] = to === 'label' ? { field: 'notes', header: `${level.header ?? ''}${cols[c]!.header ?? ''}` } : { ...cols[c]!, field: to };
  });
  return out;
}

/**
 * Header row `r2` read with the row above it (`2017年底` above `指标情况`): each column's two
 * texts together first, then each row's own. The lower row's own word decides (牵头单位 under
 * 责任单位); the joined text keeps the date.
 */
function joinHeaderRow(grid: Grid, cols: (ColumnMap | null)[], r: number, r2: number, low2: (ColumnMap | null)[]): (ColumnMap | null)[] {
  return cols.map((c, i) => {
    const top = grid.at[r]![i]!;
    const low = grid.at[r2]![i]!;
    if (top !== low && top.c === i && low.c === i) {
      const joined = normalizeText([...top.lines, ...low.lines]);
      const f = low2[i] ?? fieldOfHeader(joined) ?? c;
      if (f) return { field: f.field, role: f.role, header: joined };
    }
    if (top !== low && low.c === i && low.r === r2 && c && !low2[i]) {
      // a sub-label without a field word (`2022年` under a spanning `目标值`): the top
      // cell's field, the two texts together as header (it carries the date)
      const joined = normalizeText([...top.lines, ...low.lines]);
      if (joined) return { ...c, header: joined };
    }
    return low2[i] ?? c;
  });
}

/**
 * Row `r2` is one more header row under the header rows above it: at least two cells of its
 * own, each a header word, and every other column covered by a cell merged down from above.
 * A body row always has cells of its own that are no header words.
 */
function lowerHeaderRow(grid: Grid, r2: number): boolean {
  if (r2 >= grid.rows - 1) return false;
  let own = 0;
  for (let c = 0; c < grid.cols; c++) {
    const g = grid.at[r2]![c]!;
    if (g.r < r2) continue;
    if (g.r !== r2 || g.rs > 1) return false;
    if (g.c !== c) continue;
    const t = normalizeText(g.lines);
    if (!t || !fieldOfHeader(t)) return false;
    own++;
  }
  return own >= 2;
}

const BARE_YEAR = /^(\d{4})年(度|底)?$/;

/**
 * Columns headed by a year alone (`2024年 | 2025年 | 2026年`) after a dated baseline column
 * (`2023年基数`) in a table of items: the targets of a plan for each of its years (the records
 * stage takes the latest as the target and keeps the others under their year). Without a
 * baseline dated earlier than every one of them the years may be past figures: left unmapped.
 */
function yearTargets(grid: Grid, cols: (ColumnMap | null)[], headerRows: number): (ColumnMap | null)[] {
  if (!cols.some((m) => m && ['indicator', 'criterion', 'task'].includes(m.field))) return cols;
  const baseYears = cols.map((m) => (m?.field === 'baseline' ? Number(headerDate(m.header ?? '')?.slice(0, 4)) : NaN)).filter((y) => Number.isFinite(y));
  if (!baseYears.length) return cols;
  const years = cols.map((m, c) => {
    const g = grid.at[headerRows - 1]![c]!;
    if (m || g.c !== c || g.cs > 1) return null;
    const t = normalizeText(g.lines);
    const y = t.match(BARE_YEAR);
    return y ? { c, year: Number(y[1]), header: t } : null;
  });
  const found = years.filter((y) => y !== null);
  if (found.length < 2 || !found.every((y) => y.year > Math.max(...baseYears))) return cols;
  const out = [...cols];
  for (const y of found) out[y.c] = { field: 'target', header: y.header };
  return out;
}

function detectLayoutRaw(grid: Grid): TableLayout {
  if (grid.rows === 0 || grid.cols === 0) return { kind: 'other', headerRows: 0, columns: [], mappedBy: 'none' };
  // Header: the first row (within the first three) where at least two columns match header words;
  // after three or more furniture rows (附件2 / title / 填报单位：…), the row right below them.
  let lead = 0;
  while (lead < Math.min(5, grid.rows) && furnitureRow(grid, lead)) lead++;
  // A form on top of the table (`项目名称 | … ; 主管部门 | … | 实施单位 | …`, a 绩效目标表): the header
  // may stand right below its rows — one every own cell of which is a header word.
  let form = 0;
  while (form < Math.min(8, grid.rows - 2) && formRow(grid, form) && headerMatches(grid, form).count < 2) form++;
  const window = Math.max(3, lead + 1);
  for (let r = 0; r < Math.min(Math.max(window, form + 1), grid.rows); r++) {
    const m = headerMatches(grid, r);
    if (m.count >= 2 && (r < window || allHeaderWords(grid, r))) {
      let headerRows = r + 1;
      let cols = m.cols;
      // A second header row (two-level headers) fills the columns the first left open.
      if (headerRows < grid.rows) {
        const m2 = headerMatches(grid, headerRows);
        if (m2.count >= 2 || subLabelRow(grid, r)) {
          cols = joinHeaderRow(grid, cols, headerRows - 1, headerRows, m2.cols);
          headerRows++;
        }
        // A third header row (`责任分工及进度安排` over `责任单位` over `牵头单位`): only a row shaped as
        // one — its own cells short header words, every other column merged down from above.
        while (headerRows - r >= 2 && headerRows - r < 4 && lowerHeaderRow(grid, headerRows)) {
          cols = joinHeaderRow(grid, cols, headerRows - 1, headerRows, headerMatches(grid, headerRows).cols);
          headerRows++;
        }
      }
      // Two adjacent columns under one merged header (e.g. 考核评分方法 spanning a split) keep one field.
      mapAspect(grid, cols, headerRows);
      cols = refineSubColumns(grid, cols, headerRows);
      cols = checkUnitColumns(grid, cols, headerRows);
      cols = yearTargets(grid, cols, headerRows);
      const matrix = isMatrix(grid, cols, headerRows);
      // A header naming no column of text items: a column of sentences under a header word we
      // do not know yet is the items; without one (a contact list: 序号 | 单位 | 姓名 | 联系电话)
      // this is no indicator table and the caller keeps its cells.
      if (!matrix && !cols.some((m) => m && TEXT_FIELDS.includes(m.field))) {
        const c = itemColumn(grid, cols, headerRows);
        if (c < 0) return { kind: 'other', headerRows, captionRows: r, columns: cols, mappedBy: 'header' };
        const taskLike = cols.some((m) => m && (m.field === 'departments' || m.field === 'deadline'));
        const header = [...new Set(Array.from({ length: headerRows - r }, (_, k) => normalizeText(grid.at[r + k]![c]!.lines)).filter(Boolean))].join('');
        cols = cols.map((m, i) => (i === c ? { field: taskLike ? 'task' : 'indicator', header: header || null } : m));
      }
      const kind = matrix ? 'matrix' : 'indicator';
      const assignees = matrix ? assigneeColumn(grid, cols, headerRows) : -1;
      return { kind, headerRows, captionRows: r, columns: cols, mappedBy: 'header', ...(assignees >= 0 ? { assigneeColumn: assignees } : {}) };
    }
    if (m.count === 1 && r === 0 && isMatrix(grid, m.cols, 1)) {
      const assignees = assigneeColumn(grid, m.cols, 1);
      return { kind: 'matrix', headerRows: 1, columns: m.cols, mappedBy: 'header', ...(assignees >= 0 ? { assigneeColumn: assignees } : {}) };
    }
  }
  const cols = mapByContent(grid);
  // Item codes (`1.`, `3.1`) or points (`（5分）`, `得2分`) make an indicator list, not a form.
  // A numbered list of items naming departments or deadlines is no key/value form either.
  const numberedItems = cols.some((m) => m?.field === 'indicatorCode') && cols.some((m) => m && ['indicator', 'criterion', 'task'].includes(m.field));
  const indicatorLike = numberedItems || grid.cells.some((g) => /^\s*\d+([.．]\d+)*[.．、]\S/.test(normalizeText(g.lines)) || /[（(]\s*[\d.]+\s*分\s*[）)]|得\s*[\d.]+\s*分/.test(normalizeText(g.lines)));
  if (!indicatorLike && isForm(grid)) return { kind: 'form', headerRows: 0, columns: [], mappedBy: 'none' };
  const hasText = cols.some((c) => c && ['indicator', 'criterion', 'task', 'scoringMethod'].includes(c.field));
  if (!hasText) return { kind: 'other', headerRows: 0, columns: cols, mappedBy: 'content' };
  mapAspect(grid, cols, 0);
  return { kind: 'indicator', headerRows: 0, columns: cols, mappedBy: 'content' };
}
