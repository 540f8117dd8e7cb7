// Rewrites table markup in word/document.xml where mammoth 1.13 would lose
// or misplace content, before mammoth sees it:
//
// - `w:gridBefore` / `w:gridAfter` (a row that starts or ends with grid
//   columns that have no cell): mammoth ignores them, so the row's cells would
//   shift left and its vertical merges would attach to the wrong column. We
//   insert an empty cell spanning the skipped columns, so every row covers the
//   whole grid and rowSpan/colSpan stay honest.
// - `<w:tblHeader w:val="false"/>` (written by some generators for ordinary
//   rows): mammoth treats any tblHeader element as a header row; we drop the
//   element when its value is false/0/off, as Word does.
// - text inside a `w:vMerge` continuation cell: mammoth drops continuation
//   cells entirely, text included. We move that text to the end of the cell
//   that starts the merge (keeping the merge), and report it.
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

export interface TableFix {
  kind: 'grid-before' | 'grid-after' | 'merged-text' | 'header-off';
  /** 1-based table index in document order (nested tables counted, as in the parser's output). */
  table: number;
  /** 1-based row within that table. */
  row: number;
  /** 1-based grid column. */
  column: number;
  /** The text moved (merged-text only). */
  text?: string;
}

export interface FixResult {
  xml: string;
  fixes: TableFix[];
}

/** Quick test so documents without the affected markup skip the XML round trip. */
export function mayNeedTableFix(xml: string): boolean {
  return xml.includes('w:gridBefore') || xml.includes('w:gridAfter') || xml.includes('w:vMerge') || /<w:tblHeader w:val="(false|0|off)"/.test(xml);
}

const EMPTY_CELL = (span: number) =>
  `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr><w:p/></w:tc>`;

export function fixTables(xml: string): FixResult {
  const $ = cheerio.load(xml, { xml: { xmlMode: true } });
  const fixes: TableFix[] = [];
  const childrenNamed = (el: Element, name: string): Element[] =>
    (el.children as AnyNode[]).filter((c): c is Element => c.type === 'tag' && (c as Element).name === name);
  const valOf = (el: Element | undefined, path: string[]): string | undefined => {
    let cur: Element | undefined = el;
    for (const p of path) cur = cur ? childrenNamed(cur, p)[0] : undefined;
    return cur?.attribs['w:val'];
  };

  // Document order of w:tbl matches mammoth's (and so the parser's) table numbering.
  $('w\\:tbl').each((tableIdx, tblNode) => {
    const tbl = tblNode as Element;
    const rows = childrenNamed(tbl, 'w:tr');
    const lastOrigin = new Map<number, Element>();
    rows.forEach((tr, rowIdx) => {
      const trPr = childrenNamed(tr, 'w:trPr')[0];
      const before = parseInt(valOf(trPr, ['w:gridBefore']) ?? '0', 10) || 0;
      const after = parseInt(valOf(trPr, ['w:gridAfter']) ?? '0', 10) || 0;
      const loc = { table: tableIdx + 1, row: rowIdx + 1 };
      const header = trPr ? childrenNamed(trPr, 'w:tblHeader')[0] : undefined;
      if (header && /^(false|0|off)$/.test(header.attribs['w:val'] ?? '')) {
        $(header).remove();
        fixes.push({ kind: 'header-off', ...loc, column: 1 });
      }
      if (before > 0) {
        const firstCell = childrenNamed(tr, 'w:tc')[0];
        if (firstCell) $(firstCell).before(EMPTY_CELL(before));
        else $(tr).append(EMPTY_CELL(before));
        fixes.push({ kind: 'grid-before', ...loc, column: 1 });
      }
      if (after > 0) {
        const col = childrenNamed(tr, 'w:tc').reduce((n, tc) => n + span(tc), 0) + 1;
        $(tr).append(EMPTY_CELL(after));
        fixes.push({ kind: 'grid-after', ...loc, column: col });
      }
      // Walk cells by grid column, as mammoth does when it counts row spans.
      let col = 0;
      for (const tc of childrenNamed(tr, 'w:tc')) {
        const tcPr = childrenNamed(tc, 'w:tcPr')[0];
        const vMerge = tcPr ? childrenNamed(tcPr, 'w:vMerge')[0] : undefined;
        const isContinue = vMerge !== undefined && (vMerge.attribs['w:val'] === undefined || vMerge.attribs['w:val'] === 'continue');
        const origin = lastOrigin.get(col);
        if (isContinue && origin) {
          // Paragraphs with text and nested tables: everything mammoth would drop with the cell.
          const content = (tc.children as AnyNode[]).filter(
            (c): c is Element => c.type === 'tag' && ((c as Element).name === 'w:tbl' || (c as Element).name === 'w:p') && $(c).find('w\\:t').text().trim() !== '',
          );
          if (content.length > 0) {
            const text = content.map((c) => $(c).find('w\\:t').text().trim()).join(' ');
            for (const c of content) $(origin).append($(c).clone());
            for (const c of content) $(c).remove();
            if (childrenNamed(tc, 'w:p').length === 0) $(tc).append('<w:p/>');
            fixes.push({ kind: 'merged-text', ...loc, column: col + 1, text: text.length > 60 ? `${text.slice(0, 60)}…` : text });
          }
        } else {
          lastOrigin.set(col, tc);
        }
        col += span(tc);
      }
    });
  });

  function span(tc: Element): number {
    const tcPr = childrenNamed(tc, 'w:tcPr')[0];
    const v = tcPr ? valOf(tcPr, ['w:gridSpan']) : undefined;
    return Math.max(1, parseInt(v ?? '1', 10) || 1);
  }

  if (fixes.length === 0) return { xml, fixes };
  return { xml: $.xml(), fixes };
}
