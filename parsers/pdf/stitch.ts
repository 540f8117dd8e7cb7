// Stitches a table that continues on the next page into one table. Two page
// tables are one when the first ends its page, the second starts the next one
// (only a continuation title such as `续表` may sit between), both were found
// the same way and their column boundaries line up.
import type { PageTable } from './table.ts';

/** Continuation titles that may sit between the two parts of one table. */
const CONTINUATION = [/^\s*续表/, /^\s*\(?\s*continued\s*\)?\s*$/i, /^\s*(table|表)\s*[\d.\-]+\s*[(（]?\s*(continued|续)/i];

export function isContinuationTitle(text: string): boolean {
  return CONTINUATION.some((re) => re.test(text));
}

/** Column boundaries agree within `tol` points each (count must match). */
export function columnsLineUp(a: PageTable, b: PageTable): boolean {
  if (a.xs.length !== b.xs.length) return false;
  const width = Math.max(a.xs[a.xs.length - 1]! - a.xs[0]!, 1);
  // Ruled tables repeat their geometry exactly; stream boundaries come from text and wobble more.
  const tol = a.mode === 'lattice' ? Math.max(3, 0.01 * width) : Math.max(12, 0.04 * width);
  const inner = a.mode === 'stream';
  return a.xs.every((x, i) => {
    // Outer edges of stream tables are text extents, not borders: only inner separators count.
    if (inner && (i === 0 || i === a.xs.length - 1)) return true;
    return Math.abs(x - b.xs[i]!) <= tol;
  });
}

export function canStitch(prev: PageTable, next: PageTable): boolean {
  return prev.mode === next.mode && next.page === prev.page + 1 && columnsLineUp(prev, next);
}
