// Typewriter-style table marks printed as characters instead of drawn: rules
// typed as a row of dashes, leader dots between a row label and its figures,
// and figures of several columns printed as one run with single spaces. Rules
// and leaders are turned back into what they stand for before the stream
// detector reads the text (a ruling line, nothing); run-together figures are
// shared out over the columns by the stream detector (see FIGURES).
import type { TextRun } from './extract.ts';
import type { Line } from './lattice.ts';

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
 * Runs for the stream detector without typed marks, and the typed rules found
 * (as horizontal lines at the middle of their text line).
 */
export function readTypedMarks(runs: readonly TextRun[]): { runs: TextRun[]; rules: Line[] } {
  const out: TextRun[] = [];
  const rules: Line[] = [];
  for (const r of runs) {
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
