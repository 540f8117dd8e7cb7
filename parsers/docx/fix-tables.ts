// Rewrites markup in word/document.xml that mammoth 1.13 would lose or
// misplace, before mammoth sees it. Works on a light element tree
// (xml-tree.ts): untouched parts are copied byte for byte.
//
// - `w:gridBefore` / `w:gridAfter` (a row that starts or ends with grid
//   columns that have no cell): mammoth ignores them, so the row's cells would
//   shift left and its vertical merges would attach to the wrong column. We
//   insert an empty cell spanning the skipped columns.
// - `<w:tblHeader w:val="false"/>`: mammoth treats any tblHeader element as a
//   header row; we drop the element when its value is false/0/off, as Word does.
// - text inside a `w:vMerge` continuation cell: mammoth drops continuation
//   cells, text included. We move that text to the end of the cell that starts
//   the merge (keeping the merge), and report it.
// - legacy horizontal merges (`w:hMerge` restart/continue, written by old Word
//   versions and some converters): mammoth ignores them, so one merged cell
//   would come out as several. The restart cell gets a `w:gridSpan` covering
//   the continuation cells, which are removed (their text, if any, moved and
//   reported as above).
// - a `w:vMerge` continuation in a table's first row (Word split a table with a
//   paragraph inside a merged cell, so the lower part continues a merge of the
//   upper one): mammoth reads it as an empty cell starting a merge. It is reported
//   (`merge-from-above`, nothing rewritten) so the parser can mark the cell, and
//   the grid joins it to the cell above when it stitches the two tables.
// - `w:cr`, and `w:br` of type page/column: mammoth drops them, gluing the text
//   on either side together; they become plain line breaks.
//
// Before these, the run-level rewrites of fix-text.ts (fields, hidden text,
// placeholders, symbols, hyphens) and the automatic numbering are applied to
// the same tree.
//
// - a table nested in a cell (a 评分标准 cell holding a small scoring table):
//   mammoth writes it as a table inside the cell, which the parser would read
//   as one more table after the outer one, cut off from its cell. Its rows
//   become paragraphs of the outer cell (one per row, its cells joined by a
//   space), and it is reported. A frame (a layout table around the data
//   table: fewer than two rows of several filled cells) is left alone, so the
//   data table it holds stays a table (isFrame). A table in a footnote or endnote (another
//   part, flattenNoteTables) becomes lines of its note the same way.
//
// Rows and cells wrapped in content controls (`w:sdt`) or `w:customXml` are
// read through the wrapper, as mammoth does; rows deleted as a tracked change
// (`w:trPr/w:del`) are skipped, as mammoth skips them. Tables inside text boxes
// are reported (mammoth places them after the paragraph anchoring the box).
import { fixText, numberParagraphs, textRun, UNREAD, visibleText } from './fix-text.ts';
import type { Numbering } from './numbering.ts';
import { NO_STYLES, type Styles } from './styles.ts';
import { append, attr, child, decodeEntities, insertBefore, parseXmlTree, remove, render, type XmlNode } from './xml-tree.ts';

export interface TableFix {
  kind:
    | 'grid-before'
    | 'grid-after'
    | 'merged-text'
    | 'header-off'
    | 'h-merge'
    | 'merge-from-above'
    | 'line-break'
    | 'textbox-table'
    | 'hidden-text'
    | 'placeholder'
    | 'field'
    | 'symbol'
    | 'hyphen'
    | 'math'
    | 'nested-table'
    | 'numbering';
  /** 1-based table index in document order (as in the parser's output: nested tables are read into their cells, not counted); 0 outside tables. */
  table: number;
  /** 1-based row within that table. */
  row: number;
  /** 1-based grid column. */
  column: number;
  /** The text moved (merged-text), removed (hidden-text, placeholder), written (numbering, symbol, hyphen) or the field instruction (field). */
  text?: string;
}

export interface FixOptions {
  styles?: Styles;
  /** The document's lists; without it automatic numbers are not written. */
  numbering?: Numbering;
}

export interface FixResult {
  xml: string;
  fixes: TableFix[];
}

/** Any w:vMerge start tag that is not a restart (a missing w:val means continue). */
const VMERGE_CONTINUE = /<w:vMerge\b(?![^>]*w:val\s*=\s*["']restart)[^>]*>/g;
const TEXT_OR_TABLE = /<w:t(?:\s[^>]*)?>\s*[^<\s]|<w:tbl\b/;

/**
 * Whether some vertical-merge continuation cell may hold text or a table.
 * Looks from each continuation marker to the next `</w:tc>`: a nested table
 * ends that window early but shows up as `<w:tbl` in it, so the answer errs
 * only towards "maybe". Most merged tables (the 000 sample has ~370 merges)
 * have empty continuations and need no rewrite at all.
 */
function continuationMayHoldText(xml: string): boolean {
  VMERGE_CONTINUE.lastIndex = 0;
  for (let m = VMERGE_CONTINUE.exec(xml); m; m = VMERGE_CONTINUE.exec(xml)) {
    const end = xml.indexOf('</w:tc>', m.index);
    if (TEXT_OR_TABLE.test(xml.slice(m.index, end < 0 ? xml.length : end))) return true;
    if (end > 0) VMERGE_CONTINUE.lastIndex = end;
  }
  return false;
}

/** Whether some table's first row may hold a vertical-merge continuation (a merge carried on from the table above). */
function continuationAtTableTop(xml: string): boolean {
  for (const m of xml.matchAll(/<w:tbl[\s>]/g)) {
    const start = xml.indexOf('<w:tr', m.index);
    const end = start < 0 ? -1 : xml.indexOf('</w:tr>', start);
    if (end < 0) continue;
    VMERGE_CONTINUE.lastIndex = 0;
    if (VMERGE_CONTINUE.test(xml.slice(start, end))) return true;
  }
  return false;
}

/** Whether some w:tbl opens inside another (a table nested in a cell). */
function hasNestedTable(xml: string): boolean {
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)w:tbl[\s>]/g)) {
    depth += m[1] ? -1 : 1;
    if (depth >= 2) return true;
  }
  return false;
}

/** Quick test so documents without the affected markup skip the tree entirely. */
export function mayNeedTableFix(xml: string): boolean {
  return (
    xml.includes('w:gridBefore') ||
    xml.includes('w:gridAfter') ||
    (xml.includes('w:vMerge') && (continuationMayHoldText(xml) || continuationAtTableTop(xml))) ||
    xml.includes('w:hMerge') ||
    xml.includes('<w:cr') ||
    xml.includes('w:txbxContent') ||
    hasNestedTable(xml) ||
    /<w:br [^>]*w:type="(page|column)"/.test(xml) ||
    /<w:tblHeader w:val="(false|0|off)"/.test(xml)
  );
}

const EMPTY_CELL = (span: number) => `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr><w:p/></w:tc>`;

/** Visible text of a subtree: the w:t elements mammoth would read. */
const textOf = (xml: string, node: XmlNode): string => visibleText(xml, node, decodeEntities);

/** A cell whose content Word does not show: it continues a vertical or a legacy horizontal merge. */
function continuesMerge(tc: XmlNode): boolean {
  const tcPr = child(tc, 'w:tcPr');
  const v = child(tcPr, 'w:vMerge');
  const h = child(tcPr, 'w:hMerge');
  const val = (n: XmlNode | undefined) => attr(n, 'w:val');
  return (v !== undefined && val(v) !== 'restart') || (h !== undefined && val(h) !== 'restart');
}

/** Elements named `want` among the children, seen through content controls and custom XML wrappers. */
function through(parent: XmlNode, want: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (const c of parent.children) {
    if (c.removed) continue;
    if (c.name === want) out.push(c);
    else if (c.name === 'w:sdt') {
      const content = child(c, 'w:sdtContent');
      if (content) out.push(...through(content, want));
    } else if (c.name === 'w:customXml') out.push(...through(c, want));
  }
  return out;
}

/** A table's rows as lines of text: each row's non-empty cells joined by a space (a cell's paragraphs too); empty rows left out. */
function tableLines(xml: string, tbl: XmlNode): string[] {
  const lines: string[] = [];
  for (const tr of through(tbl, 'w:tr')) {
    if (child(child(tr, 'w:trPr'), 'w:del')) continue;
    const cells = through(tr, 'w:tc').map((tc) =>
      tc.children
        .filter((c) => !c.removed && c.name !== 'w:tcPr')
        .map((c) => textOf(xml, c).trim())
        .filter(Boolean)
        .join(' '),
    );
    const line = cells.filter(Boolean).join(' ');
    if (line) lines.push(line);
  }
  return lines;
}

/** Whether `node` or a container of it below `outer` was removed (moved to another cell). */
function movedAway(node: XmlNode, outer: XmlNode): boolean {
  for (let n: XmlNode | null = node; n && n !== outer; n = n.parent) if (n.removed) return true;
  return false;
}

/**
 * Whether `outer` is a frame around the table `inner` nested in it (a layout
 * table holding the data table) rather than a data table with a small table in
 * a cell: a data table has at least two rows of two or more filled cells and
 * more filled cells than the nested table has cells. A frame's nested table
 * stays a table of its own.
 */
function isFrame(xml: string, outer: XmlNode, inner: XmlNode): boolean {
  let dataRows = 0;
  let filled = 0;
  for (const tr of through(outer, 'w:tr')) {
    const n = through(tr, 'w:tc').filter((tc) => tc.children.some((c) => !c.removed && (c.name === 'w:tbl' || (c.name !== 'w:tcPr' && textOf(xml, c).trim() !== '')))).length;
    filled += n;
    if (n >= 2) dataRows++;
  }
  const innerCells = through(inner, 'w:tr').reduce((a, tr) => a + through(tr, 'w:tc').length, 0);
  return !(dataRows >= 2 && filled > innerCells);
}

/**
 * A footnotes/endnotes part with its tables made text (a line per row):
 * mammoth reads the notes after the body, where a table would be taken for
 * one of the document's tables. Null when the part holds no table.
 */
export function flattenNoteTables(xml: string): { xml: string; lines: string[] } | null {
  if (!/<w:tbl[\s>]/.test(xml)) return null;
  const root = parseXmlTree(xml);
  const lines: string[] = [];
  const visit = (node: XmlNode) => {
    for (const c of node.children) {
      if (UNREAD.has(c.name)) continue;
      if (c.name !== 'w:tbl') {
        visit(c);
        continue;
      }
      const rows = tableLines(xml, c);
      // One paragraph, each row after a line break: mammoth writes a note as one list item, whose paragraphs the reader joins.
      if (rows.length > 0) insertBefore(c, `<w:p>${rows.map((l) => `<w:r><w:br/></w:r>${textRun(l)}`).join('')}</w:p>`);
      remove(c);
      lines.push(...rows);
    }
  };
  visit(root);
  return { xml: render(xml, root), lines };
}

const intVal = (n: XmlNode | undefined, dflt: number) => {
  const v = parseInt(attr(n, 'w:val') ?? '', 10);
  return Number.isFinite(v) ? v : dflt;
};

export function fixTables(xml: string, opts: FixOptions = {}): FixResult {
  const root = parseXmlTree(xml);
  const fixes: TableFix[] = [];
  const styles = opts.styles ?? NO_STYLES;
  const textFixes = fixText(xml, root, styles, decodeEntities);
  const labels = opts.numbering?.defined ? numberParagraphs(xml, root, styles, opts.numbering, continuesMerge, decodeEntities) : [];
  /** Where each cell sits (table, row, grid column), for the text fixes' locations. */
  const cellAt = new Map<XmlNode, { table: number; row: number; column: number }>();
  const spanOverride = new Map<XmlNode, number>();
  const span = (tc: XmlNode) => spanOverride.get(tc) ?? Math.max(1, intVal(child(child(tc, 'w:tcPr'), 'w:gridSpan'), 1));
  const clip = (t: string) => (t.length > 60 ? `${t.slice(0, 60)}…` : t);
  let tableCount = 0;

  /** Moves the text-bearing content of `from` to the end of `to`; returns the text moved ('' when none). */
  const moveContent = (from: XmlNode, to: XmlNode): string => {
    const content = from.children.filter((c) => !c.removed && /^w:(p|tbl|sdt|customXml)$/.test(c.name) && textOf(xml, c).trim() !== '');
    if (content.length === 0) return '';
    for (const c of content) {
      append(to, () => render(xml, c));
      remove(c);
    }
    if (!from.children.some((c) => !c.removed && c.name === 'w:p')) append(from, '<w:p/>');
    return content.map((c) => textOf(xml, c).trim()).join(' ');
  };

  const fixTable = (tbl: XmlNode, table: number) => {
    const rows = through(tbl, 'w:tr').filter((tr) => !child(child(tr, 'w:trPr'), 'w:del'));
    const lastOrigin = new Map<number, XmlNode>();
    rows.forEach((tr, rowIdx) => {
      const loc = { table, row: rowIdx + 1 };
      const trPr = child(tr, 'w:trPr');
      const before = Math.max(0, intVal(child(trPr, 'w:gridBefore'), 0));
      const after = Math.max(0, intVal(child(trPr, 'w:gridAfter'), 0));
      const header = child(trPr, 'w:tblHeader');
      if (header && /^(false|0|off)$/.test(attr(header, 'w:val') ?? '')) {
        remove(header);
        fixes.push({ kind: 'header-off', ...loc, column: 1 });
      }

      // Legacy horizontal merges first: later steps count columns with the merged spans.
      let col = before;
      let restart: XmlNode | null = null;
      let group: { tc: XmlNode; col: number }[] = [];
      const flush = () => {
        if (restart && group.length > 0) {
          const tcPr = child(restart, 'w:tcPr')!;
          const total = span(restart) + group.reduce((n, g) => n + span(g.tc), 0);
          const old = child(tcPr, 'w:gridSpan');
          if (old) remove(old);
          remove(child(tcPr, 'w:hMerge')!);
          append(tcPr, `<w:gridSpan w:val="${total}"/>`);
          for (const g of group) {
            const text = moveContent(g.tc, restart);
            if (text) fixes.push({ kind: 'merged-text', ...loc, column: g.col + 1, text: clip(text) });
            remove(g.tc);
          }
          spanOverride.set(restart, total);
          fixes.push({ kind: 'h-merge', ...loc, column: col + 1 });
        }
        restart = null;
        group = [];
      };
      for (const tc of through(tr, 'w:tc')) {
        const hm = child(child(tc, 'w:tcPr'), 'w:hMerge');
        if (hm && attr(hm, 'w:val') === 'restart') {
          flush();
          restart = tc;
        } else if (hm && restart) group.push({ tc, col });
        else flush();
        col += span(tc);
      }
      flush();

      const cells = through(tr, 'w:tc');
      if (before > 0) {
        const first = cells[0];
        if (first) {
          let top = first;
          while (top.parent && top.parent !== tr) top = top.parent;
          insertBefore(top, EMPTY_CELL(before));
        } else append(tr, EMPTY_CELL(before));
        fixes.push({ kind: 'grid-before', ...loc, column: 1 });
      }
      if (after > 0) {
        append(tr, EMPTY_CELL(after));
        fixes.push({ kind: 'grid-after', ...loc, column: before + cells.reduce((n, tc) => n + span(tc), 0) + 1 });
      }

      // Walk cells by grid column, as mammoth does when it counts row spans.
      col = before;
      for (const tc of cells) {
        cellAt.set(tc, { ...loc, column: col + 1 });
        const vMerge = child(child(tc, 'w:tcPr'), 'w:vMerge');
        const val = attr(vMerge, 'w:val');
        const isContinue = vMerge !== undefined && (val === undefined || val === 'continue');
        const origin = lastOrigin.get(col);
        if (isContinue && origin) {
          // Paragraphs with text and nested tables: everything mammoth would drop with the cell.
          const text = moveContent(tc, origin);
          if (text) fixes.push({ kind: 'merged-text', ...loc, column: col + 1, text: clip(text) });
        } else {
          // a continuation with nothing above it in this table continues a merge of the table above
          if (isContinue) fixes.push({ kind: 'merge-from-above', ...loc, column: col + 1 });
          lastOrigin.set(col, tc);
        }
        col += span(tc);
      }
    });
  };

  /** A table nested in a cell of table `outer`: its rows become the cell's lines (cells joined by a space). */
  const flattenNested = (tbl: XmlNode, outer: number) => {
    const lines = tableLines(xml, tbl);
    if (lines.length > 0) insertBefore(tbl, lines.map((l) => `<w:p>${textRun(l)}</w:p>`).join(''));
    remove(tbl);
    let tc = tbl.parent;
    while (tc && tc.name !== 'w:tc') tc = tc.parent;
    const at = (tc && cellAt.get(tc)) || { table: outer, row: 0, column: 0 };
    fixes.push({ kind: 'nested-table', ...at, text: clip(lines.join('；')) });
  };

  // Document order of w:tbl (pre-order) matches mammoth's, and so the parser's, table numbering.
  const visit = (node: XmlNode, inTextbox: boolean, table: number, outer: XmlNode | null = null) => {
    for (const c of node.children) {
      if (UNREAD.has(c.name)) continue;
      // (a nested table moved out of a merge continuation is copied as it is: it stays a table, as before)
      if (c.name === 'w:tbl' && outer && !movedAway(c, outer) && !isFrame(xml, outer, c)) flattenNested(c, table);
      else if (c.name === 'w:tbl') {
        const n = ++tableCount;
        if (inTextbox) fixes.push({ kind: 'textbox-table', table: n, row: 1, column: 1 });
        fixTable(c, n);
        visit(c, inTextbox, n, c);
      } else if (c.name === 'w:cr' || (c.name === 'w:br' && /^(page|column)$/.test(attr(c, 'w:type') ?? ''))) {
        insertBefore(c, '<w:br/>');
        remove(c);
        fixes.push({ kind: 'line-break', table, row: 0, column: 0 });
      } else visit(c, inTextbox || c.name === 'w:txbxContent', table, outer);
    }
  };
  visit(root, false, 0);

  // Text fixes located by the cell holding them; hidden text and placeholders of one cell reported once.
  for (const f of textFixes) {
    const at = (f.cell && cellAt.get(f.cell)) || { table: 0, row: 0, column: 0 };
    const last = fixes[fixes.length - 1];
    if (last && last.kind === f.kind && (f.kind === 'hidden-text' || f.kind === 'placeholder') && last.table === at.table && last.row === at.row && last.column === at.column)
      last.text = clip(`${last.text}${f.text}`);
    else fixes.push({ kind: f.kind, ...at, text: f.kind === 'hidden-text' || f.kind === 'placeholder' ? clip(f.text) : f.text });
  }
  for (const text of labels) fixes.push({ kind: 'numbering', table: 0, row: 0, column: 0, text });

  if (!root.dirty) return { xml, fixes };
  return { xml: render(xml, root), fixes };
}
