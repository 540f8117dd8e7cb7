// Typewriter-style table marks printed as characters instead of drawn: rules
// typed as a row of dashes, leader dots between a row label and its figures,
// and figures of several columns printed as one run with single spaces. Rules
// and leaders are turned back into what they stand for before the stream
// detector reads the text (a ruling line, nothing); run-together figures are
// shared out over the columns by the stream detector (see FIGURES).
//
// Distributed CJK (分散对齐, `责   任   单   位`: a cell's few ideographs spread
// evenly over its width, each character its own run as Word and printers write
// it) is read as one word (`joinDistributed`): single ideographs on one line,
// spaced apart by equal gaps of half an em to DISTRIBUTED_GAP ems, set off from
// their neighbours by half an em at least, whose inner
// characters no other line has a cell starting or centred under (that would
// make them one-character columns: `优 良 中 差` over their scores).
import type { TextRun } from './extract.ts';
import type { Line } from './lattice.ts';
import { chunks, groupLines } from './lines.ts';

/** A run that is only a typed rule: dashes, underscores or equals signs. */
const TYPED_RULE = /^\s*[-_=─━—–]{8,}\s*$/;
/** Leader dots (with the spaces a typewriter puts between them). */
const LEADER_ONLY = /^[\s.·…]*$/;
const LEADER_TAIL = /\s*(?:[.·…]\s*){4,}$/;
const LEADER_HEAD = /^\s*(?:[.·…]\s*){4,}/;
/** Several figures in one run: a typed table's cells of several columns. */
export const FIGURES = (s: string): boolean => {
  const t = s.trim().split(/\s+/);
  return t.length >= 2 && t.every((x) => FIGURE.test(x));
};
/** A figure: digits with grouping and decimal marks, an optional sign, percent or star marks. */
export const FIGURE = /^[-+−(]?[$€£¥]?\d[\d,.]*%?\)?\**$/;

/** Shortens a run to its first `n` characters, sharing its width out by character. */
function headOf(run: TextRun, n: number): TextRun {
  const chars = [...run.str];
  const cw = (run.x1 - run.x0) / Math.max(1, chars.length);
  return { ...run, str: chars.slice(0, n).join(''), x1: run.x0 + n * cw };
}

/** Drops a run's first `n` characters, sharing its width out by character. */
function tailOf(run: TextRun, n: number): TextRun {
  const chars = [...run.str];
  const cw = (run.x1 - run.x0) / Math.max(1, chars.length);
  return { ...run, str: chars.slice(n).join(''), x0: run.x0 + n * cw };
}

/**
 * The widest gap (in font sizes) between two characters of one distributed word: two characters
 * spread over a 100–150 pt column (备    注 over an empty 备注 column) stand 7–12 ems apart.
 */
const DISTRIBUTED_GAP = 12;
/** One ideograph (CJK Unified, Extension A, compatibility). */
const IDEOGRAPH = /^[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]$/;

/**
 * Runs with each distributed CJK word (its characters spread evenly over a cell,
 * each a run of its own) joined into one run spanning them; other runs unchanged.
 */
export function joinDistributed(runs: readonly TextRun[]): TextRun[] {
  const single = (r: TextRun) => r.horizontal && IDEOGRAPH.test(r.str.trim());
  if (runs.filter(single).length < 2) return [...runs];
  const lines = groupLines(runs.filter((r) => r.horizontal));
  // Where cells of each line start and centre (chunks of the line's runs).
  const marks = lines.map((l) => chunks(l.runs, 0.5).map((c) => ({ x0: c[0]!.x0, mid: (c[0]!.x0 + c[c.length - 1]!.x1) / 2 })));
  const joined = new Map<TextRun, TextRun | null>();
  lines.forEach((l, li) => {
    const rs = l.runs;
    for (let i = 0; i < rs.length; ) {
      if (!single(rs[i]!)) {
        i++;
        continue;
      }
      const size = rs[i]!.size;
      const gapAt = (k: number) => rs[k + 1]!.x0 - rs[k]!.x1;
      let j = i;
      const first = i + 1 < rs.length ? gapAt(i) : NaN;
      const even = (g: number) => Math.abs(g - first) <= Math.max(1, 0.1 * first);
      if (first >= 0.5 * size && first <= DISTRIBUTED_GAP * size) {
        while (j + 1 < rs.length && single(rs[j + 1]!) && Math.abs(rs[j + 1]!.size - size) <= 0.1 * size && even(gapAt(j))) j++;
      }
      // The word stands apart: no character closer before it or after it than its own spacing, or than
      // half an em (the padding of two cells between two distributed words, 责 任 单 位  完 成 时 限).
      const clear = (g: number) => g >= Math.min(first - 1, 0.5 * size);
      const apart = (i === 0 || clear(rs[i]!.x0 - rs[i - 1]!.x1)) && (j + 1 >= rs.length || clear(gapAt(j)));
      if (j > i && apart) {
        const word = rs.slice(i, j + 1);
        const tol = 0.25 * size;
        const columnar = word.slice(1).filter((r) =>
          marks.some((m, mi) => mi !== li && m.some((c) => Math.abs(c.x0 - r.x0) <= tol || Math.abs(c.mid - (r.x0 + r.x1) / 2) <= tol)),
        ).length;
        // Fewer than half of its inner characters line up with cells of other lines (none, for two characters).
        if (2 * columnar < word.length - 1) {
          const run: TextRun = {
            ...word[0]!,
            str: word.map((r) => r.str.trim()).join(''),
            x1: word[word.length - 1]!.x1,
            y0: Math.min(...word.map((r) => r.y0)),
            y1: Math.max(...word.map((r) => r.y1)),
          };
          joined.set(word[0]!, run);
          for (const r of word.slice(1)) joined.set(r, null);
        }
      }
      i = j + 1;
    }
  });
  if (!joined.size) return [...runs];
  const out: TextRun[] = [];
  for (const r of runs) {
    const j = joined.get(r);
    if (j === undefined) out.push(r);
    else if (j) out.push(j);
  }
  return out;
}

/**
 * Runs for the stream detector without typed marks, and the typed rules found
 * (as horizontal lines at the middle of their text line).
 */
export function readTypedMarks(runs: readonly TextRun[]): { runs: TextRun[]; rules: Line[] } {
  const out: TextRun[] = [];
  const rules: Line[] = [];
  for (const r of joinDistributed(runs)) {
    if (!r.horizontal) {
      out.push(r);
      continue;
    }
    if (TYPED_RULE.test(r.str)) {
      rules.push({ at: (r.y0 + r.y1) / 2, from: r.x0, to: r.x1 });
      continue;
    }
    // Leader dots lead the eye from a label to its figures; they are no cell of their own.
    if (r.str.includes('.') && LEADER_ONLY.test(r.str) && r.str.replace(/\s/g, '').length >= 4) continue;
    const tail = LEADER_TAIL.exec(r.str);
    let kept = tail && tail.index > 0 ? headOf(r, [...r.str.slice(0, tail.index)].length) : r;
    const head = LEADER_HEAD.exec(kept.str);
    if (head && head[0].length < kept.str.length) kept = tailOf(kept, [...head[0]].length);
    out.push(kept);
  }
  return { runs: out, rules };
}
