// Document-level facts read from paragraphs: the title, the table titles, notes
// that change how rows are read (role notes, deadline notes).
import { readFileSync } from 'node:fs';
import type { Block } from './model.ts';
import { normalizeText } from './normalize/text.ts';

const words = JSON.parse(readFileSync(new URL('./data/document-words.json', import.meta.url), 'utf8')) as {
  titleEndings: string[];
  notTitle: string[];
  titleQualifier?: string;
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
  if (!best) return null;
  const prev = blocks[best.i - 1];
  if (prev && prev.kind === 'paragraph') {
    const t = normalizeText(prev.text);
    if (t.length <= 20 && /^[“"《]/.test(t) && !NOT_TITLE.some((re) => re.test(t))) return t + best.text;
  }
  return best.text;
}
