// Document-level facts read from paragraphs: the title, the table titles, notes
// that change how rows are read (role notes, deadline notes).
import { readFileSync } from 'node:fs';
import type { Grid } from './grid/index.ts';
import { formRow, formRowPairs, furnitureRow, rowTexts, type TableLayout } from './layout/index.ts';
import type { Block, SourceTable } from './model.ts';
import { normalizeText } from './normalize/text.ts';

const words = JSON.parse(readFileSync(new URL('./data/document-words.json', import.meta.url), 'utf8')) as {
  titleEndings: string[];
  notTitle: string[];
  titleQualifier?: string;
  notFieldLabels?: string[];
  unitLabels?: string[];
};
const NOT_TITLE = words.notTitle.map((p) => new RegExp(p));
const QUALIFIER = words.titleQualifier ? new RegExp(words.titleQualifier) : null;

function titleScore(text: string): number {
  const t = normalizeText(text);
  if (!t || t.length > 80 || t.length < 4) return 0;
  if (NOT_TITLE.some((re) => re.test(t))) return 0;
  const core = QUALIFIER ? t.replace(QUALIFIER, '') : t;
  const i = words.titleEndings.findIndex((e) => core.endsWith(e));
  if (i < 0) return 0;
  return words.titleEndings.length - i;
}

export function isTitleLike(text: string): boolean {
  return titleScore(text) > 0;
}

/** The nearest title-like paragraph above each table (null when none since the previous table). */
export function tableTitles(blocks: Block[]): (string | null)[] {
  const titles: (string | null)[] = [];
  let candidate: string | null = null;
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      if (isTitleLike(b.text)) candidate = normalizeText(b.text);
    } else {
      titles.push(candidate);
      candidate = null;
    }
  }
  return titles;
}

/**
 * The document's title: among the leading paragraphs and those right above tables,
 * the best title-like one (a 分解表/评分表 beats a bare 指标); a short heading right
 * before it that is not a label itself is its first line (`“全国质量强市示范城市”` + `创建计划报告表`).
 */
export function documentTitle(blocks: Block[]): string | null {
  const paras = blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [{ i, text: normalizeText(b.text) }] : []));
  let best: { i: number; text: string; score: number } | null = null;
  for (const p of paras.slice(0, 40)) {
    const s = titleScore(p.text);
    if (s > (best?.score ?? 0)) best = { ...p, score: s };
  }
  if (!best) return captionTitle(blocks);
  const prev = blocks[best.i - 1];
  if (prev && prev.kind === 'paragraph') {
    const t = normalizeText(prev.text);
    if (t.length <= 20 && /^[“"《]/.test(t) && !NOT_TITLE.some((re) => re.test(t))) return t + best.text;
  }
  return best.text;
}

/** A numbered section heading (`一、重点任务`, `2.质量提升`): a section row of a table, no title of it. */
const SECTION = /^([一二三四五六七八九十]+|\d+)[、.．]/;

/** The text of a table's row when it is one cell merged across the table (or the row's only cell). */
function soleRowText(t: SourceTable, r: number): string | null {
  const row = t.rows[r];
  if (!row) return null;
  const filled = row.cells.filter((c) => normalizeText(c.lines));
  if (filled.length !== 1) return null;
  const width = Math.max(...t.rows.map((x) => x.cells.reduce((a, c) => a + c.colSpan, 0)));
  const cell = filled[0]!;
  const text = normalizeText(cell.lines);
  return (cell.colSpan >= width || row.cells.length === 1) && !SECTION.test(text) ? text : null;
}

/**
 * A title written inside a table (Excel pasted into Word: the first rows merged across the
 * table hold `附件2`, then `XX市…任务分解表`): the best title-like such row among the first
 * three rows of the tables. Used only when no paragraph is a title.
 */
function captionTitle(blocks: Block[]): string | null {
  let best: { text: string; score: number } | null = null;
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    for (let r = 0; r < 3; r++) {
      const text = soleRowText(b, r);
      const s = text ? titleScore(text) : 0;
      if (text && s > (best?.score ?? 0)) best = { text, score: s };
    }
  }
  return best?.text ?? null;
}

const NOT_FIELD = new Set(words.notFieldLabels ?? []);
const UNIT_LABELS = new Set(words.unitLabels ?? []);
const LABEL = /^([\u4e00-\u9fff]{1,8})\s*[：:]\s*(.*)$/;

/**
 * `label：value` pairs in one furniture cell (`填报单位：XX县市场监督管理局    填报日期：2024年3月5日`,
 * `（单位：万元）`): pieces separated by spaces, each opening a pair or continuing the value before.
 */
export function labelPairs(lines: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  const text = lines.join(' ').trim().replace(/^[（(]\s*(.*?)\s*[）)]$/, '$1');
  for (const piece of text.split(/[\s\u3000]+/).filter(Boolean)) {
    const m = LABEL.exec(piece);
    if (m) pairs.push([m[1]!, m[2]!]);
    else if (pairs.length) pairs[pairs.length - 1]![1] += ` ${piece}`;
    else return [];
  }
  return pairs.map(([k, v]) => [k, normalizeText(v)] as [string, string]).filter(([k, v]) => v && !NOT_FIELD.has(k));
}

/**
 * What an Excel-made table carries inside it above its header and below its body: the title
 * row (a title-like caption row; never a record) and the document fields of its `label：value`
 * rows (`填报单位`, `填报日期`, `填表人`, `联系电话`; a unit row `单位：万元` gives the field `单位`,
 * the unit of the table's values), and the label → value pairs of the rows of a form above the
 * header (`项目名称 | … ; 主管部门 | … | 实施单位 | …`). A field already set to another value by an earlier table is
 * kept under the label with the table's number (`单位（表2）`).
 */
export function tableFurniture(grid: Grid, layout: TableLayout, table: number, fields: Record<string, string>): { title: string | null; fields: Record<string, string> } {
  const out: Record<string, string> = {};
  let title: string | null = null;
  const rows = [...Array(layout.captionRows ?? 0).keys()];
  for (let r = grid.rows - (layout.footerRows ?? 0); r < grid.rows; r++) rows.push(r);
  for (const r of rows) {
    // a form above the header (`项目名称 | …`, `主管部门 | … | 实施单位 | …`): its pairs are fields
    if (r < (layout.captionRows ?? 0) && !furnitureRow(grid, r) && formRow(grid, r)) {
      for (const [k, v] of formRowPairs(grid, r)) {
        const key = fields[k] !== undefined && fields[k] !== v ? `${k}（表${table}）` : k;
        if (out[key] === undefined) out[key] = v;
      }
      continue;
    }
    if (!furnitureRow(grid, r)) continue;
    const texts = rowTexts(grid, r);
    if (texts.length === 1 && !title && !SECTION.test(texts[0]!) && titleScore(texts[0]!) > 0) {
      title = texts[0]!;
      continue;
    }
    const seen = new Set<unknown>();
    for (const g of grid.at[r]!) {
      if (seen.has(g)) continue;
      seen.add(g);
      for (const [k0, v] of labelPairs(g.lines)) {
        const k = UNIT_LABELS.has(k0) ? '单位' : k0;
        const key = fields[k] !== undefined && fields[k] !== v ? `${k}（表${table}）` : k;
        if (out[key] === undefined) out[key] = v;
      }
    }
  }
  return { title, fields: out };
}
