// Stitches a table that continues on the next page into one table. Two page
// tables are one when the first ends its page, the second starts the next one
// (only a continuation title such as `续表` may sit between), both were found
// the same way and their column boundaries line up. A ruled part may lack a
// boundary the other part has (a column split only in some rows, e.g. a 方面
// label before some tasks, draws its rule only on pages with such rows): the
// parts are then put on the union of their boundaries.
import type { GridCell, PageTable } from './table.ts';

/** Continuation titles that may sit between the two parts of one table. */
const CONTINUATION = [/^\s*续表/, /^\s*\(?\s*continued\s*\)?\s*$/i, /^\s*(table|表)\s*[\d.\-]+\s*[(（]?\s*(continued|续)/i];

export function isContinuationTitle(text: string): boolean {
  return CONTINUATION.some((re) => re.test(text));
}

function tolerance(a: PageTable): number {
  const width = Math.max(a.xs[a.xs.length - 1]! - a.xs[0]!, 1);
  // Ruled tables repeat their geometry exactly; stream boundaries come from text and wobble more.
  return a.mode === 'lattice' ? Math.max(3, 0.01 * width) : Math.max(12, 0.04 * width);
}

/** Column boundaries agree within `tol` points each (count must match). */
export function columnsLineUp(a: PageTable, b: PageTable): boolean {
  if (a.xs.length !== b.xs.length) return false;
  const tol = tolerance(a);
  const inner = a.mode === 'stream';
  return a.xs.every((x, i) => {
    // Outer edges of stream tables are text extents, not borders: only inner separators count.
    if (inner && (i === 0 || i === a.xs.length - 1)) return true;
    return Math.abs(x - b.xs[i]!) <= tol;
  });
}

/**
 * Boundaries of two ruled parts when one part's boundaries are all among the
 * other's (same outer edges): the finer set. Null when they do not fit.
 */
export function sharedColumns(a: PageTable, b: PageTable): number[] | null {
  if (columnsLineUp(a, b)) return a.xs;
  if (a.mode !== 'lattice' || b.mode !== 'lattice') return null;
  const tol = tolerance(a);
  const [fine, coarse] = a.xs.length > b.xs.length ? [a.xs, b.xs] : [b.xs, a.xs];
  const near = (x: number) => fine.some((f) => Math.abs(f - x) <= tol);
  if (Math.abs(fine[0]! - coarse[0]!) > tol || Math.abs(fine[fine.length - 1]! - coarse[coarse.length - 1]!) > tol) return null;
  if (!coarse.every(near)) return null;
  // One or two extra boundaries is a split column; more is a different table.
  if (fine.length - coarse.length > 2) return null;
  return fine;
}

/** Re-expresses a part's cells on finer column boundaries (a cell widens its column span). */
export function refitColumns(t: PageTable, xs: number[]): void {
  if (t.xs === xs || (t.xs.length === xs.length && t.xs.every((x, i) => x === xs[i]))) return;
  const index = (x: number) => {
    let best = 0;
    for (let j = 1; j < xs.length; j++) if (Math.abs(xs[j]! - x) < Math.abs(xs[best]! - x)) best = j;
    return best;
  };
  t.cells = t.cells
    .map((c): GridCell => {
      const a = index(t.xs[c.c]!);
      const b = Math.max(a + 1, index(t.xs[c.c + c.cs]!));
      return { ...c, c: a, cs: b - a };
    })
    .sort((p, q) => p.r - q.r || p.c - q.c);
  t.xs = [...xs];
}

export function canStitch(prev: PageTable, next: PageTable): boolean {
  return prev.mode === next.mode && next.page === prev.page + 1 && sharedColumns(prev, next) !== null;
}
