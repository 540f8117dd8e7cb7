// Text runs → text lines. A line is a set of runs whose vertical extents
// overlap; inside a line runs are read left to right. Runs are joined without a
// space when either side is CJK (pdfjs splits CJK text into runs freely and a
// space there would be spurious), with one space when there is a visible gap.
import type { TextRun } from './extract.ts';

export interface TextLine {
  runs: TextRun[];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  size: number;
}

const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3200-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;

export function isCjkChar(ch: string | undefined): boolean {
  return !!ch && CJK.test(ch);
}

/** Vertical overlap of two extents as a share of the smaller one. */
export function vOverlap(a0: number, a1: number, b0: number, b1: number): number {
  const inter = Math.min(a1, b1) - Math.max(a0, b0);
  const small = Math.min(a1 - a0, b1 - b0);
  return small > 0 ? inter / small : 0;
}

/** Groups runs into lines, top to bottom; runs not reading horizontally become lines of their own. */
export function groupLines(runs: readonly TextRun[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2 || a.x0 - b.x0);
  const lines: TextLine[] = [];
  for (const r of sorted) {
    let best: TextLine | null = null;
    let bestOv = 0;
    if (r.horizontal) {
      // Only the last few lines can overlap a run sorted by its centre.
      for (let i = lines.length - 1; i >= 0 && i >= lines.length - 4; i--) {
        const l = lines[i]!;
        if (!l.runs[0]!.horizontal) continue;
        const ov = vOverlap(l.y0, l.y1, r.y0, r.y1);
        // A run overlapping a line horizontally is a different line (stacked text), not the same one.
        const clash = l.runs.some((q) => Math.min(q.x1, r.x1) - Math.max(q.x0, r.x0) > 0.3 * Math.min(q.x1 - q.x0, r.x1 - r.x0));
        if (ov > 0.5 && ov > bestOv && !clash) {
          best = l;
          bestOv = ov;
        }
      }
    }
    if (best) {
      best.runs.push(r);
      best.x0 = Math.min(best.x0, r.x0);
      best.x1 = Math.max(best.x1, r.x1);
      best.y0 = Math.min(best.y0, r.y0);
      best.y1 = Math.max(best.y1, r.y1);
      best.size = Math.max(best.size, r.size);
    } else {
      lines.push({ runs: [r], x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y1, size: r.size });
    }
  }
  for (const l of lines) l.runs.sort((a, b) => a.x0 - b.x0);
  return lines.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

/** Closing punctuation may not start a line (kinsoku): it travels with the character before it. */
const NO_LINE_START = /[。，、；：？！）》」』】〕〉”’.,;:?!)\]%‰]/;

/** Opening punctuation may not end a line: it travels with the character after it. */
const NO_LINE_END = /[（《「『【〔〈“‘(\[]/;

/**
 * Width of what would have had to fit at the end of the line above for `line`
 * not to start a new line: its first character (with a closing punctuation
 * mark after it), or its first word plus the character glued to it ("4月");
 * an opening bracket counts with what follows it (`（1` of `（1分）`), closing punctuation
 * with the word of letters or digits after it (`准、A级`).
 */
export function leadWidth(line: TextLine): number {
  // The line's characters with their extents (a run's width shared out evenly).
  const all: { ch: string; x0: number; x1: number }[] = [];
  for (const run of line.runs) {
    const cs = [...run.str];
    const cw = (run.x1 - run.x0) / Math.max(1, cs.length);
    cs.forEach((ch, i) => all.push({ ch, x0: run.x0 + i * cw, x1: run.x0 + (i + 1) * cw }));
  }
  let s = 0;
  while (s < all.length && /\s/.test(all[s]!.ch)) s++;
  const chars = all.slice(s).map((c) => c.ch);
  if (!chars.length) return 0;
  let o = 0;
  while (o + 1 < chars.length && NO_LINE_END.test(chars[o]!)) o++;
  let n = o + 1;
  if (!isCjkChar(chars[o]) || NO_LINE_START.test(chars[o]!)) {
    n = o;
    while (n < chars.length && !/\s/.test(chars[n]!) && !isCjkChar(chars[n])) n++;
    if (n < chars.length && isCjkChar(chars[n])) n++;
    n = Math.max(o + 1, n);
  }
  if (n < chars.length && NO_LINE_START.test(chars[n]!)) {
    while (n < chars.length && NO_LINE_START.test(chars[n]!)) n++;
    // After closing punctuation a word of letters or digits runs on without a break (`准、A级`).
    if (n < chars.length && /[0-9A-Za-z]/.test(chars[n]!)) {
      while (n < chars.length && !/\s/.test(chars[n]!) && !isCjkChar(chars[n])) n++;
      if (n < chars.length && isCjkChar(chars[n]) && !NO_LINE_START.test(chars[n]!)) n++;
      while (n < chars.length && NO_LINE_START.test(chars[n]!)) n++;
    }
  }
  return all[s + n - 1]!.x1 - all[s]!.x0 + (isCjkChar(chars[0]) ? 0 : 0.25 * line.size);
}

const FULL_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/;
const HALF_WORD = /[0-9A-Za-z.%‰]/;

/**
 * A word broken over two lines because it did not fit (a narrow cell): `20|23年`, `（１|０分）`.
 * Full-width letters and digits break anywhere, like ideographs, so two of them on either side
 * of a full line are one word. A run of half-width letters and digits is only broken when it is
 * wider than the whole line (a word processor moves a shorter word to the next line whole); a
 * dotted code or a decimal (`1.1.2`, `0.5`) is one word.
 * `aText`, `bText`: the text of lines `a` and `b` (`aText` may be all the paragraph ending with `a`);
 * `left`, `right`: where the cell's text starts and the furthest its lines may reach.
 */
export function brokenWord(aText: string, a: TextLine, bText: string, b: TextLine, left: number, right: number): boolean {
  const x = aText.slice(-1);
  const y = bText[0];
  if (!y) return false;
  const size = Math.max(a.size, b.size);
  if (FULL_ALNUM.test(x) && FULL_ALNUM.test(y)) return a.x1 + size > right - 0.5;
  // a dotted code or decimal broken at its dot (`1|.|1`, `1.|1`) is a word broken too
  if (!/[0-9A-Za-z.]/.test(x) || !/[0-9A-Za-z.]/.test(y) || (x === '.' && y === '.') || !/[0-9A-Za-z]/.test(x + y)) return false;
  const tail = /[0-9A-Za-z.%‰]*$/.exec(aText)![0].length;
  let head = 0;
  while (head < bText.length && HALF_WORD.test(bText[head]!)) head++;
  const half = 0.5 * size;
  return a.x1 + half > right - 0.5 && (tail + head) * half > right - left - 0.5;
}

/** The printable width of a cell: its edges less the padding its text keeps (the same on both sides). */
export interface CellBox {
  left: number;
  right: number;
}

/**
 * `b` continues the paragraph of `a` (a soft wrap, not a line break the author made): `a`
 * reaches the cell's right edge, so that `b`'s first character or word would not have fitted
 * after it, and `b` starts at the cell's left edge (`a` may be indented: a paragraph's first
 * line). A short line followed by another line, or a line whose successor starts further in
 * (a new paragraph's indent, right-aligned or centred lines), is a real break.
 */
export function softWrapped(a: TextLine, b: TextLine, box: CellBox): boolean {
  if (!a.runs[0]!.horizontal || !b.runs[0]!.horizontal) return false;
  const size = Math.max(a.size, b.size);
  // Word processors put extra space (about a quarter em) where ideographs meet Latin letters or
  // digits, and it does not show in the printed positions: a line holding such meetings (`得25`)
  // was laid out that much wider than it measures here.
  const meets = lineText(a).match(/[\u3000-\u9fff\uff00-\uffef][0-9A-Za-z]|[0-9A-Za-z][\u3000-\u9fff\uff00-\uffef]/g)?.length ?? 0;
  const slack = 0.5 + Math.min(0.5, 0.25 * meets) * size;
  return a.x1 + leadWidth(b) > box.right - slack && b.x0 <= box.left + 0.5 * size;
}

/**
 * Cell lines. A line wrapped right after a hyphen, dash or slash (`（2017-` / `2020年）`), or
 * inside a word (`20|23年`), is joined to the next one without a space: that break is the
 * printer's. With `box` (a ruled cell, whose printable width is known), every soft wrap is
 * joined too (ideographs without a space, words with one), so the cell gives its paragraphs,
 * as a Word cell does; `null`: a ruled cell whose text is not set from the left (right-aligned
 * numbers), whose lines are never words broken. Otherwise the later stages decide how to join.
 */
export function cellLines(lines: readonly TextLine[], right: number, box?: CellBox | null): string[] {
  const out: string[] = [];
  const left = Math.min(...lines.map((l) => l.x0));
  let prev: TextLine | null = null;
  // The first printed line of the paragraph being built.
  let first = '';
  for (const l of lines) {
    const t = lineText(l);
    if (!t) continue;
    const last = out[out.length - 1];
    if (prev && last !== undefined && /[-‐‑–—/]$/.test(last) && prev.x1 + leadWidth(l) > right - 0.5) out[out.length - 1] += t;
    else if (prev && last !== undefined && box !== null && brokenWord(last, prev, t, l, left, right)) out[out.length - 1] += t;
    else if (prev && last !== undefined && box && softWrapped(prev, l, box) && !startsParagraph(t, first)) {
      // A second `label：` wrapped after its typed gap keeps the gap (see labelAcrossWrap).
      const tail = labelAcrossWrap(prev, t);
      if (tail && last.endsWith(tail)) out[out.length - 1] = last.slice(0, -tail.length) + ' ' + tail + t;
      else out[out.length - 1] += setAsIdeograph(last.slice(-1)) || setAsIdeograph(t[0]) ? t : ' ' + t;
    }
    else {
      out.push(t);
      first = t;
    }
    prev = l;
  }
  return out;
}

/**
 * The text after a typed gap (an em or more between ideographs, see joinRuns) that ends line `a`,
 * when with the next line's text `next` it opens a `label：` pair: a second label wrapped onto the
 * next line before its colon (`填报单位：…管理局        填报日` / `期：2024年3月5日`). Null otherwise.
 */
function labelAcrossWrap(a: TextLine, next: string): string | null {
  const rs = a.runs;
  for (let i = rs.length - 1; i > 0; i--) {
    const gap = rs[i]!.x0 - rs[i - 1]!.x1;
    if (gap < WIDE_GAP * Math.min(rs[i]!.size, rs[i - 1]!.size)) continue;
    if (!setAsIdeograph(rs[i - 1]!.str.trim().slice(-1)) || !setAsIdeograph(rs[i]!.str.trim()[0])) return null;
    const tail = joinRuns(rs.slice(i));
    return !/[：:]/.test(tail) && LABEL_OPENS.test(tail + next) ? tail : null;
  }
  return null;
}

/**
 * A line that starts a paragraph even after a line filling the cell (a label that fits its
 * column exactly, broken by hand): a numbered item (`二、`, `（一）`, `3.`), or the first line
 * of the paragraph above printed again (a label repeated down a merged cell, `质量结果|（36分）|质量结果`).
 */
function startsParagraph(t: string, first: string): boolean {
  if (/^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.．、](?![\d%‰]))/.test(t)) return true;
  return [...t].length >= 2 && t === first;
}

/** Joins runs of one line into text (runs already ordered left to right). */
export function joinRuns(runs: readonly TextRun[]): string {
  let out = '';
  let prev: TextRun | null = null;
  for (const [i, r] of runs.entries()) {
    const s = r.str;
    if (prev) {
      const gap = r.x0 - prev.x1;
      const a = out.trimEnd().slice(-1);
      const b = s.trimStart()[0];
      if (setAsIdeograph(a) || setAsIdeograph(b)) {
        out = out.trimEnd();
        // Spaces typed before a second `label：value` on the line (`…管理局        填报日期：…`)
        // print as a gap of an em or more: they part the pairs, as in the Word paragraph. Other
        // gaps between ideographs (runs split anywhere, the quarter em before digits, a title
        // set apart from its 附件) stay joined.
        if (gap >= WIDE_GAP * Math.min(prev.size, r.size) && LABEL_OPENS.test(runs.slice(i).map((x) => x.str).join('').trimStart())) out += TYPED_SPACE;
        out += s.trimStart();
      } else if (gap > 0.15 * Math.min(prev.size, r.size) && !/\s$/.test(out) && !/^\s/.test(s)) {
        out += ' ' + s;
      } else {
        out += s;
      }
    } else {
      out = s;
    }
    prev = r;
  }
  return tidy(out).replace(/ ?\u0000 ?/g, ' ');
}

/**
 * Enclosed numbers (`①`, `⑴`, `❶`) are set as ideographs: the word processor's quarter em
 * between them and a digit (`②|3月底前`) is layout, not a space.
 */
const ENCLOSED = /[\u2460-\u24FF\u2776-\u2793]/;
const setAsIdeograph = (ch: string | undefined) => isCjkChar(ch) || (!!ch && ENCLOSED.test(ch));
/** A gap between ideographs this many ems wide was typed as spaces (see joinRuns). */
const WIDE_GAP = 1;
/** A label and its colon opening a `label：value` pair. */
const LABEL_OPENS = /^[\u4e00-\u9fff]{2,8}[：:]/;
/** Marks a typed space between ideographs through tidy (which drops spaces there). */
const TYPED_SPACE = '\u0000';

/** Collapses runs of spaces and removes spaces between CJK characters (pdfjs puts some there). */
export function tidy(s: string): string {
  let t = s.replace(/[\s\u00A0]+/g, ' ').trim();
  // A space between two CJK characters is layout, not content.
  t = t.replace(/([\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]) (?=[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF])/g, '$1');
  return t;
}

export function lineText(l: TextLine): string {
  return joinRuns(l.runs);
}

/** Splits runs into chunks separated by gaps wider than `gapFactor` × font size. */
export function chunks(runs: readonly TextRun[], gapFactor: number): TextRun[][] {
  const out: TextRun[][] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && r.x0 - prev.x1 <= gapFactor * Math.max(prev.size, r.size)) last!.push(r);
    else out.push([r]);
  }
  return out;
}

/** Cuts a run into pieces at the given x positions, sharing the width out by character. */
export function splitRun(run: TextRun, cuts: readonly number[]): TextRun[] {
  const inside = cuts.filter((x) => x > run.x0 + 1 && x < run.x1 - 1).sort((a, b) => a - b);
  if (!inside.length || !run.horizontal) return [run];
  const chars = [...run.str];
  const cw = (run.x1 - run.x0) / chars.length;
  const out: TextRun[] = [];
  let start = 0;
  for (const x of [...inside, Infinity]) {
    let end = x === Infinity ? chars.length : Math.round((x - run.x0) / cw);
    end = Math.max(start, Math.min(chars.length, end));
    if (end > start) {
      const str = chars.slice(start, end).join('');
      if (str.trim()) out.push({ ...run, str, x0: run.x0 + start * cw, x1: run.x0 + end * cw, cut: true });
    }
    start = end;
  }
  return out.length ? out : [run];
}
