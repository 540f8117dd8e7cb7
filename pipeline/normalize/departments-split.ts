// A department cell's lines → raw pieces, one per unit as written
// (canonical-schema.md, Department): separators outside brackets, line breaks
// between two whole names (a name broken over two lines is joined back), a
// conjunction (`及`) between two whole names, and names written together
// (`市市场监管局市财政局`) split where the dictionary knows every part.
import type { DepartmentDictionary } from './departments-dictionary.ts';
import { pieceInfo } from './departments-piece.ts';
import { isCjk, toSimplified } from './text.ts';

export interface RawPiece {
  /** The piece as written (whitespace trimmed; lines of one name joined). */
  raw: string;
  /** True when the piece continues a run with the one before (`、`, a conjunction, names written together). */
  continuesRun: boolean;
}

/** Marks a line break that separates two names. */
const LINE_SEP = '\n';

function lastTopLevelPiece(text: string, dict: DepartmentDictionary): string {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    if (dict.closeBrackets.includes(c)) depth++;
    else if (dict.openBrackets.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (dict.separators.has(c) || c === LINE_SEP)) return text.slice(i + 1);
  }
  return text;
}

function firstTopLevelPiece(text: string, dict: DepartmentDictionary): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (dict.openBrackets.includes(c)) depth++;
    else if (dict.closeBrackets.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && dict.separators.has(c)) return text.slice(0, i);
  }
  return text;
}

/**
 * Is the break between `before` (text so far) and `line` a separator? Only when
 * both sides are whole names: `市市民服务` + `中心` is one name; `市委` + `宣传部`
 * is one name because only the joined text is known; `市经信局` + `市科技局` are two,
 * and so are a known name and a line it does not combine with.
 */
function breakSeparates(before: string, line: string, dict: DepartmentDictionary, level: string): boolean {
  const a = lastTopLevelPiece(before, dict).trim();
  const b = firstTopLevelPiece(line, dict).trim();
  if (!a || !b) return false; // a separator is already written next to the break
  if (dict.openBrackets.includes(b[0]!)) return false;
  const ia = pieceInfo(a, dict, level);
  const ib = pieceInfo(b, dict, level);
  if (ia.resolved && ib.resolved) return true;
  if (pieceInfo(a + b, dict, level).resolved) return false;
  // A known name followed by text it does not combine with: the text is something else.
  if (ia.resolved) return true;
  return ia.complete && ib.complete;
}

/** Cell lines → one string where `\n` marks a line break that separates two names. */
export function joinCellLines(lines: readonly string[], dict: DepartmentDictionary, level: string): string {
  let out = '';
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (!line) continue;
    if (!out) {
      out = line;
      continue;
    }
    if (breakSeparates(out, line, dict, level)) out += LINE_SEP + line;
    else {
      const a = out[out.length - 1]!;
      // Latin words broken over lines keep one space, as in normalizeText's joinLines.
      out += isCjk(a) || isCjk(line[0]!) ? line : ' ' + line;
    }
  }
  return out;
}

/** Indexes (UTF-16) covered by an unsplittable run of the dictionary (`各区、县级市政府`). */
function unsplitIndexes(text: string, dict: DepartmentDictionary): Set<number> {
  const covered = new Set<number>();
  // The runs are written in Simplified; a Traditional cell (`各縣、市、區人民政府`) is matched in its
  // Simplified form when that keeps every character in place.
  const simplified = toSimplified(text);
  const target = simplified.length === text.length ? simplified : text;
  for (const re of dict.unsplitRuns) {
    re.lastIndex = 0;
    for (const m of target.matchAll(re)) {
      for (let i = m.index!; i < m.index! + m[0].length; i++) covered.add(i);
    }
  }
  return covered;
}

/** Top-level split; each part remembers whether a run separator (`、`) preceded it. */
function splitSeparators(text: string, dict: DepartmentDictionary): RawPiece[] {
  const out: RawPiece[] = [];
  const keep = unsplitIndexes(text, dict);
  let depth = 0;
  let cur = '';
  let continuesRun = false;
  const push = (nextContinues: boolean): void => {
    const raw = cur.trim();
    if (raw) out.push({ raw, continuesRun });
    cur = '';
    // An empty part (`、、`) does not break the run it sits in.
    continuesRun = raw ? nextContinues : continuesRun && nextContinues;
  };
  let index = 0;
  for (const c of text) {
    const at = index;
    index += c.length;
    if (dict.openBrackets.includes(c)) depth++;
    else if (dict.closeBrackets.includes(c)) depth = Math.max(0, depth - 1);
    if (depth === 0 && (dict.separators.has(c) || c === LINE_SEP) && !keep.has(at)) push(dict.runSeparators.has(c));
    else if (depth === 0 && dict.nameSeparators.has(c) && /\p{L}/u.test(cur) && /\p{L}/u.test(text.slice(index))) push(false);
    else cur += c;
  }
  push(false);
  return out;
}

/** Positions (outside brackets) where `word` starts in `s`. */
function topLevelPositions(s: string, word: string, dict: DepartmentDictionary): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (dict.openBrackets.includes(c)) depth++;
    else if (dict.closeBrackets.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && s.startsWith(word, i)) out.push(i);
  }
  return out;
}

/**
 * `A及B` → [A, B] when both sides are whole names; else [s]. Results are memoized
 * per text so that a long chain of conjunctions stays polynomial.
 */
function splitConjunctions(s: string, dict: DepartmentDictionary, level: string, memo = new Map<string, string[]>()): string[] {
  const cached = memo.get(s);
  if (cached) return cached;
  let result = [s];
  search: for (const conj of dict.conjunctions) {
    for (const i of topLevelPositions(s, conj, dict)) {
      const left = s.slice(0, i).trim();
      const right = s.slice(i + conj.length).trim();
      if (!left || !right || !isComplete(left, dict, level)) continue;
      const rest = splitConjunctions(right, dict, level, memo);
      if (rest.every((r) => isComplete(r, dict, level))) {
        result = [left, ...rest];
        break search;
      }
    }
  }
  memo.set(s, result);
  return result;
}

const completeCache = new WeakMap<DepartmentDictionary, Map<string, boolean>>();
/** pieceInfo(...).complete, cached per dictionary (pure function of text, dictionary and level). */
function isComplete(s: string, dict: DepartmentDictionary, level: string): boolean {
  let m = completeCache.get(dict);
  if (!m) completeCache.set(dict, (m = new Map()));
  const key = level + '\u0000' + s;
  let v = m.get(key);
  if (v === undefined) {
    v = pieceInfo(s, dict, level).complete;
    if (m.size > 10000) m.clear(); // bound memory on long runs
    m.set(key, v);
  }
  return v;
}

/**
 * Names written together without a separator → parts that the dictionary all
 * knows (`市市场监管局市财政局`), shortest first part first; null when no such split.
 */
function splitByDictionary(s: string, dict: DepartmentDictionary, level: string, depth = 0): string[] | null {
  if (depth > 8) return null;
  for (let i = 2; i <= s.length - 2; i++) {
    const left = s.slice(0, i);
    if (!pieceInfo(left, dict, level).resolved) continue;
    const right = s.slice(i);
    if (pieceInfo(right, dict, level).resolved) return [left, right];
    const more = splitByDictionary(right, dict, level, depth + 1);
    if (more) return [left, ...more];
  }
  return null;
}

/** A cell's lines → raw pieces in the order written. */
export function splitCell(lines: readonly string[], dict: DepartmentDictionary, level: string): RawPiece[] {
  const out: RawPiece[] = [];
  for (const piece of splitSeparators(joinCellLines(lines, dict, level), dict)) {
    splitConjunctions(piece.raw, dict, level).forEach((part, i) => {
      const parts = pieceInfo(part, dict, level).resolved ? [part] : (splitByDictionary(part, dict, level) ?? [part]);
      parts.forEach((p, j) => out.push({ raw: p.trim(), continuesRun: i + j === 0 ? piece.continuesRun : true }));
    });
  }
  return out;
}
