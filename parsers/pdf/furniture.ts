// Page furniture: running headers, running footers and page numbers. They are
// layout, not content. A line is furniture when it sits in the top or bottom
// band of its page, is among the first or last lines there, and either looks
// like a page number or repeats (digits aside) on several pages.
import type { TextRun } from './extract.ts';
import { groupLines, lineText, type TextLine } from './lines.ts';
import { isContinuationTitle } from './stitch.ts';

/** Share of the page height at the top and bottom where headers and footers live. */
export const BAND = 0.12;

/** Page-number shapes: `— 4 —`, `- 4 -`, `4`, `第 3 页`, `第3页 共10页`, `3/10`, `Page 3 of 10`. */
const PAGE_NUMBER = [
  /^[\s\-—–－~·•]*\d{1,4}[\s\-—–－~·•]*$/,
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
  /^[\s\-—–－]*[ivxlcdm]{1,6}[\s\-—–－]*$/i,
];

export function isPageNumber(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return PAGE_NUMBER.some((re) => re.test(t));
}

function shape(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

export interface PageRuns {
  page: number;
  height: number;
  runs: TextRun[];
}

export interface Furniture {
  page: number;
  text: string;
  reason: 'page-number' | 'repeated';
}

/**
 * Finds furniture lines on every page and returns the runs to keep per page
 * plus what was dropped. `protect(page, line)` tells whether a line sits inside
 * a ruled table (those are never furniture).
 */
export function dropFurniture(
  pages: readonly PageRuns[],
  protect: (page: number, l: TextLine) => boolean,
): { kept: Map<number, TextRun[]>; dropped: Furniture[] } {
  const candidates: { page: number; line: TextLine; text: string }[] = [];
  for (const p of pages) {
    const lines = groupLines(p.runs);
    const n = lines.length;
    lines.forEach((l, i) => {
      const inBand = l.y1 < p.height * BAND || l.y0 > p.height * (1 - BAND);
      const atEdge = i < 2 || i >= n - 2;
      // A `续表` line over each continued part is the table's, not the page's: the stitcher reads it.
      const text = lineText(l);
      if (inBand && atEdge && !protect(p.page, l) && !isContinuationTitle(text)) candidates.push({ page: p.page, line: l, text });
    });
  }
  // Repetition: the same shape on several pages (digits ignored so `第3页` and `第4页` match).
  const pagesByShape = new Map<string, Set<number>>();
  for (const c of candidates) {
    const s = shape(c.text);
    if (!pagesByShape.has(s)) pagesByShape.set(s, new Set());
    pagesByShape.get(s)!.add(c.page);
  }
  const need = Math.max(2, Math.ceil(pages.length * 0.5));
  const dropRuns = new Set<TextRun>();
  const dropped: Furniture[] = [];
  for (const c of candidates) {
    const reason = isPageNumber(c.text)
      ? 'page-number'
      : pages.length >= 2 && (pagesByShape.get(shape(c.text))?.size ?? 0) >= need
        ? 'repeated'
        : null;
    if (!reason) continue;
    for (const r of c.line.runs) dropRuns.add(r);
    dropped.push({ page: c.page, text: c.text, reason });
  }
  const kept = new Map<number, TextRun[]>();
  for (const p of pages) kept.set(p.page, p.runs.filter((r) => !dropRuns.has(r)));
  return { kept, dropped };
}
