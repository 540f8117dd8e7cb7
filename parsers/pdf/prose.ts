// Running text told from table cells, in any script: Chinese prose has no spaces
// between words, so its length is counted in characters, and its sentences show
// in their punctuation rather than in many space-separated words.
import { isCjkChar } from './lines.ts';

/** CJK punctuation (full-width forms included), not a character of text. */
const CJK_PUNCT = /[\u3000-\u303F\uFF00-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]/;
/** Marks that end or split a sentence, in Chinese and Latin typesetting. */
const SENTENCE_MARK = /[。，；：！？]|[,;:.!?](?=\s|$)/g;

function cjkLetters(s: string): number {
  let n = 0;
  for (const ch of s) if (isCjkChar(ch) && !CJK_PUNCT.test(ch)) n++;
  return n;
}

/** Mostly Chinese (or Japanese) characters. */
export function isCjkText(s: string): boolean {
  const chars = [...s.replace(/\s+/g, '')];
  return chars.length > 0 && chars.filter((c) => isCjkChar(c)).length >= 0.5 * chars.length;
}

/** Length in words: a CJK character counts as one, so does each space-separated Latin word or figure. */
export function wordCount(s: string): number {
  const latin = s.replace(/[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/g, ' ').split(/\s+/);
  return cjkLetters(s) + latin.filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Sentence punctuation marks in a line of text. */
export function sentenceMarks(s: string): number {
  return s.match(SENTENCE_MARK)?.length ?? 0;
}

/** How a line opens: its first word, or for CJK text its first two characters. */
export function opening(s: string): string {
  const t = s.trim();
  return isCjkChar(t[0]) ? [...t].slice(0, 2).join('') : (t.split(/\s+/)[0] ?? '').toLowerCase();
}

/** A line of one column: its text, extent and the index of the table line it sits on. */
export interface ColumnLine {
  text: string;
  x0: number;
  x1: number;
  size: number;
  row: number;
}

/**
 * Whether a column's text runs on past the table's row starts: the line before a row
 * start fills the column to its right edge and the next one starts flush left, at two
 * row starts or more and two thirds of them. Running text beside a table flows past
 * its rows; a cell's text ends with its row. Nearly all its lines but the last are
 * full, too: cells wrapped in a table column leave a short last line in every row.
 */
export function flowsPastRows(col: readonly ColumnLine[], rowStarts: readonly number[]): boolean {
  const left = Math.min(...col.map((c) => c.x0));
  const right = Math.max(...col.map((c) => c.x1));
  // Justified CJK text fills the line to within a character; ragged Latin to within a word.
  const full = (c: ColumnLine) => c.x1 >= right - Math.max(1.5 * c.size, 0.15 * (right - left));
  let breaks = 0;
  let flowing = 0;
  for (let k = 0; k + 1 < col.length; k++) {
    const a = col[k]!;
    const b = col[k + 1]!;
    if (!rowStarts.some((r) => r > a.row && r <= b.row)) continue;
    breaks++;
    if (full(a) && b.x0 < left + b.size) flowing++;
  }
  const short = col.slice(0, -1).filter((c) => !full(c)).length;
  return flowing >= 2 && flowing >= (2 / 3) * breaks && short <= 0.2 * (col.length - 1);
}

/**
 * A column of running text (page columns of an article, a paragraph beside a table):
 * mostly long lines, most of them filling the column's width, opening differently
 * (row labels repeat their opening words: "Projections of … 2017", "… 2018").
 * Long means 5 words, or 8 characters of CJK text. CJK text must also read as
 * sentences (punctuation on a third of its lines): a column of long wrapped cells
 * passes the rest.
 */
export function readsAsProse(col: readonly ColumnLine[]): boolean {
  if (col.length < 3) return false;
  const cjk = isCjkText(col.map((c) => c.text).join(''));
  const wordy = col.filter((c) => wordCount(c.text) >= (cjk ? 8 : 5)).length;
  const maxW = Math.max(...col.map((c) => c.x1 - c.x0));
  const full = col.filter((c) => c.x1 - c.x0 >= 0.85 * maxW).length;
  const openings = new Set(col.map((c) => opening(c.text)));
  const marked = col.filter((c) => sentenceMarks(c.text) > 0).length;
  if (cjk && marked < col.length / 3) return false;
  return wordy >= 0.6 * col.length && full >= 0.5 * col.length && openings.size >= 0.7 * col.length;
}
