// Tables continued after a `续表…` title (or straight after a page break) are one
// table: the continuation's repeated header rows are dropped and its rows appended.
import type { Block, Diagnostic, SourceTable } from '../model.ts';
import { diag } from '../model.ts';
import { normalizeKey } from '../normalize/text.ts';
import { continuationWords } from '../layout/header-words.ts';

function rowKey(t: SourceTable, r: number): string {
  return t.rows[r]!.cells.map((c) => normalizeKey(c.lines.join(''))).join('|');
}

function isContinuationTitle(text: string): boolean {
  const k = normalizeKey(text);
  return continuationWords.some((w) => k.startsWith(w));
}

/** Page furniture between two parts of a table: page numbers such as `— 4 —`, `第 3 页`. */
function isPageFurniture(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return /^[—\-–]*\d+[—\-–]*$/.test(t) || /^第\d+页(共\d+页)?$/.test(t) || /^\d+\/\d+$/.test(t);
}

export function stitchTables(blocks: Block[], documentId: string): { blocks: Block[]; diagnostics: Diagnostic[] } {
  const out: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  let lastTable: SourceTable | null = null;
  let pending: Block[] = [];
  let sawContinuation = false;
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      if (lastTable && (isContinuationTitle(b.text) || isPageFurniture(b.text))) {
        sawContinuation ||= isContinuationTitle(b.text);
        pending.push(b);
        continue;
      }
      out.push(...pending, b);
      pending = [];
      lastTable = null;
      sawContinuation = false;
      continue;
    }
    const sameHeader = lastTable && lastTable.rows.length > 0 && b.rows.length > 0 && rowKey(lastTable, 0) === rowKey(b, 0);
    const sameWidth = lastTable && width(lastTable) === width(b);
    if (lastTable && (sameHeader || (sawContinuation && sameWidth))) {
      let skip = 0;
      if (sameHeader) {
        // every leading row equal to the first table's header rows
        while (skip < b.rows.length && skip < lastTable.rows.length && rowKey(b, skip) === rowKey(lastTable, skip) && lastTable.rows[skip]!.cells.some((c) => c.lines.join('').trim())) skip++;
      }
      const idx = out.filter((x) => x.kind === 'table').length;
      for (const p of pending) {
        if (p.kind === 'paragraph') diagnostics.push(diag(documentId, 'info', 'continuation-title-skipped', `The line "${p.text.slice(0, 40)}" marks a table continued after a page break and was dropped.`, { table: idx, page: p.page }));
      }
      if (skip) diagnostics.push(diag(documentId, 'info', 'header-repeat-skipped', `${skip} header row(s) repeated where table ${idx} continues were skipped.`, { table: idx, row: lastTable.rows.length + 1 }));
      const rest = b.rows.slice(skip).map((r, i) => (i === 0 ? { ...r, pageBreakBefore: true } : r));
      lastTable.rows.push(...rest);
      for (const p of b.pages) if (!lastTable.pages.includes(p)) lastTable.pages.push(p);
      pending = [];
      sawContinuation = false;
      continue;
    }
    out.push(...pending);
    pending = [];
    const copy: SourceTable = { ...b, rows: [...b.rows], pages: [...b.pages] };
    out.push(copy);
    lastTable = copy;
    sawContinuation = false;
  }
  out.push(...pending);
  return { blocks: out, diagnostics };
}

function width(t: SourceTable): number {
  const counts = t.rows.map((r) => r.cells.reduce((a, c) => a + c.colSpan, 0));
  const freq = new Map<number, number>();
  for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
  return [...freq.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}
